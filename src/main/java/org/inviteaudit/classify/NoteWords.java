package org.inviteaudit.classify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words of one note, with a mark on each word that the classifier has accounted for: stock text, boilerplate,
 * a greeting, a sign-off or a name. What stays unmarked is what the sender wrote beyond the formulas.
 */
final class NoteWords {

    private static final int SIGN_OFF_MAX_WORDS = 3;
    private static final int GREETED_LAST_NAMES = 2;
    // One stray word beside a whole stock sentence ("… na LinkedIn. Pozdrawiam") is left to judge on its own; beside
    // a short one it is not: "Add me on LinkedIn, Priya" is no stock sentence.
    private static final int STOCK_WORDS_BESIDE_A_STRAY = 5;

    private final List<Word> words;
    // Each word's classes in the wording's lists, looked up once.
    private final int[] classes;
    private final boolean[] accounted;
    // The words that name a person: whom the greeting addresses, who signs, the sender and the recipient.
    private final boolean[] personName;
    private boolean greeting;
    // Where each word stands, so a phrase is tried only where its first word is.
    private final Map<String, List<Integer>> positions = new HashMap<>();

    NoteWords(List<Word> words, WordClasses wordClasses) {
        this.words = words;
        this.classes = new int[words.size()];
        this.accounted = new boolean[words.size()];
        this.personName = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            classes[i] = wordClasses.of(words.get(i).folded());
            // Not computeIfAbsent with a lambda: check links none (docs/code.md).
            List<Integer> at = positions.get(words.get(i).folded());
            if (at == null) {
                at = new ArrayList<>(1);
                positions.put(words.get(i).folded(), at);
            }
            at.add(i);
        }
    }

    /** Marks every occurrence of each phrase among the words still unmarked; gives them as the note wrote them. */
    List<String> accountForPhrases(PhraseIndex phrases) {
        return accountForPhrases(phrases.startingWithAnyOf(positions.keySet()), false);
    }

    /** Marks the first of the phrases that opens the note, if one does; gives it as the note wrote it. */
    List<String> accountForOpeningPhrase(PhraseIndex phrases) {
        return words.isEmpty() ? List.of()
                : accountForPhrases(phrases.startingWith(words.get(0).folded()), true);
    }

    private List<String> accountForPhrases(List<Phrase> phrases, boolean openingOnly) {
        List<String> found = new ArrayList<>();
        for (Phrase phrase : phrases) {
            for (int start : positions.getOrDefault(phrase.words().get(0), List.of())) {
                if ((!openingOnly || start == 0) && matchesAt(phrase.words(), start)) {
                    mark(start, phrase.words().size());
                    found.add(texts(start, start + phrase.words().size()));
                }
            }
        }
        return found;
    }

    /**
     * Marks a greeting phrase at the very start of the note, and the name it addresses: a capitalised word after it,
     * or after a title ("Dear Dr. Lopez"), whoever it names, with the capitalised last names that follow it with
     * nothing between ("Hi Maria Lopez"), unless a new sentence starts after the greeting. In a script without
     * letter case and with spaces (Arabic, Hebrew, Korean), the word that follows the greeting with nothing between
     * is the name ("مرحبا أحمد"); in one written without spaces no word can be told to be a name.
     *
     * @return the word after the greeting, the one a greeting addresses, if there is a greeting and a word after it
     */
    Optional<Word> accountForGreeting(PhraseIndex greetings) {
        if (words.isEmpty()) {
            return Optional.empty();
        }
        for (Phrase greeting : greetings.startingWith(words.get(0).folded())) {
            if (matchesAt(greeting.words(), 0)) {
                this.greeting = true;
                int length = greeting.words().size();
                mark(0, length);
                if (length == words.size()) {
                    return Optional.empty();
                }
                if (words.get(length).sentenceStart()) {
                    return Optional.empty(); // "Hello! We're hosting…": the greeting stands alone
                }
                int name = isOf(length, WordClasses.TITLE) ? length + 1 : length;
                if (name < words.size() && isGreetedName(words.get(name))) {
                    int end = name + 1;
                    while (end < words.size() && end <= name + GREETED_LAST_NAMES && words.get(end).joined()
                            && words.get(end).isCapitalised()) {
                        end++;
                    }
                    mark(length, end - length);
                    markPersonName(name, end);
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
    void accountForSignOff(Set<String> nameWords) {
        for (int start = Math.max(1, words.size() - SIGN_OFF_MAX_WORDS); start < words.size(); start++) {
            boolean signed = words.get(start).dashBefore() || isOf(start - 1, WordClasses.CLOSING);
            if (signed && allNameLike(start, nameWords)) {
                mark(start, words.size() - start);
                markPersonName(start, words.size());
                return;
            }
        }
    }

    /** Marks every word that is one of the given names, also with a Japanese or Korean honorific ("Lenaさん"). */
    void accountForNames(Collection<String> nameWords) {
        for (int i = 0; i < words.size(); i++) {
            String folded = words.get(i).folded();
            if (nameWords.contains(folded) || nameWords.contains(NameWords.withoutHonorific(folded))) {
                accounted[i] = true;
                personName[i] = true;
            }
        }
    }

    /**
     * Marks what is left of the note when it is nothing but LinkedIn's stock sentence in some language, worded as the
     * vocabulary allows (see {@link StockVocabulary}); one word outside it, and not a formula word, is left
     * unmarked, as a stray word beside exact stock text is ("Pozdrawiam").
     *
     * @return the stock sentence as the note wrote it, when there is one
     */
    Optional<String> accountForStockSentence(StockVocabulary vocabulary) {
        List<Integer> stock = new ArrayList<>();
        List<Integer> stray = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (accounted[i] || isOf(i, WordClasses.CLOSING)) {
                continue;
            }
            (vocabulary.isStockWord(words.get(i).folded()) ? stock : stray).add(i);
            if (stray.size() > 1) {
                return Optional.empty();
            }
        }
        int stockLength = 0;
        List<Word> stockWords = new ArrayList<>(stock.size());
        for (int i : stock) {
            stockLength += vocabulary.wordsIn(words.get(i).folded());
            stockWords.add(words.get(i));
        }
        // A stray formula word ("would love to add you to my network") is the sender's wording, not LinkedIn's.
        boolean strayAllowed = stray.isEmpty() || stray.size() == 1 && stockLength >= STOCK_WORDS_BESIDE_A_STRAY
                && !isOf(stray.get(0), WordClasses.NOT_OWN);
        if (stock.isEmpty() || !strayAllowed
                || !vocabulary.isStockSentence(stockWords)) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        for (int i : stock) {
            accounted[i] = true;
            text.append(text.length() == 0 ? "" : " ").append(words.get(i).text());
        }
        return Optional.of(text.toString());
    }

    private static boolean isGreetedName(Word word) {
        return word.isCapitalised()
                || word.isUncased() && word.joined() && !StockVocabulary.isUnspacedChar(word.text().codePointAt(0));
    }

    /** Whether the word at this place names a person: the greeted, the signature, the sender or the recipient. */
    boolean isPersonName(int at) {
        return personName[at];
    }

    private void markPersonName(int from, int to) {
        for (int i = from; i < to; i++) {
            personName[i] = true;
        }
    }

    /** Whether {@link #accountForGreeting} found a greeting. */
    boolean opensWithGreeting() {
        return greeting;
    }

    /** Whether the word at this place is in any of these lists ({@link WordClasses}' bits). */
    boolean isOf(int at, int classBits) {
        return (classes[at] & classBits) != 0;
    }

    /** The note's words, marked or not. */
    List<Word> words() {
        return words;
    }

    boolean contains(String foldedWord) {
        return positions.containsKey(foldedWord);
    }

    /** The unmarked words that carry meaning: not filler, nor what a greeting may address. */
    List<Word> contentWords() {
        List<Word> content = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (!accounted[i] && !isOf(i, WordClasses.NOT_OWN)) {
                content.add(words.get(i));
            }
        }
        return content;
    }

    /** How many words are left unmarked, filler included, but for closings and what a greeting may address. */
    int unaccountedCount() {
        int count = 0;
        for (int i = 0; i < words.size(); i++) {
            count += accounted[i] || isOf(i, WordClasses.NOT_COURTESY) ? 0 : 1;
        }
        return count;
    }


    /**
     * The unmarked words, folded, in order. A marked stretch becomes " | " so that a signal pattern never matches
     * across words the sender did not write side by side; a quotation mark that opens before a word is kept, since
     * it names something ("your post \"Stop calling it a lake\"").
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
                text.append(gap || words.get(i).sentenceStart() ? " | " : " ");
            }
            if (words.get(i).quoteBefore()) {
                text.append('"');
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

    /** The words from one place to another as the note wrote them, a space between each two. */
    private String texts(int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < to; i++) {
            text.append(i == from ? "" : " ").append(words.get(i).text());
        }
        return text.toString();
    }

    private void mark(int start, int length) {
        for (int i = start; i < start + length; i++) {
            accounted[i] = true;
        }
    }
}
