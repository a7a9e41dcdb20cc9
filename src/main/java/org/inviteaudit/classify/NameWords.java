package org.inviteaudit.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The folded words of a person's name as the export gives it: a display name or an e-mail address. */
final class NameWords {

    // Letters after a name that are not what anyone calls the person ("Dana Whitfield, PhD").
    private static final Set<String> TITLES = Set.of(
            "dr", "mr", "mrs", "ms", "mx", "prof", "phd", "mba", "md", "jr", "sr", "ii", "iii", "cpa", "pmp", "msc");

    private NameWords() {
    }

    /** The name's words, the first name first; empty when nothing in it looks like a name. */
    static List<String> of(String name) {
        String text = name;
        int at = text.indexOf('@');
        if (at > 0) {
            // An address-book contact: "noor.haddad@example.com" is most likely Noor Haddad.
            text = text.substring(0, at).replaceAll("[._+\\-]+", " ");
        }
        List<String> words = new ArrayList<>();
        for (Word word : Words.of(TextNormalizer.normalize(text))) {
            String folded = word.folded();
            if (!TITLES.contains(folded.replace(".", "").toLowerCase(Locale.ROOT))
                    && folded.chars().anyMatch(Character::isLetter)) {
                words.add(folded);
            }
        }
        return words;
    }
}
