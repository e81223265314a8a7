package org.cokit.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.cokit.engine.definition.LocalizedText;
import org.cokit.engine.definition.Option;
import org.cokit.engine.definition.Question;
import org.cokit.engine.definition.QuestionType;
import org.cokit.engine.flow.AnswerValues;
import org.cokit.i18n.Language;

/**
 * One question as its widget tag shows it, everything worked out in advance: texts in the reader's language,
 * which choices are ticked, the hint, the ids that {@code aria-describedby} names, and the answer as read-only text.
 *
 * @param widget     the tag that shows it: {@code choice} (yes-no and single), {@code multi}, {@code scale},
 *                   {@code number}, {@code text} or {@code long-text}
 * @param choices    radio buttons or checkboxes, "don't know / not applicable" last where allowed
 * @param value      the value of a number or text input, as stored or as typed
 * @param separateNa whether "don't know / not applicable" is a checkbox beside the input
 */
public record QuestionView(String id, String field, String widget, Text text, Text help, boolean required,
        List<Choice> choices, String value, boolean separateNa, String naField, boolean notApplicable, String hint,
        Integer maxLength, String min, String max, String error, String describedBy, String answer) {

    /** A text of the questionnaire; {@code lang} is set where it differs from the page's (a missing translation). */
    public record Text(String text, String lang) {

        static Text of(LocalizedText text, Language language) {
            String shown = text.in(language);
            boolean translated = text.texts().containsKey(language) || shown.isEmpty();
            return new Text(shown, translated ? null : Language.FALLBACK.tag());
        }

        static Text plain(String text) {
            return new Text(text, null);
        }
    }

    /** One radio button or checkbox; {@code note} is the label of a scale point, if it has one. */
    public record Choice(String inputId, String value, Text label, Text note, boolean checked) {

        public boolean notApplicable() {
            return AnswerValues.NOT_APPLICABLE.equals(value);
        }
    }

    /** The question with the values of {@code form} (stored or typed) and its error, if any. */
    static QuestionView of(Question question, Form form, Language language, Messages m) {
        String field = AnswerForm.field(question);
        String widget = switch (question.type()) {
            case YES_NO, SINGLE -> "choice";
            default -> question.type().id();
        };
        Text help = question.help().isEmpty() ? null : Text.of(question.help(), language);
        String hint = hint(question, m);
        String error = form.hasError(field) ? form.error(field) : null;
        List<String> describedBy = new ArrayList<>();
        if (help != null) {
            describedBy.add(field + "-help");
        }
        if (hint != null) {
            describedBy.add(field + "-hint");
        }
        if (error != null) {
            describedBy.add(field + "-error");
        }
        boolean separateNa = AnswerForm.hasSeparateNotApplicable(question);
        String naField = AnswerForm.notApplicableField(question);
        return new QuestionView(question.id(), field, widget, Text.of(question.text(), language), help,
                question.required(), choices(question, form, field, language, m),
                question.type().hasOptions() || question.type() == QuestionType.YES_NO ? null : form.value(field),
                separateNa, naField, separateNa && form.is(naField, AnswerValues.NOT_APPLICABLE), hint,
                question.maxLength(), plain(question.min()), plain(question.max()), error,
                describedBy.isEmpty() ? null : String.join(" ", describedBy), null);
    }

    /** The question with its stored answer as text, for a submission that can no longer change. */
    static QuestionView readOnly(Question question, String stored, Language language, Messages m) {
        return new QuestionView(question.id(), AnswerForm.field(question), "read-only",
                Text.of(question.text(), language), null, question.required(), List.of(), null, false, null, false,
                null, null, null, null, null, null, answerText(question, stored, language, m));
    }

    private static List<Choice> choices(Question question, Form form, String field, Language language, Messages m) {
        List<Choice> choices = new ArrayList<>();
        boolean multi = question.type() == QuestionType.MULTI;
        if (question.type() == QuestionType.YES_NO) {
            choices.add(choice(field, "yes", Text.plain(m.answer_yes()), null, form.is(field, "yes")));
            choices.add(choice(field, "no", Text.plain(m.answer_no()), null, form.is(field, "no")));
        }
        for (Option option : question.options()) {
            boolean checked = multi ? form.has(field, option.id()) : form.is(field, option.id());
            if (question.type() == QuestionType.SCALE) {
                Text note = option.label().isEmpty() ? null : Text.of(option.label(), language);
                choices.add(choice(field, option.id(), Text.plain(option.id()), note, checked));
            } else {
                choices.add(choice(field, option.id(), Text.of(option.label(), language), null, checked));
            }
        }
        if (question.allowNotApplicable() && !AnswerForm.hasSeparateNotApplicable(question)) {
            String na = AnswerValues.NOT_APPLICABLE;
            choices.add(new Choice(field + "-na", na, Text.plain(m.question_not_applicable()), null,
                    multi ? form.has(field, na) : form.is(field, na)));
        }
        return choices;
    }

    private static Choice choice(String field, String value, Text label, Text note, boolean checked) {
        return new Choice(field + "-" + value, value, label, note, checked);
    }

    private static String hint(Question question, Messages m) {
        if (question.type() == QuestionType.NUMBER) {
            String min = plain(question.min());
            String max = plain(question.max());
            if (min != null && max != null) {
                return m.question_number_between(min, max);
            }
            return min != null ? m.question_number_at_least(min) : max != null ? m.question_number_at_most(max)
                    : m.question_number();
        }
        return question.type().isText() ? m.question_max_length(question.maxLength()) : null;
    }

    /** A stored answer in words: option labels, "Yes"/"No", "not applicable" or "not answered". */
    public static String answerText(Question question, String stored, Language language, Messages m) {
        if (stored == null || stored.isBlank()) {
            return m.answer_none();
        }
        if (AnswerValues.isNotApplicable(question, stored)) {
            return m.question_not_applicable();
        }
        return switch (question.type()) {
            case YES_NO -> "yes".equals(stored) ? m.answer_yes() : "no".equals(stored) ? m.answer_no() : stored;
            case SINGLE -> question.option(stored).map(o -> o.label().in(language)).orElse(stored);
            case MULTI -> String.join(", ", List.of(stored.split(",")).stream()
                    .map(id -> question.option(id).map(o -> o.label().in(language)).orElse(id)).toList());
            case SCALE -> question.option(stored).filter(o -> !o.label().isEmpty())
                    .map(o -> stored + " – " + o.label().in(language)).orElse(stored);
            default -> stored;
        };
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
