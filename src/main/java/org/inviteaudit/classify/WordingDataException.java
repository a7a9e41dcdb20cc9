package org.inviteaudit.classify;

/** A wording resource that cannot be used; the message names the resource and the entry. */
public class WordingDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WordingDataException(String message) {
        super(message);
    }

    public WordingDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
