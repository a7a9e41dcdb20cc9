package org.inviteaudit.source;

/**
 * An input that cannot be audited at all. The message is one line meant for the user: it names the input,
 * says what is wrong and, where it can, what to do instead.
 */
public class UnusableInputException extends Exception {

    private static final long serialVersionUID = 1L;

    public UnusableInputException(String message) {
        super(message);
    }

    public UnusableInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
