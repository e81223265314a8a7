package org.cokit.engine.flow;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cokit.engine.definition.Question;
import org.cokit.engine.definition.Questionnaire;

/**
 * Where one set of answers stands in a questionnaire: which questions are shown, which must be answered now, which
 * of those are still open, and the progress. A pure function of the definition and the stored answers (question
 * id to the canonical value of {@link AnswerValues}); answers to hidden questions count for nothing.
 *
 * <p>The loader only lets a condition read questions that come before it, so one pass in question order settles
 * every condition with the answers of the questions already known to be shown.
 */
public final class QuestionnaireFlow {

    private final List<Question> visible = new ArrayList<>();
    private final List<Question> requiredNow = new ArrayList<>();
    private final List<Question> unansweredRequired = new ArrayList<>();
    private final Map<String, String> answers = new LinkedHashMap<>();
    private final Map<String, String> answersToScore = new LinkedHashMap<>();

    private QuestionnaireFlow(Questionnaire questionnaire, Map<String, String> stored) {
        Map<String, Object> conditionAnswers = new HashMap<>();
        for (Question question : questionnaire.questions()) {
            if (question.showIf() != null && !question.showIf().test(conditionAnswers)) {
                continue;
            }
            visible.add(question);
            String value = stored.get(question.id());
            boolean answered = value != null && !value.isBlank();
            boolean required = question.required()
                    || (question.requiredIf() != null && question.requiredIf().test(conditionAnswers));
            if (required) {
                requiredNow.add(question);
                if (!answered) {
                    unansweredRequired.add(question);
                }
            }
            if (answered) {
                answers.put(question.id(), value);
                if (!AnswerValues.isNotApplicable(question, value)) {
                    answersToScore.put(question.id(), value);
                }
                AnswerValues.forConditions(question, value).ifPresent(v -> conditionAnswers.put(question.id(), v));
            }
        }
    }

    /** The flow of {@code answers} (question id to stored value) through {@code questionnaire}. */
    public static QuestionnaireFlow of(Questionnaire questionnaire, Map<String, String> answers) {
        return new QuestionnaireFlow(questionnaire, answers);
    }

    /** The questions shown, in order: those without {@code show-if} and those whose {@code show-if} holds. */
    public List<Question> visible() {
        return Collections.unmodifiableList(visible);
    }

    public boolean isVisible(String questionId) {
        return visible.stream().anyMatch(q -> q.id().equals(questionId));
    }

    /** Shown questions that must be answered: {@code required}, or {@code required-if} holds. */
    public List<Question> requiredNow() {
        return Collections.unmodifiableList(requiredNow);
    }

    public boolean isRequired(String questionId) {
        return requiredNow.stream().anyMatch(q -> q.id().equals(questionId));
    }

    /** Required questions without an answer; "not applicable" counts as an answer. Empty when it can be submitted. */
    public List<Question> unansweredRequired() {
        return Collections.unmodifiableList(unansweredRequired);
    }

    public boolean isComplete() {
        return unansweredRequired.isEmpty();
    }

    /** Answers to shown questions, in question order; answers to hidden or unknown questions are left out. */
    public Map<String, String> answers() {
        return Collections.unmodifiableMap(answers);
    }

    /** The answers scoring uses: those of {@link #answers()} without "not applicable". */
    public Map<String, String> answersToScore() {
        return Collections.unmodifiableMap(answersToScore);
    }

    public Progress progress() {
        return new Progress(answers.size(), visible.size());
    }

    /** Shown questions answered ("not applicable" included) out of all shown questions. */
    public record Progress(int answered, int visible) {

        /** Whole percent, rounded down so that 100 means everything shown is answered; 100 when nothing is shown. */
        public int percent() {
            return visible == 0 ? 100 : answered * 100 / visible;
        }
    }
}
