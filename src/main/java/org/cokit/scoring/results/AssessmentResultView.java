package org.cokit.scoring.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.cokit.engine.answers.QuestionStatistics;
import org.cokit.engine.definition.Question;
import org.cokit.i18n.Language;
import org.cokit.scoring.ScoringResultView;

/**
 * An assessment's result as the API shows it: the score of the group's answers (absent when the tool has no rule
 * set or nobody has submitted), each question's spread of answers, and the questions respondents disagree on most.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AssessmentResultView(long assessment, String tool, String status, boolean frozen, int respondents,
        String questionnaire, int questionnaireVersion, ScoringResultView score, List<QuestionResultView> questions,
        List<String> mostDisputed) {

    /** How many questions {@link #mostDisputed} lists at most. */
    public static final int DISPUTED = 5;

    /**
     * One question: how many answered (and said "don't know"), how often each value was given, how much respondents
     * disagree (0-1), and the group's answer that was scored.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuestionResultView(String id, String text, String type, int answered, int notApplicable,
            Map<String, Integer> counts, Double disagreement, String groupAnswer) {
    }

    public static AssessmentResultView of(AssessmentResult result, Language language) {
        List<QuestionResultView> questions = result.questions().stream().map(q -> question(result, q, language))
                .toList();
        ScoringResultView score = result.scoring().map(s -> ScoringResultView.of(s, result.questionnaire(), language))
                .orElse(null);
        return new AssessmentResultView(result.assessmentId(), result.tool(), result.status().name().toLowerCase(),
                result.frozen(), result.respondents(), result.questionnaire().id(), result.questionnaire().version(),
                score, questions, result.mostDisputed(DISPUTED).stream().map(QuestionStatistics::questionId).toList());
    }

    private static QuestionResultView question(AssessmentResult result, QuestionStatistics q, Language language) {
        String text = result.questionnaire().question(q.questionId()).map(Question::text).map(t -> t.in(language))
                .orElse(q.questionId());
        return new QuestionResultView(q.questionId(), text, q.type(), q.answered(), q.notApplicable(), q.counts(),
                q.disagreement() == null ? null : Math.round(q.disagreement() * 1000) / 1000.0, q.consensus());
    }
}
