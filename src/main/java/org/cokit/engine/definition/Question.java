package org.cokit.engine.definition;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One question. Components that do not apply to its type, and conditions that are not set, are null: {@code min}
 * and {@code max} (number only, either may be open), {@code maxLength} (text and long-text, always set for them),
 * {@code showIf} and {@code requiredIf}. {@code options} are the choices of single and multi questions and the
 * points of scale questions, empty for the other types; {@code help} is {@link LocalizedText#NONE} when absent.
 * {@code roles}: the participant roles the question is asked of, empty for every role its section is for.
 */
public record Question(String id, QuestionType type, LocalizedText text, LocalizedText help, boolean required,
        boolean allowNotApplicable, List<Option> options, BigDecimal min, BigDecimal max, Integer maxLength,
        Condition showIf, Condition requiredIf, List<String> roles) {

    public static final int DEFAULT_TEXT_MAX_LENGTH = 200;
    public static final int DEFAULT_LONG_TEXT_MAX_LENGTH = 5000;

    public Question {
        Objects.requireNonNull(id);
        Objects.requireNonNull(type);
        Objects.requireNonNull(text);
        help = help == null ? LocalizedText.NONE : help;
        options = List.copyOf(options);
        roles = roles == null ? List.of() : List.copyOf(roles);
        if (type.isText() && maxLength == null) {
            maxLength = type == QuestionType.TEXT ? DEFAULT_TEXT_MAX_LENGTH : DEFAULT_LONG_TEXT_MAX_LENGTH;
        }
    }

    /** A question asked of every participant its section is for. */
    public Question(String id, QuestionType type, LocalizedText text, LocalizedText help, boolean required,
            boolean allowNotApplicable, List<Option> options, BigDecimal min, BigDecimal max, Integer maxLength,
            Condition showIf, Condition requiredIf) {
        this(id, type, text, help, required, allowNotApplicable, options, min, max, maxLength, showIf, requiredIf,
                List.of());
    }

    /** Whether a participant in {@code role} (null: no role) is asked this question. */
    public boolean isFor(String role) {
        return roles.isEmpty() || role != null && roles.contains(role);
    }

    public Optional<Option> option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }
}
