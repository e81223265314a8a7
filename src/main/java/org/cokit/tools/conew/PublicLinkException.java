package org.cokit.tools.conew;

/** A public link that is unknown ({@code closed} false) or revoked or past its closing date. */
public class PublicLinkException extends RuntimeException {

    private final boolean closed;

    public PublicLinkException(boolean closed) {
        super(closed ? "This link is closed" : "No such link");
        this.closed = closed;
    }

    public boolean closed() {
        return closed;
    }
}
