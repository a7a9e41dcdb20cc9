package org.inviteaudit.classify;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Makes texts that differ only in typography compare equal. */
final class TextNormalizer {

    private static final Pattern APOSTROPHES = Pattern.compile("[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4\u02BC]");
    private static final Pattern QUOTES = Pattern.compile("[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]");
    private static final Pattern DASHES = Pattern.compile("[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    private TextNormalizer() {
    }

    /** NFKC, one apostrophe, one quote, one dash and single spaces; letter case is kept. */
    static String normalize(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = APOSTROPHES.matcher(s).replaceAll("'");
        s = QUOTES.matcher(s).replaceAll("\"");
        s = DASHES.matcher(s).replaceAll("-");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    /** Case folding that also equates forms such as "ß" and "ss". */
    static String fold(String word) {
        return word.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }
}
