package org.inviteaudit.classify;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Phrases filed by their first word, so that a note is tried only against the phrases that one of its words can
 * start: a note has some thirty different words, the wording data some five hundred phrases.
 */
final class PhraseIndex {

    private final List<Phrase> phrases;
    private final Map<String, BitSet> byFirstWord = new HashMap<>();
    // The same, as lists in the order to try them, for the note's first word alone (a greeting, an opening phrase).
    private final Map<String, List<Phrase>> listsByFirstWord = new HashMap<>();

    /** @param phrases in the order they are to be tried: longest first, so that a longer phrase wins */
    PhraseIndex(List<Phrase> phrases) {
        this.phrases = List.copyOf(phrases);
        for (int i = 0; i < this.phrases.size(); i++) {
            Phrase phrase = this.phrases.get(i);
            // No lambda: what `check` runs links none (docs/code.md).
            String first = phrase.words().get(0);
            BitSet filed = byFirstWord.get(first);
            if (filed == null) {
                filed = new BitSet();
                byFirstWord.put(first, filed);
                listsByFirstWord.put(first, new ArrayList<>());
            }
            filed.set(i);
            listsByFirstWord.get(first).add(phrase);
        }
    }

    /** The phrases that start with one of these folded words, in the order they are to be tried. */
    List<Phrase> startingWithAnyOf(Set<String> words) {
        BitSet found = new BitSet();
        for (String word : words) {
            BitSet filed = byFirstWord.get(word);
            if (filed != null) {
                found.or(filed);
            }
        }
        List<Phrase> candidates = new ArrayList<>(found.cardinality());
        for (int i = found.nextSetBit(0); i >= 0; i = found.nextSetBit(i + 1)) {
            candidates.add(phrases.get(i));
        }
        return candidates;
    }

    /** The phrases that start with this folded word, in the order they are to be tried. */
    List<Phrase> startingWith(String word) {
        return listsByFirstWord.getOrDefault(word, List.of());
    }
}
