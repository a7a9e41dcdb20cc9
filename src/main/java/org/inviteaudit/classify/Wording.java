package org.inviteaudit.classify;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What invite-audit knows about invitation wording, loaded from data by {@link WordingLoader}. Phrase lists are
 * ordered longest first, so a longer stock text wins over a shorter one it contains.
 */
record Wording(
        List<Phrase> stockTexts,
        List<Phrase> boilerplate,
        List<Pattern> placeholders,
        List<Phrase> greetings,
        Set<String> fillerWords,
        Map<Reason, List<Pattern>> signals) {

    static final Comparator<Phrase> LONGEST_FIRST =
            Comparator.comparingInt((Phrase p) -> p.words().size()).reversed();

    Wording {
        stockTexts = stockTexts.stream().sorted(LONGEST_FIRST).toList();
        boilerplate = boilerplate.stream().sorted(LONGEST_FIRST).toList();
        greetings = greetings.stream().sorted(LONGEST_FIRST).toList();
        placeholders = List.copyOf(placeholders);
        fillerWords = Set.copyOf(fillerWords);
        signals = Map.copyOf(signals);
    }
}
