package org.cokit.engine.flow;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cokit.engine.definition.Option;
import org.cokit.engine.definition.Question;
import org.cokit.engine.definition.QuestionType;
import org.cokit.error.FieldError;

/**
 * The canonical form of answers. {@link #check} turns raw input (form strings, JSON values) into the one string
 * an answer row stores, or a {@link FieldError}; {@link #forConditions} turns a stored string into the value that
 * conditions see.
 *
 * <p>Stored values: yes-no {@code yes}/{@code no}; scale {@code 1}..{@code n}; single an option id; multi option
 * ids in definition order joined by {@code ,}; number a plain decimal; text as typed (trimmed); and {@code n/a}
 * for "don't know / not applicable" where the question allows it.
 */
public final class AnswerValues {

    public static final String NOT_APPLICABLE = "n/a";

    /** Digits a number answer may have before and after the decimal point, so stored values stay readable. */
    private static final int MAX_INTEGER_DIGITS = 18;
    private static final int MAX_FRACTION_DIGITS = 10;

    private AnswerValues() {
    }

    /** The outcome of checking one raw answer. */
    public sealed interface Checked permits Valid, Blank, Invalid {
    }

    /** An acceptable answer in its canonical form. */
    public record Valid(String value) implements Checked {
    }

    /** No answer given (null, blank, nothing picked): nothing to store. Whether that is allowed is the flow's call. */
    public record Blank() implements Checked {
    }

    public record Invalid(FieldError error) implements Checked {
    }

    /**
     * Checks {@code raw} (a string, boolean, number, or for multi questions a collection or array of option ids or
     * a comma-separated string) against {@code question}.
     */
    public static Checked check(Question question, Object raw) {
        List<String> parts = parts(raw, question.type() == QuestionType.MULTI);
        if (parts.isEmpty()) {
            return new Blank();
        }
        if (parts.stream().anyMatch(p -> p.equalsIgnoreCase(NOT_APPLICABLE))) {
            if (question.allowNotApplicable()) {
                return parts.size() == 1 ? new Valid(NOT_APPLICABLE)
                        : invalid(question, "invalid-choice", "'not applicable' cannot be combined with other choices",
                                Map.of());
            }
            // In a text answer "n/a" is just what someone typed; elsewhere it asks for an answer the question lacks.
            if (!question.type().isText()) {
                return invalid(question, "not-applicable-not-allowed",
                        "'not applicable' is not an answer to this question", Map.of());
            }
        }
        if (question.type() != QuestionType.MULTI && parts.size() > 1) {
            return invalid(question, "invalid-choice", "only one answer is allowed", Map.of());
        }
        String single = parts.get(0);
        return switch (question.type()) {
            case YES_NO -> yesNo(question, single);
            case SCALE -> scale(question, single);
            case SINGLE -> question.option(single).<Checked>map(o -> new Valid(o.id()))
                    .orElseGet(() -> notAChoice(question, single));
            case MULTI -> multi(question, parts);
            case NUMBER -> number(question, single);
            case TEXT, LONG_TEXT -> text(question, single);
        };
    }

    /**
     * The value of a stored answer as conditions see it in {@code answers}: yes-no as the string {@code "yes"} or
     * {@code "no"}, scale and number as a double, multi as a list of option ids, single and text as a string.
     * Empty for no answer, for "not applicable" and for a value the question does not accept, so that such a
     * question is absent from {@code answers}.
     */
    public static Optional<Object> forConditions(Question question, String stored) {
        if (stored == null || stored.isBlank()) {
            return Optional.empty();
        }
        if (question.allowNotApplicable() && stored.equals(NOT_APPLICABLE)) {
            return Optional.empty();
        }
        if (!(check(question, stored) instanceof Valid valid)) {
            return Optional.empty();
        }
        String value = valid.value();
        return Optional.of(switch (question.type()) {
            case SCALE, NUMBER -> new BigDecimal(value).doubleValue();
            case MULTI -> List.of(value.split(","));
            default -> value;
        });
    }

    /** Whether a stored value means "don't know / not applicable", which scoring leaves out. */
    public static boolean isNotApplicable(Question question, String stored) {
        return question.allowNotApplicable() && NOT_APPLICABLE.equals(stored);
    }

