package org.putright.mailbox;

/** A message Putright cannot read as an email: no sender, broken MIME structure, unreadable parts. */
public final class MalformedMessage extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MalformedMessage(String message) {
        super(message);
    }

    public MalformedMessage(String message, Throwable cause) {
        super(message, cause);
    }
}
