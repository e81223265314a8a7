package org.cokit.scoring.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cokit.engine.answers.Assessment;
import org.cokit.engine.answers.AssessmentService;
import org.cokit.engine.answers.AssessmentStatus;
import org.cokit.scoring.loading.RuleSetRegistry;
import org.cokit.scoring.roadmap.RoadmapAction;
import org.cokit.scoring.roadmap.RoadmapService;
import org.cokit.scoring.rules.Attribute;
import org.cokit.scoring.rules.RuleSet;

/**
 * The closed rounds of a tool for one subject in one organisation, oldest first, read from the results frozen when
 * each closed: the root's and its direct children's values, and the roadmap actions completed since the round
 * before. The figures come from the stored rows, so a trend never moves when a rule-set file changes.
 */
@ApplicationScoped
public class ResultHistory {

    private final AssessmentService assessments;
    private final RoadmapService roadmap;
    private final RuleSetRegistry ruleSets;
    private final EntityManager entityManager;

    public ResultHistory(AssessmentService assessments, RoadmapService roadmap, RuleSetRegistry ruleSets,
            EntityManager entityManager) {
        this.assessments = assessments;
        this.roadmap = roadmap;
        this.ruleSets = ruleSets;
        this.entityManager = entityManager;
    }

    /** One closed round: its stored root value and the values of the root's children (by node id, in tree order). */
    public record Round(long assessmentId, String title, Instant closedAt, int respondents, RuleSet ruleSet,
            StoredValue root, Map<String, StoredValue> children, List<RoadmapAction> completedSince) {
    }

    /** A node's value as stored when its round closed: levels (worst = 0, -1 none) and the 0-100 score. */
    public record StoredValue(String nodeId, int levelMin, int levelMax, Double score) {

        public boolean isKnown() {
            return levelMin >= 0;
        }
    }

    /**
     * The rounds of the tool (and subject) of assessment {@code assessmentId}, for the caller's organisation; empty
     * when the caller has no such assessment or the tool is not scored.
     */
    @Transactional
    public Optional<List<Round>> of(long assessmentId) {
        Optional<Assessment> found = assessments.find(assessmentId);
        if (found.isEmpty() || found.get().ruleSetId == null) {
            return Optional.empty();
        }
        Assessment anchor = found.get();
        List<Assessment> closed = assessments.list(anchor.tool, AssessmentStatus.CLOSED).stream()
                .filter(a -> Objects.equals(a.subjectId, anchor.subjectId) && a.closedAt != null)
                .sorted((a, b) -> a.closedAt.compareTo(b.closedAt)).toList();
        if (closed.isEmpty()) {
            return Optional.of(List.of());
        }
        Map<Long, Map<String, StoredValue>> stored = storedValues(closed);
        List<RoadmapAction> completed = roadmap.completedBetween(anchor.tool, null, Instant.MAX);
        List<Round> rounds = new ArrayList<>();
        Instant previous = null;
        for (Assessment a : closed) {
            Optional<RuleSet> ruleSet = ruleSets.find(a.ruleSetId, a.ruleSetVersion);
            Map<String, StoredValue> values = stored.getOrDefault(a.id, Map.of());
            StoredValue root = ruleSet.map(r -> values.get(r.root().id())).orElse(null);
            if (root == null) {
                continue; // closed without any submission: nothing was scored
            }
            Map<String, StoredValue> children = new LinkedHashMap<>();
            for (String child : ruleSet.get().root().from()) {
                Optional<Attribute> attribute = ruleSet.get().attribute(child);
                if (attribute.isPresent() && !attribute.get().isInput() && values.containsKey(child)) {
                    children.put(child, values.get(child));
                }
            }
            Instant after = previous;
            List<RoadmapAction> since = completed.stream().filter(r -> (after == null
                    || r.completedAt.isAfter(after)) && !r.completedAt.isAfter(a.closedAt)).toList();
            rounds.add(new Round(a.id, a.title, a.closedAt, a.respondents == null ? 0 : a.respondents,
                    ruleSet.get(), root, children, since));
            previous = a.closedAt;
        }
        return Optional.of(rounds);
    }

    private Map<Long, Map<String, StoredValue>> storedValues(List<Assessment> closed) {
        List<FrozenNodeResult> rows = entityManager.createQuery("from FrozenNodeResult r where r.assessment in :a"
                + " and r.input = false", FrozenNodeResult.class).setParameter("a", closed).getResultList();
        Map<Long, Map<String, StoredValue>> byAssessment = new HashMap<>();
        for (FrozenNodeResult row : rows) {
            byAssessment.computeIfAbsent(row.assessment.id, k -> new HashMap<>()).put(row.nodeId,
                    new StoredValue(row.nodeId, row.levelMin, row.levelMax, row.score));
        }
        return byAssessment;
    }
}
