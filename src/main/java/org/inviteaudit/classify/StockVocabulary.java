package org.inviteaudit.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The words of LinkedIn's stock sentence in every language it is known in. LinkedIn words it differently across
 * languages, versions, and formal or informal address, and most translations are unverified; so rather than match
 * each wording exactly, a note is recognised as the stock sentence when every word left in it belongs to this
 * vocabulary and it names a network. "Chciałabym dodać Cię do mojej sieci zawodowej na LinkedIn" is then found
 * however the Polish interface words it, while words of the sender's own ("poznaliśmy się na konferencji") keep it
 * from being so.
 */
final class StockVocabulary {

    private static final String LINKEDIN = "linkedin";
    // "LinkedIn'deki", "LinkedInissä", "ב-LinkedIn", "LinkedIn에서": the name with a short case ending or prefix.
    private static final int LINKEDIN_AFFIX_MAX = 8;
    private static final int UNSPACED_CHARS_PER_WORD = 2;
    // Thai's block, U+0E00, is the first of the scripts below: every code point before it is in another script.
    private static final int FIRST_UNSPACED = 0x0E00;

    private final Set<String> words;
    private final Set<Integer> unspacedChars;
    private final List<String> networkStems;
    // The stems apart by how they are found: at a word's start in a spaced script, anywhere in an unspaced one.
    private final List<String> spacedStems = new ArrayList<>();
    private final List<String> unspacedStems = new ArrayList<>();

    /**
     * @param words         folded words of the stock sentences of languages written with spaces
     * @param unspacedChars characters of the stock sentences of scripts written without spaces (Japanese, Chinese,
     *                      Thai)
     * @param networkStems  folded beginnings of the word "network" in each language; in unspaced scripts, anywhere in
     *                      a word
     */
    StockVocabulary(Set<String> words, Set<Integer> unspacedChars, List<String> networkStems) {
        this.words = Set.copyOf(words);
        this.unspacedChars = Set.copyOf(unspacedChars);
        this.networkStems = List.copyOf(networkStems);
        for (String stem : this.networkStems) {
            (isUnspaced(stem) ? unspacedStems : spacedStems).add(stem);
        }
    }

    Set<String> words() {
        return words;
    }

    Set<Integer> unspacedChars() {
        return unspacedChars;
    }

    List<String> networkStems() {
        return networkStems;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StockVocabulary that && words.equals(that.words)
                && unspacedChars.equals(that.unspacedChars) && networkStems.equals(that.networkStems);
    }

    @Override
    public int hashCode() {
        return Objects.hash(words, unspacedChars, networkStems);
    }

    @Override
    public String toString() {
        return "StockVocabulary[words=" + words + ", unspacedChars=" + unspacedChars + ", networkStems="
                + networkStems + "]";
    }

    /** Whether these words, all that is left of a note, are nothing but a stock sentence in some language. */
    boolean isStockSentence(List<Word> left) {
        boolean network = false;
        for (Word word : left) {
            String folded = word.folded();
            if (!isStockWord(folded)) {
                return false;
            }
            network |= namesNetwork(folded);
        }
        return network;
    }

    boolean isStockWord(String folded) {
        if (words.contains(folded) || isLinkedIn(folded)) {
            return true;
        }
        String rest = folded.replace(LINKEDIN, "");
        if (!isUnspaced(rest)) {
            return false;
        }
        for (int i = 0; i < rest.length(); ) {
            int c = rest.codePointAt(i);
            if (!unspacedChars.contains(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /**
     * About how many words a stock word stands for: one, or for a run of characters of a script written without
     * spaces, one per {@value #UNSPACED_CHARS_PER_WORD} characters.
     */
    int wordsIn(String folded) {
        int unspaced = 0;
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            unspaced += isUnspacedChar(c) ? 1 : 0;
            i += Character.charCount(c);
        }
        return Math.max(1, unspaced / UNSPACED_CHARS_PER_WORD);
    }

    private boolean namesNetwork(String folded) {
        if (isLinkedIn(folded)) {
            return true;
        }
        for (String stem : spacedStems) {
            if (folded.startsWith(stem)) {
                return true;
            }
        }
        for (String stem : unspacedStems) {
            if (folded.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLinkedIn(String folded) {
        int at = folded.indexOf(LINKEDIN);
        return at >= 0 && folded.length() - LINKEDIN.length() <= LINKEDIN_AFFIX_MAX && !isUnspaced(folded);
    }

    // Without streams, here and above: these run for every word of every note, where a stream cost more than the test.
    private static boolean isUnspaced(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (isUnspacedChar(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    static boolean isUnspacedChar(int codePoint) {
        return CharFlags.isUnspaced(codePoint);
    }

    /** {@link #isUnspacedChar} by the char's script. */
    static boolean isUnspacedCharByScript(int codePoint) {
        if (codePoint < FIRST_UNSPACED) {
            return false; // most characters of most notes: no script lookup
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI;
    }
}
