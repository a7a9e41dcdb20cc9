package org.inviteaudit.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inviteaudit.classify.NameWords;
import org.inviteaudit.reader.Invitation;

/**
 * Makes a report fit to share: names become initials ("Jordan Pike" becomes "J. P."), in the names and wherever the
 * note spells them, and profile URLs are dropped.
 */
final class Redaction {

    private static final Pattern NAME_WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}'’-]*");

    private Redaction() {
    }

    static ClassifiedInvitation apply(ClassifiedInvitation classified) {
        Invitation i = classified.invitation();
        String message = replaceNames(i.message(), Redaction::initial, i.from(), i.to());
        Invitation redacted = new Invitation(i.source(), i.line(), i.direction(), initials(i.from()),
                initials(i.to()), i.sentAt(), i.sentAtRaw(), message, "", "");
        return new ClassifiedInvitation(redacted, classified.classification(), classified.acceptance());
    }

    /**
     * The text with each word of the people's names that it spells, in any letter case and as a whole word, replaced
     * as {@code replacement} says; the longest names first, so that "Anne-Marie" is taken before "Anne".
     */
    static String replaceNames(String text, UnaryOperator<String> replacement, String... people) {
        List<String> names = nameWords(people);
        if (names.isEmpty() || text.isEmpty()) {
            return text;
        }
        StringBuilder replaced = new StringBuilder(text.length());
        int copied = 0;
        int i = 0;
        while (i < text.length()) {
            String name = i == 0 || !isLetterOrMark(text.codePointBefore(i)) ? nameAt(text, i, names) : null;
            if (name != null) {
                replaced.append(text, copied, i).append(replacement.apply(text.substring(i, i + name.length())));
                i += name.length();
                copied = i;
            } else {
                i += Character.charCount(text.codePointAt(i));
            }
        }
        return replaced.append(text, copied, text.length()).toString();
    }

    /** The name that the text spells at a place, as a whole word, or null. */
    private static String nameAt(String text, int at, List<String> names) {
        for (String name : names) {
            int end = at + name.length();
            if (end <= text.length() && text.regionMatches(true, at, name, 0, name.length())
                    && (end == text.length() || !isLetterOrMark(text.codePointAt(end)))) {
                return name;
            }
        }
        return null;
    }

    private static boolean isLetterOrMark(int c) {
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** "Jordan Pike" gives "J. P."; an e-mail address gives the initials of its local part. */
    static String initials(String name) {
        List<String> words = words(name);
        List<String> initials = new ArrayList<>();
        for (String word : words) {
            initials.add(initial(word));
        }
        return String.join(" ", initials);
    }

    private static List<String> nameWords(String... names) {
        List<String> all = new ArrayList<>();
        for (String name : names) {
            words(name).stream().filter(word -> word.length() > 1).forEach(all::add);
        }
        all.sort((a, b) -> b.length() - a.length());
        return all;
    }

    private static List<String> words(String name) {
        String text = NameWords.ofAddress(name);
        List<String> words = new ArrayList<>();
        Matcher m = NAME_WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static String initial(String word) {
        return new String(Character.toChars(word.codePointAt(0))).toUpperCase(Locale.ROOT) + ".";
    }
}