    private static Checked yesNo(Question question, String raw) {
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "yes", "true" -> new Valid("yes");
            case "no", "false" -> new Valid("no");
            default -> invalid(question, "invalid-choice", "must be yes or no", Map.of());
        };
    }

    private static Checked scale(Question question, String raw) {
        int points = question.options().size();
        BigDecimal value;
        try {
            value = new BigDecimal(raw);
        } catch (NumberFormatException e) {
            return invalid(question, "not-a-number", "must be a whole number from 1 to " + points,
                    Map.of("min", 1, "max", points));
        }
        BigDecimal point = value.stripTrailingZeros();
        if (point.scale() > 0 || point.compareTo(BigDecimal.ONE) < 0
                || point.compareTo(BigDecimal.valueOf(points)) > 0) {
            return invalid(question, "out-of-range", "must be a whole number from 1 to " + points,
                    Map.of("min", 1, "max", points));
        }
        return new Valid(point.toPlainString());
    }

    private static Checked multi(Question question, List<String> parts) {
        Set<String> picked = new LinkedHashSet<>();
        for (String part : parts) {
            if (question.option(part).isEmpty()) {
                return notAChoice(question, part);
            }
            picked.add(part);
        }
        List<String> inOrder = question.options().stream().map(Option::id).filter(picked::contains).toList();
        return new Valid(String.join(",", inOrder));
    }

    private static Checked number(Question question, String raw) {
        BigDecimal value;
        try {
            value = new BigDecimal(raw).stripTrailingZeros();
        } catch (NumberFormatException e) {
            return invalid(question, "not-a-number", "must be a number", Map.of());
        }
        if (value.scale() > MAX_FRACTION_DIGITS || value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            return invalid(question, "out-of-range", "must have at most " + MAX_INTEGER_DIGITS
                    + " digits before and " + MAX_FRACTION_DIGITS + " after the decimal point", Map.of());
        }
        BigDecimal min = question.min();
        BigDecimal max = question.max();
        if ((min != null && value.compareTo(min) < 0) || (max != null && value.compareTo(max) > 0)) {
            String message = min != null && max != null ? "must be from " + plain(min) + " to " + plain(max)
                    : min != null ? "must be at least " + plain(min) : "must be at most " + plain(max);
            Map<String, Object> args = new HashMap<>();
            if (min != null) {
                args.put("min", plain(min));
            }
            if (max != null) {
                args.put("max", plain(max));
            }
            return invalid(question, "out-of-range", message, args);
        }
        return new Valid(value.toPlainString());
    }

    private static Checked text(Question question, String raw) {
        String text = raw.replace("\r\n", "\n");
        int length = text.codePointCount(0, text.length());
        if (length > question.maxLength()) {
            return invalid(question, "too-long", "must be at most " + question.maxLength() + " characters",
                    Map.of("max", question.maxLength()));
        }
        return new Valid(text);
    }

    private static Checked notAChoice(Question question, String raw) {
        return invalid(question, "invalid-choice", "'" + raw + "' is not one of the choices", Map.of());
    }

    private static Checked invalid(Question question, String code, String message, Map<String, Object> args) {
        return new Invalid(new FieldError(question.id(), code, message, args));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** The non-blank, trimmed pieces of a raw answer; strings split at commas only for multi questions. */
    private static List<String> parts(Object raw, boolean splitCommas) {
        List<String> parts = new ArrayList<>();
        if (raw == null) {
            return parts;
        }
        Collection<?> values = raw instanceof Collection<?> c ? c
                : raw instanceof Object[] array ? Arrays.asList(array) : List.of(raw);
        for (Object value : values) {
            if (value == null) {
                continue;
            }
            String text = value instanceof BigDecimal d ? d.toPlainString()
                    : (value instanceof Double || value instanceof Float) && Double.isFinite(((Number) value).doubleValue())
                            ? BigDecimal.valueOf(((Number) value).doubleValue()).toPlainString()
                            : String.valueOf(value);
            for (String piece : splitCommas ? text.split(",") : new String[] {text}) {
                String part = piece.strip();
                if (!part.isEmpty()) {
                    parts.add(part);
                }
            }
        }
        return parts;
    }
}
