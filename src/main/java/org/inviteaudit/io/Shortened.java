package org.inviteaudit.io;

/**
 * Text from the input quoted in a message, cut short: a hostile field may be a megabyte long. The cut falls between
 * code points, never inside a surrogate pair. (The text report cuts by terminal columns instead, wide characters
 * counting two: {@code TerminalText.excerpt}.)
 */
public final class Shortened {

    private Shortened() {
    }

    /** The text, or its first {@code maxChars - 1} characters and an ellipsis. */
    public static String to(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        int end = maxChars - 1;
        if (Character.isLowSurrogate(text.charAt(end)) && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
