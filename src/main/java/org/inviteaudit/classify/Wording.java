package org.inviteaudit.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What invite-audit knows about invitation wording, loaded from data by {@link WordingLoader}. Phrase lists are
 * ordered longest first, so a longer stock text wins over a shorter one it contains.
 *
 * @param stockVocabulary the stock sentence's words in every language, for translations worded otherwise
 * @param outreach   patterns per reason for what makes a note generic however long: a pitch, an offer, a request
 * @param addressees words a greeting may address that are not names ("Hi there", "Hello team")
 * @param closings   words after which a name at the end is a signature ("regards", "cordialement")
 * @param timeWords  words that date what a note tells to the days around it ("yesterday", "gestern")
 * @param yourWords  the words by which a note speaks of its recipient and what is theirs ("your", "votre")
 * @param topicWords the words that bring in what something is about ("on", "sobre")
 */
record Wording(
        List<Phrase> stockTexts,
        StockVocabulary stockVocabulary,
        List<Phrase> boilerplate,
        Map<Reason, List<WordingPattern>> outreach,
        List<WordingPattern> placeholders,
        List<Phrase> greetings,
        Set<String> addressees,
        Set<String> closings,
        Set<String> fillerWords,
        Map<Reason, List<WordingPattern>> signals,
        Set<String> timeWords,
        Set<String> yourWords,
        Set<String> topicWords) {

    Wording {
        stockTexts = longestFirst(stockTexts);
        boilerplate = longestFirst(boilerplate);
        greetings = longestFirst(greetings);
        placeholders = List.copyOf(placeholders);
        addressees = Set.copyOf(addressees);
        closings = Set.copyOf(closings);
        fillerWords = Set.copyOf(fillerWords);
        signals = Map.copyOf(signals);
        outreach = Map.copyOf(outreach);
        timeWords = Set.copyOf(timeWords);
        yourWords = Set.copyOf(yourWords);
        topicWords = Set.copyOf(topicWords);
    }

    /**
     * The phrases longest first, the order kept among those of a length (a stable sort). Those of the wording image
     * come so already, and are then only copied. No stream or lambda: {@code check} links none (docs/code.md).
     */
    private static List<Phrase> longestFirst(List<Phrase> phrases) {
        for (int i = 1; i < phrases.size(); i++) {
            if (phrases.get(i - 1).words().size() < phrases.get(i).words().size()) {
                List<Phrase> sorted = new ArrayList<>(phrases);
                sorted.sort(new LongestFirst());
                return List.copyOf(sorted);
            }
        }
        return List.copyOf(phrases);
    }

    private static final class LongestFirst implements Comparator<Phrase> {
        @Override
        public int compare(Phrase one, Phrase other) {
            return Integer.compare(other.words().size(), one.words().size());
        }
    }

    /** This wording and the user's phrases, each kind with its own kind. */
    Wording with(UserPhrases user) {
        return new Wording(joined(stockTexts, user.stockTexts()), stockVocabulary,
                joined(boilerplate, user.boilerplate()), outreach, placeholders, greetings, addressees, closings,
                fillerWords, signals, timeWords, yourWords, topicWords);
    }

    private static List<Phrase> joined(List<Phrase> ours, List<Phrase> theirs) {
        List<Phrase> joined = new ArrayList<>(ours);
        joined.addAll(theirs);
        return joined;
    }
}
