package org.inviteaudit.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits normalised text into words, keeping inner apostrophes and hyphens ("I'd", "like-minded"). */
final class Words {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:['-][\\p{L}\\p{M}\\p{N}]+)*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;]");

    private Words() {
    }

    static List<Word> of(String normalized) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(normalized);
        int previousEnd = 0;
        while (m.find()) {
            String gap = normalized.substring(previousEnd, m.start());
            boolean sentenceStart = words.isEmpty() || SENTENCE_END.matcher(gap).find();
            boolean dashBefore = !words.isEmpty() && gap.contains("-");
            words.add(new Word(m.group(), TextNormalizer.fold(m.group()), sentenceStart, dashBefore));
            previousEnd = m.end();
        }
        return words;
    }

    /** The folded words of a phrase from the wording data. */
    static List<String> folded(String phrase) {
        List<String> folded = new ArrayList<>();
        for (Word word : of(TextNormalizer.normalize(phrase))) {
            folded.add(word.folded());
        }
        return folded;
    }
}
