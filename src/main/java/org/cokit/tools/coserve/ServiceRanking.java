package org.cokit.tools.coserve;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cokit.engine.answers.Assessment;
import org.cokit.engine.answers.AssessmentService;
import org.cokit.engine.answers.AssessmentStatus;
import org.cokit.organisation.OrganisationScope;
import org.cokit.scoring.results.AssessmentResult;
import org.cokit.scoring.results.AssessmentResults;
import org.cokit.scoring.rules.NodeResult;
import org.cokit.scoring.rules.ScoringResult;

/**
 * Ranks the caller's organisation's candidate services by suitability: the root level first (the mid-point of a
 * range), then the 0-100 score to break ties, then the name. Each service is judged by its newest closed
 * assessment, or, while none is closed, by its newest open one that has submitted answers (shown as provisional).
 */
@ApplicationScoped
public class ServiceRanking {

    private final CoServeService services;
    private final AssessmentService assessments;
    private final AssessmentResults results;
    private final OrganisationScope scope;

    public ServiceRanking(CoServeService services, AssessmentService assessments, AssessmentResults results,
            OrganisationScope scope) {
        this.services = services;
        this.assessments = assessments;
        this.results = results;
        this.scope = scope;
    }

    /**
     * One service in the ranking. {@code rank} is shared by services with the same level and score (0 when it is
     * not scored yet); {@code assessment}, {@code result} and {@code scoring} are null until it is.
     */
    public record Entry(int rank, Service service, Assessment assessment, AssessmentResult result,
            ScoringResult scoring, boolean chosen) {

        public boolean isScored() {
            return scoring != null;
        }

        public boolean isProvisional() {
            return assessment != null && assessment.status != AssessmentStatus.CLOSED;
        }

        public NodeResult root() {
            return scoring.root();
        }

        /** The root's group nodes (the users' and the organisation's perspectives), in the rule set's order. */
        public List<NodeResult> groups() {
            return scoring.root().attribute().from().stream().map(scoring::result).toList();
        }
    }

    /** The ranking, scored services first, and the choice history (newest, the current choice, first). */
    public record Ranking(List<Entry> entries, List<ServiceChoice> history) {

        public List<Entry> scored() {
            return entries.stream().filter(Entry::isScored).toList();
        }

        public Optional<ServiceChoice> current() {
            return history.stream().findFirst();
        }
    }

    @Transactional
    public Ranking rank() {
        if (scope.ownOrganisationId().isEmpty()) {
            return new Ranking(List.of(), List.of());
        }
        List<ServiceChoice> history = services.history();
        Long chosen = history.isEmpty() ? null : history.get(0).service.id;
        List<Assessment> rounds = assessments.list(CoServeTool.ID, null);
        List<Entry> unranked = new ArrayList<>();
        for (Service service : services.list()) {
            Entry entry = new Entry(0, service, null, null, null, service.id.equals(chosen));
            for (Assessment assessment : candidates(rounds, service)) {
                Optional<AssessmentResult> result = results.of(assessment.id);
                if (result.isPresent() && result.get().scoring().isPresent()) {
                    entry = new Entry(0, service, assessment, result.get(), result.get().scoring().get(),
                            entry.chosen());
                    break;
                }
            }
            unranked.add(entry);
        }
        unranked.sort(ORDER);
        List<Entry> ranked = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            Entry entry = unranked.get(i);
            int rank = 0;
            if (entry.isScored()) {
                Entry before = i == 0 ? null : ranked.get(i - 1);
                rank = before != null && before.isScored() && SUITABILITY.compare(before, entry) == 0
                        ? before.rank() : i + 1;
            }
            ranked.add(new Entry(rank, entry.service(), entry.assessment(), entry.result(), entry.scoring(),
                    entry.chosen()));
        }
        return new Ranking(List.copyOf(ranked), history);
    }

    /** The service's closed assessments newest first, then its open ones newest first. */
    private static List<Assessment> candidates(List<Assessment> rounds, Service service) {
        List<Assessment> mine = rounds.stream().filter(a -> service.id.equals(a.subjectId)).toList();
        List<Assessment> ordered = new ArrayList<>(mine.stream().filter(a -> a.status == AssessmentStatus.CLOSED)
                .toList());
        ordered.addAll(mine.stream().filter(a -> a.status == AssessmentStatus.OPEN).toList());
        return ordered;
    }

    /** Scored before not scored; higher level, then higher score first; ties by name. */
    private static final Comparator<Entry> SUITABILITY = (a, b) -> {
        if (a.isScored() != b.isScored()) {
            return a.isScored() ? -1 : 1;
        }
        if (!a.isScored()) {
            return 0;
        }
        int level = Integer.compare(b.root().levelMin() + b.root().levelMax(),
                a.root().levelMin() + a.root().levelMax());
        return level != 0 ? level : Long.compare(Math.round(b.root().score() * 100), Math.round(a.root().score() * 100));
    };

    /** The ranking's order: by suitability, then by name so that it is stable. */
    private static final Comparator<Entry> ORDER = SUITABILITY.thenComparing(e -> e.service().name,
            String.CASE_INSENSITIVE_ORDER).thenComparing(e -> e.service().id);
}
