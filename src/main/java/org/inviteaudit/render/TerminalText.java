package org.inviteaudit.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes text from the export safe and short enough to print on one line of a terminal: used for the text report
 * and for every message on stderr, since both may reach a terminal. Widths are counted in terminal columns: an
 * emoji or a CJK character takes two, a combining mark none.
 */
public final class TerminalText {

    // Control characters could move the cursor or recolour the terminal; bidi overrides could reorder the line.
    private static final char REPLACEMENT = '\uFFFD';
    static final String ELLIPSIS = "…";
    private static final char NOT_ASCII = 0x80;
    private static final char DELETE = 0x7F;
    private static final char LAST_CONTROL = 0x9F;
    /**
     * Every code point below this takes one column (the first that does not is the soft hyphen, a format character):
     * most of a listing's text is told without looking a character up.
     */
    static final int ONE_COLUMN_BELOW = 0xAD;

    private TerminalText() {
    }

    /**
     * One line: every run of spaces and line breaks of any kind made one space, none at either end, and unsafe
     * characters (controls, bidi overrides) shown as U+FFFD. One pass over the chars: a text report lists every
     * invitation through it, where two regular expressions took a sixth of its time.
     */
    public static String oneLine(String text) {
        return oneLineStart(text, Integer.MAX_VALUE);
    }

    /**
     * The start of {@link #oneLine}: all of it, or as much of it as takes more than {@code enoughColumns} columns,
     * which is all that an excerpt of that many columns looks at. A listing shows some fifty columns of each note.
     */
    static String oneLineStart(String text, int enoughColumns) {
        int start = 0;
        int end = text.length();
        while (start < end && (isSpace(text.charAt(start)) || Character.isWhitespace(text.charAt(start)))) {
            start++;
        }
        while (end > start && (isSpace(text.charAt(end - 1)) || Character.isWhitespace(text.charAt(end - 1)))) {
            end--;
        }
        StringBuilder line = new StringBuilder((int) Math.max(0, Math.min(end - start, enoughColumns + 1L)));
        int columns = 0;
        for (int i = start; i < end && columns <= enoughColumns; i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                if (!isSpace(text.charAt(i - 1))) {
                    line.append(' ');
                    columns++;
                }
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
                line.append(c).append(text.charAt(++i));
                columns += width(Character.toCodePoint(c, text.charAt(i)));
            } else {
                char shown = isUnsafe(c) ? REPLACEMENT : c;
                line.append(shown);
                columns += width(shown);
            }
        }
        return line.toString();
    }

    /** A space or line break, as Java's {@code [\s\p{Z}]} has them. */
    private static boolean isSpace(char c) {
        if (c <= ' ') {
            return c == ' ' || (c >= '\t' && c <= '\r');
        }
        if (c < NOT_ASCII) {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    /**
     * A control character (Unicode's category Cc, which its stability policy fixes as U+0000-U+001F and
     * U+007F-U+009F, so that no look-up is needed) or a bidi override or isolate.
     */
    static boolean isUnsafe(char c) {
        return c < ' ' || (c >= DELETE && c <= LAST_CONTROL) || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }

    /** {@link #oneLine} cut to at most {@code maxColumns} columns, an ellipsis marking the cut. */
    static String excerpt(String text, int maxColumns) {
        return excerptOfLine(oneLineStart(text, maxColumns), maxColumns);
    }

    /** {@link #excerpt} of a text already made one line, or the start of one that takes more than the columns. */
    static String excerptOfLine(String line, int maxColumns) {
        if (width(line) <= maxColumns) {
            return line;
        }
        return cut(line, maxColumns - 1).stripTrailing() + ELLIPSIS;
    }

    /** The longest start of a text that takes at most {@code columns} columns. */
    private static String cut(String text, int columns) {
        int used = 0;
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (used + width(c) > columns) {
                break;
            }
            used += width(c);
            i += Character.charCount(c);
        }
        return text.substring(0, i);
    }

    /**
     * {@link #oneLine} broken at spaces into lines of at most {@code columns} columns (a word longer than a line is
     * cut into pieces), at most {@code maxLines} of them: an ellipsis ends the last when there was more.
     */
    static List<String> wrap(String text, int columns, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int used = 0;
        for (String word : oneLine(text).split(" ")) {
            int w = width(word);
            if (used > 0 && used + 1 + w > columns) {
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
            }
            while (w > columns) { // a word that no line holds: as much as fits, then the rest on the next
                String piece = cut(word, columns);
                if (piece.isEmpty()) { // a character wider than a line: it goes on one of its own
                    piece = word.substring(0, Character.charCount(word.codePointAt(0)));
                }
                lines.add(piece);
                word = word.substring(piece.length());
                w = width(word);
            }
            if (used > 0) {
                line.append(' ');
                used++;
            }
            line.append(word);
            used += w;
        }
        if (used > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        if (lines.size() <= maxLines) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
        String last = kept.get(maxLines - 1);
        kept.set(maxLines - 1, (width(last) < columns ? last : cut(last, columns - 1).stripTrailing()) + ELLIPSIS);
        return kept;
    }

    /**
     * {@link #wrap} with a hanging indent: the first line after {@code first}, the others after {@code rest}, each
     * line as long as the wider prefix leaves within {@code columns}.
     */
    static List<String> hanging(String text, int columns, String first, String rest) {
        List<String> lines = wrap(text, columns - Math.max(width(first), width(rest)), Integer.MAX_VALUE);
        List<String> indented = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            indented.add((i == 0 ? first : rest) + lines.get(i));
        }
        return indented;
    }

    /** Pads or cuts to exactly {@code columns} columns, for a table. */
    static String column(String text, int columns) {
        String cut = excerpt(text, columns);
        return cut + " ".repeat(Math.max(0, columns - width(cut)));
    }

    /** How many terminal columns a text takes. */
    public static int width(String text) {
        // A loop rather than a stream of code points: a text report measures every invitation it lists.
        int columns = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            columns += width(codePoint);
            i += Character.charCount(codePoint);
        }
        return columns;
    }

    /** A code point's columns, told at once for most of a listing's text. */
    private static int width(int c) {
        return c < ONE_COLUMN_BELOW ? 1 : widthOf(c);
    }

    /** The columns of any code point, as Unicode's general category and East Asian Width say. */
    static int widthOf(int c) {
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || (c >= 0xFE00 && c <= 0xFE0F)) {
            return 0; // combining marks, zero-width joiners, variation selectors
        }
        // Wide and fullwidth by Unicode's East Asian Width: CJK, Hangul, and emoji such as 🚀 ✅ ☕ ⭐ 🟢.
        boolean wide = EastAsianWide.isWide(c);
        return wide ? 2 : 1;
    }
}
