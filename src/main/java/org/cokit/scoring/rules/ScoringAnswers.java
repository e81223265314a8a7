package org.cokit.scoring.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cokit.engine.definition.Question;
import org.cokit.engine.definition.Questionnaire;
import org.cokit.engine.flow.AnswerValues;
import org.cokit.engine.flow.QuestionnaireFlow;
import org.cokit.error.FieldError;
import org.cokit.error.InvalidInputException;

/**
 * Raw answers made ready for {@link RuleSet#evaluate}: each checked against its question and put in its stored
 * form ({@link AnswerValues}), then only those the questionnaire's flow scores (shown questions, "not applicable"
 * left out), exactly as a submitted set of answers would be scored.
 */
public final class ScoringAnswers {

    private ScoringAnswers() {
    }

    /**
     * @param answers question id to a raw answer: a string, boolean, number, or a list of option ids
     * @throws InvalidInputException naming every answer its question does not accept and every id that is no
     *                               question of the questionnaire; fields are {@code answers.<question-id>}
     */
    public static Map<String, String> of(Questionnaire questionnaire, Map<String, ?> answers) {
        Map<String, String> stored = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        answers.forEach((id, raw) -> {
            String field = "answers." + id;
            Optional<Question> question = questionnaire.question(id);
            if (question.isEmpty()) {
                errors.add(FieldError.of(field, "unknown-question", "is not a question of questionnaire '"
                        + questionnaire.id() + "'"));
                return;
            }
            AnswerValues.Checked checked = AnswerValues.check(question.get(), raw);
            if (checked instanceof AnswerValues.Valid valid) {
                stored.put(id, valid.value());
            } else if (checked instanceof AnswerValues.Invalid invalid) {
                FieldError error = invalid.error();
                errors.add(new FieldError(field, error.code(), error.message(), error.args()));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return QuestionnaireFlow.of(questionnaire, stored).answersToScore();
    }
}
