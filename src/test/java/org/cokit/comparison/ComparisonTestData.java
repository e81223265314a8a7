package org.cokit.comparison;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.cokit.engine.answers.Assessment;
import org.cokit.engine.answers.AssessmentStatus;
import org.cokit.i18n.Language;
import org.cokit.organisation.GovernmentLevel;
import org.cokit.organisation.Member;
import org.cokit.organisation.Organisation;
import org.cokit.organisation.PasswordHasher;
import org.cokit.organisation.Role;
import org.cokit.organisation.Sector;
import org.cokit.organisation.SizeBand;
import org.cokit.scoring.results.FrozenNodeResult;

/**
 * Comparison fixtures written straight to the database: organisations with a member, and closed rounds with frozen
 * node results, without answering questionnaires. Each test uses a tool id of its own, so that no other test's
 * rounds enter its peer groups.
 */
@ApplicationScoped
public class ComparisonTestData {

    public static final String PASSWORD = "comparison-test";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private final PasswordHasher hasher;
    private final LatestRounds latestRounds;
    private String passwordHash;

    public ComparisonTestData(PasswordHasher hasher, LatestRounds latestRounds) {
        this.hasher = hasher;
        this.latestRounds = latestRounds;
    }

    /** A tool id no other test uses. */
    public static String uniqueTool() {
        return "cmp-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
    }

    /** An organisation with the given characteristics. */
    @Transactional
    public long organisation(String country, GovernmentLevel level, Sector sector, SizeBand size, boolean optIn) {
        Organisation organisation = new Organisation();
        organisation.name = "Comparison Peer " + SEQUENCE.incrementAndGet() + " " + System.nanoTime();
        organisation.country = country;
        organisation.governmentLevel = level;
        organisation.sector = sector;
        organisation.sizeBand = size;
        organisation.language = Language.EN;
        organisation.benchmarkOptIn = optIn;
        organisation.createdAt = START;
        organisation.persist();
        return organisation.id;
    }

    /** A new member of the organisation with the roles; signs in with {@link #PASSWORD}. Returns the e-mail. */
    @Transactional
    public String member(long organisationId, Role... roles) {
        if (passwordHash == null) {
            passwordHash = hasher.hash(PASSWORD);
        }
        Member member = new Member();
        member.organisation = Organisation.findById(organisationId);
        member.email = "cmp-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() + "@test.example";
        member.displayName = "Comparison Tester";
        member.roles.addAll(java.util.Set.of(roles));
        member.passwordHash = passwordHash;
        member.createdAt = START;
        member.persist();
        return member.email;
    }

    /**
     * A round of {@code tool} closed {@code day} days after a fixed start, with a frozen result: each node's score
     * as given (level = score / 25, rounded down), plus one input node that comparisons must leave out; recorded
     * as the application records a closing round.
     */
    @Transactional
    public long closedRound(long organisationId, String tool, int day, Map<String, Double> scores) {
        Assessment assessment = round(organisationId, tool, AssessmentStatus.CLOSED);
        assessment.closedAt = START.plusSeconds(86_400L * day);
        assessment.respondents = 1;
        scores.forEach((node, score) -> frozen(assessment, node, false, score));
        frozen(assessment, "an-input", true, 100.0);
        latestRounds.record(assessment);
        return assessment.id;
    }

    /** An open round of {@code tool}. */
    @Transactional
    public long openRound(long organisationId, String tool) {
        return round(organisationId, tool, AssessmentStatus.OPEN).id;
    }

    /** The organisation an assessment belongs to. */
    @Transactional
    public long latestRoundOwner(long assessmentId) {
        return Assessment.<Assessment>findById(assessmentId).organisation.id;
    }

    /** The assessment comparisons count as the organisation's latest round of the tool, if any. */
    @Transactional
    public Long latestRound(long organisationId, String tool) {
        return ((List<?>) Assessment.getEntityManager().createNativeQuery("select assessment_id from comparison_round"
                + " where organisation_id = ? and tool = ?").setParameter(1, organisationId).setParameter(2, tool)
                .getResultList()).stream().map(id -> ((Number) id).longValue()).findFirst().orElse(null);
    }

    /** Node id and score of every score comparisons hold for the assessment, and of its frozen non-input nodes. */
    @Transactional
    public List<List<String>> scores(long assessmentId, boolean frozen) {
        String sql = frozen ? "select node_id, score from node_result where assessment_id = ? and is_input = false"
                + " and score is not null order by node_id"
                : "select node_id, score from comparison_score where assessment_id = ? order by node_id";
        return ((List<?>) Assessment.getEntityManager().createNativeQuery(sql).setParameter(1, assessmentId)
                .getResultList()).stream().map(row -> List.of(String.valueOf(((Object[]) row)[0]),
                        String.valueOf(((Object[]) row)[1]))).toList();
    }

    private static Assessment round(long organisationId, String tool, AssessmentStatus status) {
        Assessment assessment = new Assessment();
        assessment.organisation = Organisation.findById(organisationId);
        assessment.tool = tool;
        assessment.status = status;
        assessment.questionnaireId = "sample";
        assessment.questionnaireVersion = 2;
        assessment.createdBy = "comparison@test.example";
        assessment.createdAt = START;
        assessment.openedAt = START;
        assessment.persist();
        return assessment;
    }

    private static void frozen(Assessment assessment, String node, boolean input, Double score) {
        FrozenNodeResult row = new FrozenNodeResult();
        row.assessment = assessment;
        row.nodeId = node;
        row.input = input;
        row.levelMin = score == null ? -1 : (int) Math.min(3, score / 25);
        row.levelMax = row.levelMin;
        row.score = score;
        row.persist();
    }
}
