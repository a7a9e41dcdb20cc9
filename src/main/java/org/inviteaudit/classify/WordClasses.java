package org.inviteaudit.classify;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of the wording data that a folded word is in (filler, addressees, closings, titles, "your", time and
 * topic words), as bits, from one look-up: the classifier asks several of them of every word of a note, and asking
 * each list in turn was some 9 % of classifying (the profile of a large audit).
 */
final class WordClasses {

    static final int FILLER = 1;
    static final int ADDRESSEE = 1 << 1;
    static final int CLOSING = 1 << 2;
    static final int TITLE = 1 << 3;
    static final int YOURS = 1 << 4;
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
        add(wording.yourWords(), YOURS);
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

    /** Whether a folded word is in any of these lists (this class's bits). */
    boolean isOf(String folded, int classBits) {
        return (of(folded) & classBits) != 0;
    }

    /** The classes of a folded word, as bits; 0 for a word of none. */
    int of(String folded) {
        Integer known = classes.get(folded);
        return known == null ? 0 : known;
    }
}
