package org.inviteaudit.classify;

import java.text.Normalizer;
import java.util.Locale;

/** Makes texts that differ only in typography compare equal. */
final class TextNormalizer {

    // The chars below this that NFKC leaves as they are, whatever stands beside them: the Latin letters, digits and
    // punctuation of most notes. None of them combines with another (all that do are marks, from U+0300 on). Each is
    // asked of Normalizer when first met, rather than all at start; every thread would write the same answer.
    private static final int STABLE_TABLE_SIZE = 0x300;
    private static final byte UNKNOWN = 0;
    private static final byte STABLE = 1;
    private static final byte UNSTABLE = 2;
    private static final byte[] STABILITY = new byte[STABLE_TABLE_SIZE];

    private TextNormalizer() {
    }

    /** NFKC, one apostrophe, one quote, one dash and single spaces; letter case is kept. */
    static String normalize(String text) {
        // Most notes and names are ASCII already typeset as this would: kept as they are, not copied char by char.
        if (isTypesetAscii(text)) {
            return text;
        }
        // Most others are Latin script that NFKC leaves as it is: told so by a table while they are read, in one pass.
        String typeset = typeset(text, true);
        if (typeset != null) {
            return typeset;
        }
        return typeset(Normalizer.normalize(text, Normalizer.Form.NFKC), false);
    }

    /**
     * The text with one apostrophe, one quote, one dash and single spaces; or null, when {@code untilUnstable} and a
     * char is met that NFKC might change.
     */
    private static String typeset(String s, boolean untilUnstable) {
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (untilUnstable && !isStable(c)) {
                return null;
            }
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(typographic(c));
        }
        return out.toString();
    }

    /**
     * Whether the text is ASCII that {@link #typeset} gives back unchanged: no space at either end, no two in a row,
     * no control char (tabs and line ends among them) nor DEL, and no grave accent (typeset as an apostrophe). NFKC
     * leaves all ASCII as it is.
     */
    private static boolean isTypesetAscii(String text) {
        int last = text.length() - 1;
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            if (c > ' ' && c < 0x7f) {
                if (c == '`') {
                    return false;
                }
            } else if (c != ' ' || i == 0 || i == last || text.charAt(i + 1) == ' ') {
                return false; // a control, DEL, non-ASCII, or a space typeset would drop
            }
        }
        return true;
    }

    /**
     * Whitespace or a space separator. In ASCII that is the space and the controls from tab to carriage return and
     * from U+001C to U+001F, told without the two look-ups of a char's type that the general case costs.
     */
    static boolean isSpace(char c) {
        if (c < 0x80) {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001c' && c <= '\u001f');
        }
        return CharFlags.isSpace(c);
    }

    private static char typographic(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u0060', '\u00B4', '\u02BC' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63', '\uFF0D' -> '-';
            default -> c;
        };
    }

    /** Whether the table says that NFKC leaves the text as it is; false where it cannot say. */
    static boolean isStableByTable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isStable(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isStable(char c) {
        if (c < 0x80) {
            return true;
        }
        if (c >= STABLE_TABLE_SIZE) {
            return false;
        }
        byte known = STABILITY[c];
        if (known == UNKNOWN) {
            known = Normalizer.isNormalized(String.valueOf(c), Normalizer.Form.NFKC) ? STABLE : UNSTABLE;
            STABILITY[c] = known;
        }
        return known == STABLE;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Case folding that also equates forms such as "ß" and "ss". */
    static String fold(String word) {
        if (isAscii(word)) {
            return word.toLowerCase(Locale.ROOT); // ASCII has no case pairs that differ in length
        }
        return word.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }
}
