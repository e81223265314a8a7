package org.cokit.scoring.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cokit.engine.answers.AnswerStatistics;
import org.cokit.engine.answers.Assessment;
import org.cokit.engine.answers.AssessmentClosed;
import org.cokit.engine.answers.AssessmentCreated;
import org.cokit.engine.answers.AssessmentService;
import org.cokit.engine.answers.AssessmentStatus;
import org.cokit.engine.answers.QuestionStatistics;
import org.cokit.engine.definition.Questionnaire;
import org.cokit.engine.loading.QuestionnaireRegistry;
import org.cokit.scoring.loading.RuleSetRegistry;
import org.cokit.scoring.rules.Attribute;
import org.cokit.scoring.rules.RuleSet;
import org.cokit.scoring.rules.ScoringAnswers;
import org.cokit.scoring.rules.ScoringResult;
import org.cokit.scoring.rules.ScoringValues;
import org.jboss.logging.Logger;

/**
 * Works out assessment results: the group's answers scored with the rule-set version the assessment was pinned to
 * when it was created. While an assessment is open its result follows the submissions; when it closes the value of
 * every node is stored, and from then on the stored values are its result.
 */
@ApplicationScoped
public class AssessmentResults {

    private static final Logger LOG = Logger.getLogger(AssessmentResults.class);

    private final AssessmentService assessments;
    private final AnswerStatistics statistics;
    private final QuestionnaireRegistry questionnaires;
    private final RuleSetRegistry ruleSets;
    private final EntityManager entityManager;

    public AssessmentResults(AssessmentService assessments, AnswerStatistics statistics,
            QuestionnaireRegistry questionnaires, RuleSetRegistry ruleSets, EntityManager entityManager) {
        this.assessments = assessments;
        this.statistics = statistics;
        this.questionnaires = questionnaires;
        this.ruleSets = ruleSets;
        this.entityManager = entityManager;
    }

    void pinRuleSetVersion(@Observes AssessmentCreated created) {
        Assessment assessment = created.assessment();
        if (assessment.ruleSetId != null) {
            assessment.ruleSetVersion = ruleSets.find(assessment.ruleSetId).orElseThrow(() -> new IllegalStateException(
                    "rule set '" + assessment.ruleSetId + "' is not loaded")).version();
        }
    }

    void freeze(@Observes AssessmentClosed closed) {
        Assessment assessment = closed.assessment();
        compute(assessment).scoring().ifPresent(result -> {
            List<Attribute> attributes = result.ruleSet().attributes();
            for (int a = 0; a < attributes.size(); a++) {
                FrozenNodeResult row = new FrozenNodeResult();
                row.assessment = assessment;
                row.nodeId = attributes.get(a).id();
                row.input = attributes.get(a).isInput();
                row.levelMin = result.values().levelMin(a);
                row.levelMax = result.values().levelMax(a);
                row.score = row.levelMin < 0 ? null : result.values().score(a);
                row.persist();
            }
        });
    }

    /** The result of assessment {@code id} of the caller's organisation; empty when there is none for the caller. */
    @Transactional
    public Optional<AssessmentResult> of(long assessmentId) {
        return assessments.find(assessmentId).map(this::result);
    }

    private AssessmentResult result(Assessment assessment) {
        AssessmentResult live = compute(assessment);
        if (assessment.status != AssessmentStatus.CLOSED || live.scoring().isEmpty()) {
            return live;
        }
        List<FrozenNodeResult> rows = entityManager.createQuery("from FrozenNodeResult r where r.assessment = :a",
                FrozenNodeResult.class).setParameter("a", assessment).getResultList();
        if (rows.isEmpty()) {
            return live;
        }
        ScoringResult computed = live.scoring().get();
        ScoringValues stored = storedValues(computed.ruleSet(), rows);
        boolean unchanged = stored.sameAs(computed.values(), 1e-9);
        if (!unchanged) {
            LOG.warnf("Assessment %d: rule set %s v%d now gives other values than when it closed; showing the stored"
                    + " ones without an explanation", assessment.id, assessment.ruleSetId, assessment.ruleSetVersion);
        }
        ScoringResult frozen = unchanged ? computed : computed.ruleSet().restore(stored, computed.answers());
        return new AssessmentResult(live.assessmentId(), live.tool(), live.status(), true, live.respondents(),
                live.questionnaire(), live.questions(), live.groupAnswers(), Optional.of(frozen));
    }

    private AssessmentResult compute(Assessment assessment) {
        Questionnaire questionnaire = questionnaires.find(assessment.questionnaireId, assessment.questionnaireVersion)
                .orElseThrow(() -> new IllegalStateException("questionnaire " + assessment.questionnaireId + " v"
                        + assessment.questionnaireVersion + " of assessment " + assessment.id + " is not loaded"));
        List<QuestionStatistics> questions = statistics.of(assessment, questionnaire);
        Map<String, String> groupAnswers = new LinkedHashMap<>();
        for (QuestionStatistics question : questions) {
            if (question.consensus() != null) {
                groupAnswers.put(question.questionId(), question.consensus());
            }
        }
        int respondents = assessment.respondents != null ? assessment.respondents : statistics.submitted(assessment);
        Optional<ScoringResult> scoring = Optional.empty();
        if (assessment.ruleSetId != null && respondents > 0) {
            RuleSet ruleSet = ruleSets.find(assessment.ruleSetId, assessment.ruleSetVersion)
                    .orElseThrow(() -> new IllegalStateException("rule set " + assessment.ruleSetId + " v"
                            + assessment.ruleSetVersion + " of assessment " + assessment.id + " is not loaded"));
            scoring = Optional.of(ruleSet.evaluate(ScoringAnswers.of(questionnaire, groupAnswers), true));
        }
        return new AssessmentResult(assessment.id, assessment.tool, assessment.status, false, respondents,
                questionnaire, questions, groupAnswers, scoring);
    }

    private static ScoringValues storedValues(RuleSet ruleSet, List<FrozenNodeResult> rows) {
        int size = ruleSet.attributes().size();
        int[] min = new int[size];
        int[] max = new int[size];
        double[] score = new double[size];
        Arrays.fill(min, -1);
        Arrays.fill(max, -1);
        Arrays.fill(score, Double.NaN);
        for (FrozenNodeResult row : rows) {
            ruleSet.attribute(row.nodeId).ifPresent(attribute -> {
                int a = ruleSet.indexOf(row.nodeId);
                min[a] = row.levelMin;
                max[a] = row.levelMax;
                score[a] = row.score == null ? Double.NaN : row.score;
            });
        }
        return ScoringValues.of(min, max, score);
    }
}
