package org.cokit.comparison;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cokit.engine.answers.Assessment;
import org.cokit.engine.answers.AssessmentService;
import org.cokit.engine.answers.AssessmentStatus;
import org.cokit.error.ConflictException;

/**
 * Compares a closed assessment's frozen result with those of peer organisations. Only organisations that opted in
 * take part, each with its latest closed round of the same tool (the asking organisation too); figures are read
 * from the aggregates {@link PeerTables} keeps in step with closing rounds and sharing, so opting out removes an
 * organisation from every figure from then on. What may be shown is decided by {@link DisclosureRule}.
 */
@ApplicationScoped
public class ComparisonService {

    /** 409 reason codes. */
    public static final String NOT_CLOSED = "assessment-not-closed";
    public static final String NOT_OPTED_IN = "not-opted-in";
    public static final String NO_RESULT = "no-result";

    private final AssessmentService assessments;
    private final AgroalDataSource dataSource;
    private final ComparisonConfig config;
    private final PeerStatistics statistics = new PeerStatistics();

    public ComparisonService(AssessmentService assessments, AgroalDataSource dataSource, ComparisonConfig config) {
        this.assessments = assessments;
        this.dataSource = dataSource;
        this.config = config;
    }

    /**
     * The comparison of assessment {@code assessmentId} of the caller's organisation with {@code group}.
     *
     * @return empty when the caller's organisation has no such assessment
     * @throws ConflictException with code {@value #NOT_CLOSED} when the assessment is not closed,
     *                           {@value #NOT_OPTED_IN} when its organisation has not opted in, {@value #NO_RESULT}
     *                           when it closed without a scored result
     */
    @Transactional
    public Optional<Comparison> compare(long assessmentId, PeerGroup group) {
        return assessments.find(assessmentId).map(assessment -> compare(assessment, group));
    }

    private Comparison compare(Assessment assessment, PeerGroup group) {
        if (assessment.status != AssessmentStatus.CLOSED) {
            throw new ConflictException("assessment", NOT_CLOSED,
                    "only a closed assessment can be compared; this one is " + assessment.status.name().toLowerCase());
        }
        if (!assessment.organisation.benchmarkOptIn) {
            throw new ConflictException("organisation", NOT_OPTED_IN, "the organisation does not share its results"
                    + " for comparison, so it sees no comparisons; a coordinator can opt in");
        }
        try (Connection connection = dataSource.getConnection()) {
            return compare(connection, assessment.id, assessment.tool, assessment.organisation.id, group);
        } catch (SQLException e) {
            throw new IllegalStateException("comparison of assessment " + assessment.id + " failed", e);
        }
    }

    private Comparison compare(Connection connection, long assessmentId, String tool, long organisationId,
            PeerGroup group) throws SQLException {
        int minimum = config.minGroupSize();
        List<PeerStatistics.OwnNode> own = statistics.ownNodes(connection, assessmentId);
        if (own.isEmpty()) {
            throw new ConflictException("assessment", NO_RESULT, "the assessment closed without a scored result");
        }
        PeerTables.Attributes attributes = statistics.attributes(connection, organisationId);
        Map<String, PeerCounts> counts = statistics.counts(connection, tool, attributes);
        Optional<Refusal> refusal = DisclosureRule.check(counts.get(PeerTables.ROUND), group, minimum);
        if (refusal.isPresent()) {
            return new Comparison(assessmentId, tool, group, minimum, refusal.get(), List.of());
        }
        Map<String, PeerStatistics.NodeStatistics> byNode = statistics.nodeStatistics(connection, tool,
                attributes, counts, own, group);
        List<NodeComparison> nodes = new ArrayList<>(own.size());
        for (PeerStatistics.OwnNode node : own) {
            PeerStatistics.NodeStatistics peers = byNode.get(node.nodeId());
            Optional<Refusal> withheld = peers == null ? Optional.of(Refusal.TOO_FEW_ORGANISATIONS)
                    : DisclosureRule.check(peers.counts(), group, minimum);
            nodes.add(withheld.map(r -> new NodeComparison(node.nodeId(), node.levelMin(), node.levelMax(),
                    node.score(), null, r)).orElseGet(() -> new NodeComparison(node.nodeId(), node.levelMin(),
                    node.levelMax(), node.score(), figures(node, peers, group), null)));
        }
        return new Comparison(assessmentId, tool, group, minimum, null, List.copyOf(nodes));
    }

    private static PeerFigures figures(PeerStatistics.OwnNode node, PeerStatistics.NodeStatistics peers,
            PeerGroup group) {
        long n = peers.counts().size(group);
        Double rank = node.score() == null ? null : percentileRank(peers.below(), peers.equal(), n);
        return new PeerFigures(peers.lowerQuartile(), peers.median(), peers.upperQuartile(), rank, n);
    }

    /** {@code (below + 0.5 * equal) / n * 100}: the share of the group scoring lower, ties counting half. */
    static double percentileRank(long below, long equal, long n) {
        return (below + 0.5 * equal) / n * 100;
    }
}
