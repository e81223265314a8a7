package org.cokit.error;

import java.util.List;

/** User input that cannot be accepted; answered with 400 and a message per field, never with a stack trace. */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.isEmpty() ? "Invalid input" : errors.get(0).field() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(FieldError error) {
        this(List.of(error));
    }

    /** An API operation's JSON body, refused with a field-level message when the request had none. */
    public static <T> T requireBody(T body) {
        if (body == null) {
            throw new InvalidInputException(FieldError.of("body", "required", "a JSON object is required"));
        }
        return body;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
