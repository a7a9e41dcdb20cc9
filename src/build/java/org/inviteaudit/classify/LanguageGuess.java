package org.inviteaudit.classify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The language of a note that its set does not label, for the figures per language: the language of the wording
 * data's filler words that the note uses most, when it uses at least two of them, they are at least a fifth of its
 * words, and no other language's are as many (Spanish and Portuguese share many); else {@code ?}. A guess, shown
 * with a {@code ~} after the code.
 */
final class LanguageGuess {

    private static final int MIN_WORDS = 2;
    private static final Map<String, Set<String>> FILLER_BY_LANGUAGE = fillerByLanguage();

    private LanguageGuess() {
    }

    static String of(String note) {
        var words = Words.of(TextNormalizer.normalize(note));
        String best = "?";
        int bestCount = 0;
        boolean tied = false;
        for (Map.Entry<String, Set<String>> language : FILLER_BY_LANGUAGE.entrySet()) {
            int count = 0;
            for (Word word : words) {
                count += language.getValue().contains(word.folded()) ? 1 : 0;
            }
            tied = count == bestCount || count < bestCount && tied;
            if (count > bestCount) {
                best = language.getKey();
                bestCount = count;
            }
        }
        boolean enough = bestCount >= MIN_WORDS
                && bestCount * CueFinder.KNOWN_LANGUAGE_FILLER_SHARE_DIVISOR >= words.size();
        return enough && !tied ? best + "~" : "?";
    }

    private static Map<String, Set<String>> fillerByLanguage() {
        try (InputStream in = LanguageGuess.class.getResourceAsStream(WordingLoader.BUILT_IN)) {
            JsonNode filler = new ObjectMapper().readTree(in).get("fillerWords");
            Map<String, Set<String>> byLanguage = new LinkedHashMap<>();
            filler.fieldNames().forEachRemaining(language -> {
                if (!language.startsWith("_")) {
                    Set<String> words = new HashSet<>();
                    // Folded as the wording loader folds them: "d'" is the word "d".
                    filler.get(language).forEach(word -> words.addAll(Words.folded(word.asText())));
                    byLanguage.put(language, words);
                }
            });
            return byLanguage;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
