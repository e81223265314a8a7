package org.cokit.error;

/** A request that clashes with data already saved (a duplicate name, a used invitation); answered with 409. */
public class ConflictException extends RuntimeException {

    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The input field the clash is about, or null when it concerns the request as a whole. */
    public String field() {
        return field;
    }
}
