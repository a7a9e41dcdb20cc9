package org.inviteaudit.classify;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the cues of a note that its words show beside what the wording data's phrases and patterns find: a question,
 * contact details, a moment dated to the days around it, something of the recipient's named or what it is about, a
 * name or an event in capitals, how many words of its own it has. {@link NoteFeatures} gives each cue a feature.
 */
final class CueFinder {

    // "your talk on" + what it was on: the words looked at, and how many of them must be more than filler.
    static final int TOPIC_WORDS = 4;
    static final int TOPIC_SUBSTANCE = 2;
    // "your recent LinkedIn post on": how far after "your" the topic word may stand.
    private static final int TOPIC_AFTER_YOURS = 4;
    // Boilerplate with at most this many words of one's own beside it is all the note says.
    private static final int FEW_OWN_WORDS = 3;
    // "your talk at the Leeds meetup": how far after "your" the detail may stand.
    private static final int THEIR_THING_WORDS = 7;
    // A phone number: this many digits in a row, however grouped.
    private static final int PHONE_DIGITS = 7;
    // Notes in English and the six other languages with filler lists are a fifth filler words or more.
    static final int KNOWN_LANGUAGE_FILLER_SHARE_DIVISOR = 5;

    // The cues that stand for a reason or a signal found: looked up on every note.
    private static final Map<Reason, NoteFeatures.Cue> REASON_CUES = new EnumMap<>(Reason.class);

    static {
        for (NoteFeatures.Cue cue : NoteFeatures.Cue.values()) {
            if (cue.reason().isPresent()) {
                REASON_CUES.put(cue.reason().get(), cue);
            }
        }
    }

    private CueFinder() {
    }

    /**
     * The cues of a note: those of the reasons and signals found, and those its words show.
     *
     * @param note    its words as the classifier read them: whether a greeting opens it, each word's classes
     * @param details for each word, whether it is a specific detail that names no person
     */
    static Set<NoteFeatures.Cue> find(Set<Reason> found, Set<Reason> signals, int ownWords, String normalized,
            NoteWords note, boolean[] details) {
        List<Word> words = note.words();
        Set<NoteFeatures.Cue> cues = EnumSet.noneOf(NoteFeatures.Cue.class);
        for (Map.Entry<Reason, NoteFeatures.Cue> cue : REASON_CUES.entrySet()) {
            if (found.contains(cue.getKey()) || signals.contains(cue.getKey())) {
                cues.add(cue.getValue());
            }
        }
        if (note.opensWithGreeting()) {
            cues.add(NoteFeatures.Cue.GREETING);
        }
        if (normalized.indexOf('?') >= 0) {
            cues.add(NoteFeatures.Cue.QUESTION);
        }
        if (hasContactDetails(normalized, words)) {
            cues.add(NoteFeatures.Cue.CONTACT);
        }
        if (isInAKnownLanguage(note)) {
            cues.add(NoteFeatures.Cue.KNOWN_LANGUAGE);
        }
        cues.add(NoteFeatures.Cue.ofOwnWords(ownWords));
        if (found.contains(Reason.BOILERPLATE) && ownWords <= FEW_OWN_WORDS) {
            cues.add(NoteFeatures.Cue.BOILERPLATE_ALONE);
        }
        if (anyWordOf(note, WordClasses.TIME)) {
            cues.add(NoteFeatures.Cue.RECENT);
        }
        int[] sinceTheirs = wordsSinceAWordOfTheirs(note);
        if (namesSomethingOfTheirs(words, sinceTheirs, details)) {
            cues.add(NoteFeatures.Cue.THEIR_NAMED_THING);
        }
        if (namesWhatTheirsIsAbout(note, sinceTheirs)) {
            cues.add(NoteFeatures.Cue.THEIR_TOPIC);
        }
        for (int i = 1; i < words.size(); i++) {
            if (details[i - 1] && details[i] && !words.get(i - 1).hasDigit() && !words.get(i).hasDigit()) {
                cues.add(NoteFeatures.Cue.PROPER_NOUN_PHRASE);
                break;
            }
        }
        return cues;
    }

