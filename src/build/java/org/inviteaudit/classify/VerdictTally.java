package org.inviteaudit.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Verdicts against people's labels: the confusion matrix, the share right on personalized-or-not and on the three
 * verdicts, the precision and recall of personalized, and personalized-or-not per language. Real exports hold few
 * personal notes, so precision (how many of the notes called personalized are) says more than the share right.
 */
final class VerdictTally {

    private final int[][] confusion = new int[3][3];
    private final Map<String, int[]> byLanguage = new TreeMap<>();
    private final List<String> misses = new ArrayList<>();

    void add(RealNotes.Note note, Classification got) {
        confusion[note.label().ordinal()][got.verdict().ordinal()]++;
        int[] language = byLanguage.computeIfAbsent(note.language(), key -> new int[2]);
        language[1]++;
        boolean rightSide = (note.label() == Verdict.PERSONALIZED) == (got.verdict() == Verdict.PERSONALIZED);
        if (rightSide) {
            language[0]++;
        }
        if (got.verdict() != note.label()) {
            misses.add(String.format(Locale.ROOT, "%s %s: %s, called %s %s", rightSide ? " " : "!", note.id(),
                    note.label().id(), got.verdict().id(), got.reasons().stream().map(Reason::id).toList())
                    + "\n      " + note.text());
        }
    }

    void addAll(VerdictTally other) {
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                confusion[i][j] += other.confusion[i][j];
            }
        }
        other.byLanguage.forEach((language, counts) -> {
            int[] mine = byLanguage.computeIfAbsent(language, key -> new int[2]);
            mine[0] += counts[0];
            mine[1] += counts[1];
        });
        misses.addAll(other.misses);
    }

    int total() {
        int total = 0;
        for (int[] row : confusion) {
            for (int count : row) {
                total += count;
            }
        }
        return total;
    }

    double threeWay() {
        return ratio(confusion[0][0] + confusion[1][1] + confusion[2][2], total());
    }

    double personalizedOrNot() {
        int p = Verdict.PERSONALIZED.ordinal();
        int wrong = 0;
        for (int i = 0; i < 3; i++) {
            if (i != p) {
                wrong += confusion[i][p] + confusion[p][i];
            }
        }
        return ratio(total() - wrong, total());
    }

    int calledPersonalized() {
        int p = Verdict.PERSONALIZED.ordinal();
        return confusion[0][p] + confusion[1][p] + confusion[2][p];
    }

    int labelledPersonalized() {
        int[] row = confusion[Verdict.PERSONALIZED.ordinal()];
        return row[0] + row[1] + row[2];
    }

    int personalRight() {
        int p = Verdict.PERSONALIZED.ordinal();
        return confusion[p][p];
    }

    double precision() {
        return ratio(personalRight(), calledPersonalized());
    }

    double recall() {
        return ratio(personalRight(), labelledPersonalized());
    }

    List<String> misses() {
        return misses;
    }

    /** The figures on one line: what the README's table of candidates shows. */
    String summary() {
        return String.format(Locale.ROOT, "%4d notes  p-or-not %.3f  3-way %.3f  precision %s  recall %s  lost %d",
                total(), personalizedOrNot(), threeWay(), fraction(personalRight(), calledPersonalized()),
                fraction(personalRight(), labelledPersonalized()), labelledPersonalized() - personalRight());
    }

    String matrix() {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "      %-14s", "label \\ called"));
        for (Verdict got : Verdict.values()) {
            text.append(String.format(Locale.ROOT, "%13s", got.id()));
        }
        text.append('\n');
        for (Verdict label : Verdict.values()) {
            text.append(String.format(Locale.ROOT, "      %-14s", label.id()));
            for (Verdict got : Verdict.values()) {
                text.append(String.format(Locale.ROOT, "%13d", confusion[label.ordinal()][got.ordinal()]));
            }
            text.append('\n');
        }
        StringBuilder languages = new StringBuilder("      personalized-or-not by language:");
        byLanguage.forEach((language, counts) -> languages.append(String.format(Locale.ROOT, "  %s %d/%d", language,
                counts[0], counts[1])));
        return text.append(languages).append('\n').toString();
    }

    private static String fraction(int part, int whole) {
        return whole == 0 ? "  -  (0/0)" : String.format(Locale.ROOT, "%.3f (%d/%d)", ratio(part, whole), part, whole);
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? Double.NaN : (double) part / whole;
    }
}
