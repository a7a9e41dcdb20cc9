package org.inviteaudit.classify;

import java.util.List;
import java.util.Set;

/**
 * The words of LinkedIn's stock sentence in every language it is known in. LinkedIn words it differently across
 * languages, versions, and formal or informal address, and most translations are unverified; so rather than match
 * each wording exactly, a note is recognised as the stock sentence when every word left in it belongs to this
 * vocabulary and it names a network. "Chciałabym dodać Cię do mojej sieci zawodowej na LinkedIn" is then found
 * however the Polish interface words it, while words of the sender's own ("poznaliśmy się na konferencji") keep it
 * from being so.
 *
 * @param words         folded words of the stock sentences of languages written with spaces
 * @param unspacedChars characters of the stock sentences of scripts written without spaces (Japanese, Chinese, Thai)
 * @param networkStems  folded beginnings of the word "network" in each language; in unspaced scripts, anywhere in a word
 */
record StockVocabulary(Set<String> words, Set<Integer> unspacedChars, List<String> networkStems) {

    private static final String LINKEDIN = "linkedin";
    // "LinkedIn'deki", "LinkedInissä", "ב-LinkedIn", "LinkedIn에서": the name with a short case ending or prefix.
    private static final int LINKEDIN_AFFIX_MAX = 8;
    private static final int UNSPACED_CHARS_PER_WORD = 2;
    // Thai's block, U+0E00, is the first of the scripts below: every code point before it is in another script.
    private static final int FIRST_UNSPACED = 0x0E00;

    StockVocabulary {
        words = Set.copyOf(words);
        unspacedChars = Set.copyOf(unspacedChars);
        networkStems = List.copyOf(networkStems);
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
        for (String stem : networkStems) {
            if (isUnspaced(stem) ? folded.contains(stem) : folded.startsWith(stem)) {
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
        if (codePoint < FIRST_UNSPACED) {
            return false; // most characters of most notes: no script lookup
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI;
    }
}
