package org.cokit.error;

/** A request that clashes with data already saved (a duplicate name, a used invitation); answered with 409. */
public class ConflictException extends RuntimeException {

    private final String field;
    private final String code;

    public ConflictException(String field, String message) {
        this(field, "conflict", message);
    }

    /** A clash with a stable reason code, e.g. {@code assessment-not-closed}, that the API answers with. */
    public ConflictException(String field, String code, String message) {
        super(message);
        this.field = field;
        this.code = code;
    }

    /** The input field the clash is about, or null when it concerns the request as a whole. */
    public String field() {
        return field;
    }

    /** The stable reason code; {@code conflict} unless a more precise one was given. */
    public String code() {
        return code;
    }
}
