package org.inviteaudit.render;

import java.util.regex.Pattern;

/**
 * Makes text from the export safe and short enough to print on one line of a terminal: used for the text report
 * and for every message on stderr, since both may reach a terminal.
 */
public final class TerminalText {

    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    // Control characters could move the cursor or recolour the terminal; bidi overrides could reorder the line.
    private static final Pattern UNSAFE = Pattern.compile("[\\p{Cc}\u202A-\u202E\u2066-\u2069]");
    private static final String ELLIPSIS = "…";

    private TerminalText() {
    }

    /** One line, with unsafe characters shown as U+FFFD. */
    public static String oneLine(String text) {
        String flat = SPACES.matcher(text).replaceAll(" ").strip();
        return UNSAFE.matcher(flat).replaceAll("\uFFFD");
    }

    /** {@link #oneLine} cut to at most {@code max} code points, an ellipsis marking the cut. */
    static String excerpt(String text, int max) {
        String line = oneLine(text);
        if (line.codePointCount(0, line.length()) <= max) {
            return line;
        }
        int end = line.offsetByCodePoints(0, max - 1);
        return line.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    /** Pads or cuts to exactly {@code width} code points, for a column. */
    static String column(String text, int width) {
        String cut = excerpt(text, width);
        int length = cut.codePointCount(0, cut.length());
        return cut + " ".repeat(Math.max(0, width - length));
    }
}
