package org.cokit.scoring.results;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cokit.engine.answers.AssessmentStatus;
import org.cokit.engine.answers.QuestionStatistics;
import org.cokit.engine.definition.Questionnaire;
import org.cokit.scoring.rules.ScoringResult;

/**
 * The result of one assessment: the spread of the submitted answers per question, the group's answers
 * ({@link QuestionStatistics#consensus()}) and, when the tool has a rule set and anyone submitted, their score.
 *
 * @param frozen  whether the node values are the ones stored when the assessment closed
 * @param scoring the scored group answers; with an explanation unless the rule set changed since it was frozen
 */
public record AssessmentResult(long assessmentId, String tool, AssessmentStatus status, boolean frozen,
        int respondents, Questionnaire questionnaire, List<QuestionStatistics> questions,
        Map<String, String> groupAnswers, Optional<ScoringResult> scoring) {

    /** The questions respondents disagree on most, most disputed first; only those with any disagreement. */
    public List<QuestionStatistics> mostDisputed(int limit) {
        return questions.stream().filter(q -> q.disagreement() != null && q.disagreement() > 0)
                .sorted(Comparator.comparingDouble((QuestionStatistics q) -> -q.disagreement()))
                .limit(limit).toList();
    }
}
