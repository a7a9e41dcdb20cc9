package org.inviteaudit.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The option a mistyped one was probably meant to be: the options fewest edits away (a letter added, dropped, changed
 * or two swapped, as in "--fromat"), at most two edits and at most a third of the word, so that "--xyz" suggests
 * nothing; a single letter ("-x") gets no suggestion.
 */
final class ClosestOption {

    private static final int MOST_EDITS = 2;
    private static final int MIN_LETTERS = 2;

    private ClosestOption() {
    }

    /** The closest option names, nearest first among equals in the order given; empty when none is close. */
    static List<String> to(String typed, Collection<String> names) {
        String word = typed.contains("=") ? typed.substring(0, typed.indexOf('=')) : typed;
        if (stripDashes(word).length() < MIN_LETTERS) {
            return List.of(); // every one-letter option is one edit away
        }
        int allowed = Math.min(MOST_EDITS, Math.max(1, stripDashes(word).length() / 3));
        int best = allowed + 1;
        List<String> closest = new ArrayList<>();
        for (String name : names) {
            int distance = distance(word, name);
            if (distance < best) {
                best = distance;
                closest.clear();
            }
            if (distance == best) {
                closest.add(name);
            }
        }
        return best <= allowed ? closest : List.of();
    }

    private static String stripDashes(String word) {
        int start = 0;
        while (start < word.length() && word.charAt(start) == '-') {
            start++;
        }
        return word.substring(start);
    }

    /** Edits from one word to the other, a swap of two neighbouring letters counting as one (optimal alignment). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
