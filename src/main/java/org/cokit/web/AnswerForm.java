package org.cokit.web;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.cokit.engine.definition.Question;
import org.cokit.engine.definition.QuestionType;
import org.cokit.engine.flow.AnswerValues;
import org.cokit.error.FieldError;

/**
 * The answer fields of a questionnaire section form. Question {@code x} posts as field {@code q-x} (repeated for
 * the choices of a multi question); "don't know / not applicable" is a choice among the others for choice and
 * scale questions, and a separate checkbox {@code q-x-na} beside a number or text input.
 */
final class AnswerForm {

    /** "3,5" as most of Europe writes 3.5; read as such, since the form has no other use for a comma. */
    private static final Pattern DECIMAL_COMMA = Pattern.compile("-?\\d+,\\d+");

    private AnswerForm() {
    }

    /** What a section form posted: raw answers for the engine to check, the values as typed, and early errors. */
    record Posted(Map<String, Object> answers, Form form, List<FieldError> errors) {
    }

    static String field(Question question) {
        return "q-" + question.id();
    }

    static String notApplicableField(Question question) {
        return field(question) + "-na";
    }

    /** Whether "not applicable" is a checkbox of its own, beside an input, rather than one of the choices. */
    static boolean hasSeparateNotApplicable(Question question) {
        return question.allowNotApplicable() && !question.type().hasOptions() && question.type() != QuestionType.YES_NO;
    }

    /**
     * Reads the answers to {@code questions} from the posted fields. A question without a field (nothing ticked)
     * posts a blank answer, which clears what was stored: the form showed it, so the respondent left it empty.
     */
    static Posted read(List<Question> questions, MultivaluedMap<String, String> fields) {
        Map<String, Object> answers = new LinkedHashMap<>();
        Form form = Form.empty();
        List<FieldError> errors = new ArrayList<>();
        for (Question question : questions) {
            List<String> values = fields.get(field(question)) == null ? List.of()
                    : fields.get(field(question)).stream().filter(v -> v != null).toList();
            if (question.type() == QuestionType.MULTI) {
                form.with(field(question), String.join(",", values));
                if (values.contains(AnswerValues.NOT_APPLICABLE) && values.size() > 1) {
                    errors.add(combined(question));
                }
                answers.put(question.id(), values);
                continue;
            }
            String typed = values.isEmpty() ? "" : values.get(0);
            form.with(field(question), typed);
            boolean notApplicable = hasSeparateNotApplicable(question)
                    && AnswerValues.NOT_APPLICABLE.equals(fields.getFirst(notApplicableField(question)));
            if (notApplicable) {
                form.with(notApplicableField(question), AnswerValues.NOT_APPLICABLE);
                if (!typed.isBlank()) {
                    errors.add(combined(question));
                }
                answers.put(question.id(), AnswerValues.NOT_APPLICABLE);
            } else if (question.type() == QuestionType.NUMBER && values.size() == 1) {
                answers.put(question.id(), DECIMAL_COMMA.matcher(typed.strip()).matches()
                        ? typed.strip().replace(',', '.') : typed);
            } else {
                answers.put(question.id(), values.size() > 1 ? values : typed);
            }
        }
        return new Posted(answers, form, errors);
    }

    /** The stored answers as the form shows them. */
    static Form stored(List<Question> questions, Map<String, String> answers) {
        Form form = Form.empty();
        for (Question question : questions) {
            String value = answers.get(question.id());
            if (value == null) {
                continue;
            }
            if (hasSeparateNotApplicable(question) && AnswerValues.isNotApplicable(question, value)) {
                form.with(notApplicableField(question), AnswerValues.NOT_APPLICABLE);
            } else {
                form.with(field(question), value);
            }
        }
        return form;
    }

    /** Engine errors name the question id; on the page they belong to its field. */
    static List<FieldError> onFields(List<FieldError> errors) {
        return errors.stream().map(e -> new FieldError("q-" + e.field(), e.code(), e.message(), e.args())).toList();
    }

    private static FieldError combined(Question question) {
        return FieldError.of("q-" + question.id(), "not-applicable-combined",
                "'not applicable' cannot be combined with an answer");
    }
}
