package org.cokit.error;

import java.util.Map;

/**
 * One problem with one input field. {@code code} is a stable key (e.g. {@code required}) that pages translate
 * through the message bundle; {@code message} is the English sentence the API returns.
 */
public record FieldError(String field, String code, String message, Map<String, Object> args) {

    public FieldError {
        args = args == null ? Map.of() : Map.copyOf(args);
    }

    public static FieldError of(String field, String code, String message) {
        return new FieldError(field, code, message, Map.of());
    }
}
