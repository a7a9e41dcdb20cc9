package org.inviteaudit.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
        String message = i.message();
        List<String> nameWords = nameWords(i.from(), i.to());
        if (!nameWords.isEmpty() && !message.isEmpty()) {
            // One pattern for all the names, longest first so that "Anne-Marie" is taken before "Anne".
            String anyName = nameWords.stream().map(Pattern::quote).collect(Collectors.joining("|"));
            message = Pattern.compile("(?<![\\p{L}\\p{M}])(?:" + anyName + ")(?![\\p{L}\\p{M}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(message)
                    .replaceAll(match -> Matcher.quoteReplacement(initial(match.group())));
        }
        Invitation redacted = new Invitation(i.source(), i.line(), i.direction(), initials(i.from()),
                initials(i.to()), i.sentAt(), i.sentAtRaw(), message, "", "");
        return new ClassifiedInvitation(redacted, classified.classification());
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
        String text = name.contains("@") ? name.substring(0, name.indexOf('@')).replaceAll("[._+]", " ") : name;
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