    /**
     * "your post on schema migrations": a word of theirs, a topic word within {@value #TOPIC_AFTER_YOURS} words, and
     * {@value #TOPIC_SUBSTANCE} words of substance (not filler) in the {@value #TOPIC_WORDS} words after it, in the
     * same sentence.
     */
    private static boolean namesWhatTheirsIsAbout(NoteWords note, int[] sinceTheirs) {
        for (int j = 0; j < sinceTheirs.length; j++) {
            if (isWithin(sinceTheirs[j], TOPIC_AFTER_YOURS) && note.isOf(j, WordClasses.TOPIC)
                    && substanceAfter(note, j + 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean substanceAfter(NoteWords note, int from) {
        List<Word> words = note.words();
        int substance = 0;
        for (int k = from; k < Math.min(words.size(), from + TOPIC_WORDS); k++) {
            if (words.get(k).sentenceStart()) {
                break;
            }
            substance += note.isOf(k, WordClasses.NOT_OWN) ? 0 : 1;
        }
        return substance >= TOPIC_SUBSTANCE;
    }

    /** "your talk at JFokus", "votre article « Data »", "your 3 years at Acme": a word of theirs, then a detail. */
    private static boolean namesSomethingOfTheirs(List<Word> words, int[] sinceTheirs, boolean[] details) {
        for (int j = 0; j < sinceTheirs.length; j++) {
            if (isWithin(sinceTheirs[j], THEIR_THING_WORDS) && (words.get(j).quoteBefore() || details[j])) {
                return true;
            }
        }
        return false;
    }

    /**
     * For each word, how many words after the nearest word of theirs ("your") before it in the same sentence it
     * stands, or 0 where none is: worked out once for the two cues that look after such a word, each within its own
     * window; an array rather than a predicate to test, since {@code check} links no lambda (docs/code.md).
     */
    private static int[] wordsSinceAWordOfTheirs(NoteWords note) {
        List<Word> words = note.words();
        int[] since = new int[words.size()];
        int theirs = -1;
        for (int j = 0; j < since.length; j++) {
            Word word = words.get(j);
            if (word.sentenceStart()) {
                theirs = -1;
            }
            since[j] = theirs < 0 ? 0 : j - theirs;
            if (note.isOf(j, WordClasses.YOURS)) {
                theirs = j;
            }
        }
        return since;
    }

    private static boolean isWithin(int wordsSinceTheirs, int window) {
        return wordsSinceTheirs > 0 && wordsSinceTheirs <= window;
    }

    /** A web address, an e-mail address, or a phone number (seven digits or more, however grouped). */
    private static boolean hasContactDetails(String normalized, List<Word> words) {
        if (normalized.indexOf('@') >= 0 || containsIgnoringCase(normalized, "http")
                || containsIgnoringCase(normalized, "www.")) {
            return true;
        }
        int digits = 0;
        for (Word word : words) {
            // "555-123-4567" is one word: hyphens group digits as spaces do.
            digits = isANumber(word.text()) ? digits + digitsIn(word.text()) : 0;
            if (digits >= PHONE_DIGITS) {
                return true;
            }
        }
        return false;
    }

    /** Digits and hyphens alone. */
    private static boolean isANumber(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isDigit(c) && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static int digitsIn(String text) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            digits += Character.isDigit(text.charAt(i)) ? 1 : 0;
        }
        return digits;
    }

    /** Whether enough of the note's words are filler of a language the wording data covers to judge it by them. */
    private static boolean isInAKnownLanguage(NoteWords note) {
        int wordCount = note.words().size();
        int filler = 0;
        for (int i = 0; i < wordCount; i++) {
            filler += note.isOf(i, WordClasses.NOT_OWN) ? 1 : 0;
        }
        return filler * KNOWN_LANGUAGE_FILLER_SHARE_DIVISOR >= wordCount;
    }

    private static boolean containsIgnoringCase(String text, String ascii) {
        // Compared in full only where its first letter stands, in either case: a note has few.
        char lower = ascii.charAt(0);
        char upper = Character.toUpperCase(lower);
        for (int i = 0; i + ascii.length() <= text.length(); i++) {
            char c = text.charAt(i);
            if ((c == lower || c == upper) && text.regionMatches(true, i, ascii, 0, ascii.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyWordOf(NoteWords note, int classBits) {
        for (int i = 0; i < note.words().size(); i++) {
            if (note.isOf(i, classBits)) {
                return true;
            }
        }
        return false;
    }
}
