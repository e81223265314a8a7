package org.cokit.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cokit.error.FieldError;

/**
 * A submitted form as a page re-renders it: what the user typed, and a translated message per faulty field,
 * so nothing typed is lost and each message sits next to its field.
 */
public class Form {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final Map<String, String> targets = new LinkedHashMap<>();

    public static Form empty() {
        return new Form();
    }

    public Form with(String field, Object value) {
        values.put(field, value == null ? "" : value.toString());
        return this;
    }

    /** Adds the errors, translated with the page's messages. */
    public Form withErrors(List<FieldError> fieldErrors, Messages messages) {
        for (FieldError error : fieldErrors) {
            errors.putIfAbsent(error.field(), translate(error, messages));
        }
        return this;
    }

    /** Adds an error whose message the page has already translated. */
    public Form withError(String field, String message) {
        errors.putIfAbsent(field, message);
        return this;
    }

    /**
     * Sends the error summary's link for {@code field} to the element {@code id}: a group of radio buttons or
     * checkboxes is a fieldset, which cannot take the focus, so the link goes to its first input instead.
     */
    public Form withTarget(String field, String id) {
        targets.put(field, id);
        return this;
    }

    /** The id the error summary links to for {@code field}: the field's own unless another was set. */
    public String target(String field) {
        return targets.getOrDefault(field, field);
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public boolean is(String field, Object option) {
        return option != null && value(field).equals(option.toString());
    }

    /** Whether a comma-separated multi-value field holds the option. */
    public boolean has(String field, Object option) {
        return option != null && List.of(value(field).split(",")).contains(option.toString());
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public String error(String field) {
        return errors.getOrDefault(field, "");
    }

    public boolean isInvalid() {
        return !errors.isEmpty();
    }

    public int getErrorCount() {
        return errors.size();
    }

    /** Field ids with their messages, for the error summary at the top of the form. */
    public Map<String, String> getErrors() {
        return errors;
    }

    static String translate(FieldError error, Messages m) {
        return switch (error.code()) {
            case "required" -> m.error_required();
            case "too-long" -> m.error_too_long(number(error, "max"));
            case "too-short" -> m.error_too_short(number(error, "min"));
            case "email" -> m.error_email();
            case "invalid-choice" -> m.error_invalid_choice();
            case "mismatch" -> m.error_mismatch();
            case "unknown-country" -> m.error_unknown_country();
            case "conflict" -> m.error_conflict();
            case "out-of-range" -> outOfRange(error, m);
            case "not-a-number" -> m.error_not_a_number();
            case "invalid-date" -> m.error_date();
            case "not-applicable-not-allowed" -> m.error_invalid_choice();
            case "not-applicable-combined" -> m.error_not_applicable_combined();
            default -> m.error_pattern();
        };
    }

    /** A range with its bounds where the error names them (answers to number and scale questions do). */
    private static String outOfRange(FieldError error, Messages m) {
        Object min = error.args().get("min");
        Object max = error.args().get("max");
        if (min != null && max != null) {
            return m.error_between(min.toString(), max.toString());
        }
        if (min != null) {
            return m.error_at_least(min.toString());
        }
        return max != null ? m.error_at_most(max.toString()) : m.error_out_of_range();
    }

    private static int number(FieldError error, String arg) {
        Object value = error.args().get(arg);
        return value instanceof Number n ? n.intValue() : 0;
    }
}
