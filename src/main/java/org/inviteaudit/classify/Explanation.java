package org.inviteaudit.classify;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A classification with what it rests on, as the note spells it, for advice on a draft.
 *
 * @param stockTexts   LinkedIn's stock wording found in the note
 * @param boilerplate  phrases that could go to anyone, found in the note
 * @param placeholders merge fields left unfilled
 * @param signals      the signs of a personal note found, whatever the verdict: a generic note may greet by name
 * @param greeted      the name that the greeting addresses, as the note spells it ("Sam" in "Hi Sam,"), if it does
 *                     (not a filler word, nor a word of a merge field: "Hi [First Name]" greets no one)
 */
public record Explanation(Classification classification, List<String> stockTexts, List<String> boilerplate,
        List<String> placeholders, Set<Reason> signals, Optional<String> greeted) {

    public Explanation {
        signals = Set.copyOf(signals);
        stockTexts = List.copyOf(stockTexts);
        boilerplate = List.copyOf(boilerplate);
        placeholders = List.copyOf(placeholders);
    }
}
