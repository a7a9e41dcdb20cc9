package org.inviteaudit.classify;

import java.text.Normalizer;
import java.util.Locale;

/** Makes texts that differ only in typography compare equal. */
final class TextNormalizer {

    private TextNormalizer() {
    }

    /** NFKC, one apostrophe, one quote, one dash and single spaces; letter case is kept. */
    static String normalize(String text) {
        String s = Normalizer.isNormalized(text, Normalizer.Form.NFKC)
                ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
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

    private static char typographic(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u0060', '\u00B4', '\u02BC' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63', '\uFF0D' -> '-';
            default -> c;
        };
    }

    /** Case folding that also equates forms such as "ß" and "ss". */
    static String fold(String word) {
        if (word.chars().allMatch(c -> c < 0x80)) {
            return word.toLowerCase(Locale.ROOT); // ASCII has no case pairs that differ in length
        }
        return word.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }
}
