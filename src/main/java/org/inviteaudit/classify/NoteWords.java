package org.inviteaudit.classify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The words of one note, with a mark on each word that the classifier has accounted for: stock text, boilerplate,
 * a greeting, a sign-off or a name. What stays unmarked is what the sender wrote beyond the formulas.
 */
final class NoteWords {

    private static final int SIGN_OFF_MAX_WORDS = 3;

    private final List<Word> words;
    private final boolean[] accounted;
    // Where each word stands, so a phrase is tried only where its first word is.
    private final Map<String, List<Integer>> positions = new HashMap<>();

    NoteWords(List<Word> words) {
        this.words = words;
        this.accounted = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            positions.computeIfAbsent(words.get(i).folded(), word -> new ArrayList<>()).add(i);
        }
    }

    /** Marks every occurrence of each phrase among the words still unmarked; gives them as the note wrote them. */
    List<String> accountForPhrases(List<Phrase> phrases) {
        List<String> found = new ArrayList<>();
        for (Phrase phrase : phrases) {
            for (int start : positions.getOrDefault(phrase.words().get(0), List.of())) {
                if (matchesAt(phrase.words(), start)) {
                    mark(start, phrase.words().size());
                    found.add(words.subList(start, start + phrase.words().size()).stream()
                            .map(Word::text).collect(Collectors.joining(" ")));
                }
            }
        }
        return found;
    }

    /**
     * Marks a greeting phrase at the very start of the note, and the name it addresses: a capitalised word after it,
     * or after a title ("Dear Dr. Lopez"), whoever it names.
     *
     * @return the word after the greeting, the one a greeting addresses, if there is a greeting and a word after it
     */
    Optional<Word> accountForGreeting(List<Phrase> greetings, Set<String> titles) {
        for (Phrase greeting : greetings) {
            if (matchesAt(greeting.words(), 0)) {
                int length = greeting.words().size();
                mark(0, length);
                if (length == words.size()) {
                    return Optional.empty();
                }
                int name = titles.contains(words.get(length).folded()) ? length + 1 : length;
                if (name < words.size() && words.get(name).isCapitalised()) {
                    mark(length, name - length + 1);
                }
                return Optional.of(words.get(length));
            }
        }
        return Optional.empty();
    }

    /**
     * Marks a signature: at most three capitalised or name words at the end, after a dash ("   -Jordan") or after a
     * closing word ("Best regards, Jordan Pike", "Cordialement, Marie").
     */
    void accountForSignOff(Set<String> nameWords, Set<String> closings) {
        for (int start = Math.max(1, words.size() - SIGN_OFF_MAX_WORDS); start < words.size(); start++) {
            boolean signed = words.get(start).dashBefore() || closings.contains(words.get(start - 1).folded());
            if (signed && allNameLike(start, nameWords)) {
                mark(start, words.size() - start);
                return;
            }
        }
    }

    /** Marks every word that is one of the given names. */
    void accountForNames(Collection<String> nameWords) {
        for (int i = 0; i < words.size(); i++) {
            if (nameWords.contains(words.get(i).folded())) {
                accounted[i] = true;
            }
        }
    }

    boolean contains(String foldedWord) {
        return positions.containsKey(foldedWord);
    }

    /** The unmarked words that carry meaning, that is, that are not filler. */
    List<Word> contentWords(Set<String> fillerWords) {
        return unaccounted().stream().filter(word -> !fillerWords.contains(word.folded())).toList();
    }

    private List<Word> unaccounted() {
        return IntStream.range(0, words.size())
                .filter(i -> !accounted[i])
                .mapToObj(words::get)
                .toList();
    }

    /**
     * The unmarked words, folded, in order. A marked stretch becomes " | " so that a signal pattern never matches
     * across words the sender did not write side by side.
     */
    String unaccountedText() {
        StringBuilder text = new StringBuilder();
        boolean gap = false;
        for (int i = 0; i < words.size(); i++) {
            if (accounted[i]) {
                gap = true;
                continue;
            }
            if (text.length() > 0) {
                text.append(gap ? " | " : " ");
            }
            text.append(words.get(i).folded());
            gap = false;
        }
        return text.toString();
    }

    private boolean allNameLike(int start, Set<String> nameWords) {
        for (int i = start; i < words.size(); i++) {
            Word word = words.get(i);
            if (!word.isCapitalised() && !nameWords.contains(word.folded())) {
                return false;
            }
        }
        return true;
    }

    private boolean matchesAt(List<String> phrase, int start) {
        if (start + phrase.size() > words.size()) {
            return false;
        }
        for (int i = 0; i < phrase.size(); i++) {
            if (accounted[start + i] || !words.get(start + i).folded().equals(phrase.get(i))) {
                return false;
            }
        }
        return true;
    }

    private void mark(int start, int length) {
        for (int i = start; i < start + length; i++) {
            accounted[i] = true;
        }
    }
}
