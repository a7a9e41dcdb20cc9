package org.inviteaudit.classify;

import java.util.List;

/**
 * A classification with what it rests on, as the note spells it, for advice on a draft.
 *
 * @param stockTexts   LinkedIn's stock wording found in the note
 * @param boilerplate  phrases that could go to anyone, found in the note
 * @param placeholders merge fields left unfilled
 */
public record Explanation(Classification classification, List<String> stockTexts, List<String> boilerplate,
        List<String> placeholders) {

    public Explanation {
        stockTexts = List.copyOf(stockTexts);
        boilerplate = List.copyOf(boilerplate);
        placeholders = List.copyOf(placeholders);
    }
}
