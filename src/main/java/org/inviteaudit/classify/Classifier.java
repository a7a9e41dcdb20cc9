package org.inviteaudit.classify;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inviteaudit.reader.Invitation;

/**
 * Gives an invitation its verdict. The wording knowledge is data ({@code wording.json}); this class holds the rules
 * that use it:
 * <ol>
 *   <li>no note, or a blank one, is {@code default};</li>
 *   <li>an unfilled merge field makes a note {@code generic}, whatever else it says;</li>
 *   <li>otherwise the formulas are set aside (a greeting, a sign-off, names, stock texts, boilerplate) and what is
 *       left decides: enough words of the sender's own make it {@code personalized}; nothing but stock text is
 *       {@code default}; anything else is {@code generic}.</li>
 * </ol>
 */
public final class Classifier {

    /** The signals found by the patterns of the wording data; the others are found by rules here. */
    static final Set<Reason> PATTERN_SIGNALS =
            EnumSet.of(Reason.SHARED_CONTEXT, Reason.THEIR_WORK, Reason.INTRODUCES_SENDER);

    // Two words of one's own make a note personal; one is enough when it comes with a signal ("Met at KubeCon").
    private static final int PERSONAL_WORDS = 2;
    private static final int PERSONAL_WORDS_WITH_SIGNAL = 1;

    // Capitalised without being proper nouns.
    private static final Set<String> NOT_PROPER_NOUNS = Set.of("i", "i'm", "i'd", "i'll", "i've", "linkedin");
    private static final Pattern DIGIT = Pattern.compile("\\p{N}");

    private final Wording wording;

    /** A classifier with the wording shipped with invite-audit. */
    public Classifier() {
        this(WordingLoader.builtIn());
    }

    Classifier(Wording wording) {
        this.wording = wording;
    }

    public Classification classify(Invitation invitation) {
        return classify(invitation.message(), invitation.from(), invitation.to());
    }

    public Classification classify(String message, String sender, String recipient) {
        return explain(message, sender, recipient).classification();
    }

    /** The verdict with what it rests on: the formulas and merge fields found, as the note spells them. */
    public Explanation explain(String message, String sender, String recipient) {
        if (message.isBlank()) {
            return new Explanation(new Classification(Verdict.DEFAULT, List.of(Reason.NO_NOTE)),
                    List.of(), List.of(), List.of());
        }
        String normalized = TextNormalizer.normalize(message);
        List<String> recipientNames = NameWords.of(recipient);
        Set<String> names = new HashSet<>(recipientNames);
        names.addAll(NameWords.of(sender));

        NoteWords note = new NoteWords(Words.of(normalized));
        note.accountForGreeting(wording.greetings());
        note.accountForSignOff(names);
        Set<Reason> formulas = EnumSet.noneOf(Reason.class);
        List<String> stockTexts = note.accountForPhrases(wording.stockTexts());
        if (!stockTexts.isEmpty()) {
            formulas.add(Reason.STOCK_TEXT);
        }
        List<String> boilerplate = note.accountForPhrases(wording.boilerplate());
        if (!boilerplate.isEmpty()) {
            formulas.add(Reason.BOILERPLATE);
        }
        note.accountForNames(names);
        List<String> placeholders = placeholders(normalized);
        Function<Classification, Explanation> explained =
                classification -> new Explanation(classification, stockTexts, boilerplate, placeholders);

        if (!placeholders.isEmpty()) {
            formulas.add(Reason.PLACEHOLDER);
            return explained.apply(new Classification(Verdict.GENERIC, List.copyOf(formulas)));
        }
        List<Word> ownWords = note.contentWords(wording.fillerWords());
        Set<Reason> signals = signals(note, ownWords, recipientNames, names);
        boolean hasPatternSignal = signals.stream().anyMatch(PATTERN_SIGNALS::contains);
        if (ownWords.size() >= PERSONAL_WORDS
                || (ownWords.size() >= PERSONAL_WORDS_WITH_SIGNAL && hasPatternSignal)) {
            if (signals.isEmpty()) {
                signals.add(Reason.OWN_WORDS);
            }
            return explained.apply(new Classification(Verdict.PERSONALIZED, List.copyOf(signals)));
        }
        if (formulas.equals(EnumSet.of(Reason.STOCK_TEXT))) {
            return explained.apply(new Classification(Verdict.DEFAULT, List.of(Reason.STOCK_TEXT)));
        }
        formulas.add(Reason.BOILERPLATE);
        return explained.apply(new Classification(Verdict.GENERIC, List.copyOf(formulas)));
    }

    /** The merge fields left unfilled, as written. */
    private List<String> placeholders(String normalized) {
        List<String> found = new ArrayList<>();
        for (Pattern pattern : wording.placeholders()) {
            Matcher m = pattern.matcher(normalized);
            while (m.find()) {
                if (!found.contains(m.group())) {
                    found.add(m.group());
                }
            }
        }
        return found;
    }

    private Set<Reason> signals(NoteWords note, List<Word> ownWords, List<String> recipientNames, Set<String> names) {
        Set<Reason> signals = EnumSet.noneOf(Reason.class);
        if (!recipientNames.isEmpty() && note.contains(recipientNames.get(0))) {
            signals.add(Reason.GREETS_BY_NAME);
        }
        String unaccounted = note.unaccountedText();
        for (Map.Entry<Reason, List<Pattern>> signal : wording.signals().entrySet()) {
            if (signal.getValue().stream().anyMatch(pattern -> pattern.matcher(unaccounted).find())) {
                signals.add(signal.getKey());
            }
        }
        if (ownWords.stream().anyMatch(word -> isSpecificDetail(word, names))) {
            signals.add(Reason.SPECIFIC_DETAIL);
        }
        return signals;
    }

    /** A number, or a capitalised word inside a sentence that is not a name: a place, an event, a company. */
    private static boolean isSpecificDetail(Word word, Set<String> names) {
        if (DIGIT.matcher(word.text()).find()) {
            return true;
        }
        return Character.isUpperCase(word.text().codePointAt(0))
                && !word.sentenceStart()
                && !names.contains(word.folded())
                && !NOT_PROPER_NOUNS.contains(word.folded());
    }
}
