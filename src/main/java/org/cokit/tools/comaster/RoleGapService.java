package org.cokit.tools.comaster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cokit.engine.answers.AnswerStatistics;
import org.cokit.engine.answers.Assessment;
import org.cokit.engine.answers.AssessmentService;
import org.cokit.engine.definition.Questionnaire;
import org.cokit.engine.loading.QuestionnaireRegistry;

/** The role gaps of an assessment of the caller's organisation, from its submitted answers. */
@ApplicationScoped
public class RoleGapService {

    private final AssessmentService assessments;
    private final AnswerStatistics statistics;
    private final QuestionnaireRegistry questionnaires;

    public RoleGapService(AssessmentService assessments, AnswerStatistics statistics,
            QuestionnaireRegistry questionnaires) {
        this.assessments = assessments;
        this.statistics = statistics;
        this.questionnaires = questionnaires;
    }

    /** The questionnaire, how many submitted per role, and the gap per dimension. */
    public record Report(Questionnaire questionnaire, Map<String, Integer> submissions, List<RoleGaps.Gap> gaps) {

        public long flagged() {
            return gaps.stream().filter(RoleGaps.Gap::flagged).count();
        }
    }

    /** Empty when there is no such assessment for the caller or its questionnaire has no participant roles. */
    @Transactional
    public Optional<Report> of(long assessmentId) {
        Optional<Assessment> found = assessments.find(assessmentId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Assessment assessment = found.get();
        Questionnaire questionnaire = questionnaires.find(assessment.questionnaireId,
                assessment.questionnaireVersion).orElseThrow(() -> new IllegalStateException("questionnaire "
                        + assessment.questionnaireId + " v" + assessment.questionnaireVersion + " is not loaded"));
        if (!questionnaire.hasParticipantRoles()) {
            return Optional.empty();
        }
        AnswerStatistics.RoleCounts counts = statistics.byRole(assessment);
        return Optional.of(new Report(questionnaire, counts.submissions(), RoleGaps.of(questionnaire,
                counts.answers())));
    }
}
