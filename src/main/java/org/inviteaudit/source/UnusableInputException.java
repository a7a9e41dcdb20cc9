package org.inviteaudit.source;

/**
 * An input that cannot be audited at all. The message is one line meant for the user: it names the input,
 * says what is wrong and, where it can, what to do instead.
 */
public class UnusableInputException extends Exception {

    private static final long serialVersionUID = 1L;

    // What is wrong with the input, without its name; the whole message where it was not given apart.
    private final String reason;

    public UnusableInputException(String message) {
        super(message);
        this.reason = message;
    }

    public UnusableInputException(String message, Throwable cause) {
        super(message, cause);
        this.reason = message;
    }

    /** "input: reason", with the reason kept apart for a message that names the input otherwise. */
    static UnusableInputException of(String input, String reason, Throwable cause) {
        return new UnusableInputException(input, reason, cause);
    }

    private UnusableInputException(String input, String reason, Throwable cause) {
        super(input + ": " + reason, cause);
        this.reason = reason;
    }

    /** What is wrong with the input, without its name where that was given apart; else the whole message. */
    String reason() {
        return reason;
    }
}
