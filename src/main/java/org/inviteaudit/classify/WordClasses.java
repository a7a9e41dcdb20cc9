package org.inviteaudit.classify;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The classes of the wording data's word lists that a folded word belongs to, as bits, from one look-up: the
 * classifier asks several lists of every word of a note (filler, closings, "your", time and topic words), and asking
 * each list in turn was a twentieth of classifying (the profile of a large audit).
 */
final class WordClasses {

    static final int FILLER = 1;
    static final int ADDRESSEE = 1 << 1;
    static final int CLOSING = 1 << 2;
    static final int TITLE = 1 << 3;
    static final int THEIRS = 1 << 4;
    static final int TIME = 1 << 5;
    static final int TOPIC = 1 << 6;
    /** Words that are not the sender's own: filler, and what a greeting may address ("Hello team"). */
    static final int NOT_OWN = FILLER | ADDRESSEE;
    /** Words that are no part of a courtesy: what a greeting addresses and a sign-off's closing. */
    static final int NOT_COURTESY = ADDRESSEE | CLOSING;

    private final Map<String, Integer> classes = new HashMap<>();

    WordClasses(Wording wording) {
        add(wording.fillerWords(), FILLER);
        add(wording.addressees(), ADDRESSEE);
        add(wording.closings(), CLOSING);
        add(NameWords.TITLES, TITLE);
        add(wording.yourWords(), THEIRS);
        add(wording.timeWords(), TIME);
        add(wording.topicWords(), TOPIC);
    }

    // A loop, not Map.merge with a method reference: `check` links no lambda (docs/code.md).
    private void add(Set<String> words, int bit) {
        for (String word : words) {
            Integer known = classes.get(word);
            classes.put(word, known == null ? bit : known | bit);
        }
    }

    /** The classes of a folded word, as bits; 0 for a word of none. */
    int of(String folded) {
        Integer known = classes.get(folded);
        return known == null ? 0 : known;
    }
}
