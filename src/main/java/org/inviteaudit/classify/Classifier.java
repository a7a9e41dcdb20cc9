package org.inviteaudit.classify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.inviteaudit.reader.Invitation;

/**
 * Gives an invitation its verdict. The wording knowledge is data ({@code wording.json}, and the user's phrases);
 * this class holds the rules that use it:
 * <ol>
 *   <li>no note, or a blank one, is {@code default};</li>
 *   <li>the formulas are set aside: stock texts (also a translation worded otherwise, by the stock vocabulary), a
 *       greeting, a sign-off, names, boilerplate and filler;</li>
 *   <li>an unfilled merge field, or a greeting to someone other than the recipient, makes a note {@code generic},
 *       whatever else it says; nothing but stock text is {@code default}, even when sent to many;</li>
 *   <li>a note that one sender sent to many people, or many senders sent (see {@link TemplateCensus}), is
 *       {@code generic}, however personal it reads;</li>
 *   <li>evidence that the note was written for its recipient (a shared history, their named work) makes it
 *       {@code personalized}, whatever it also pitches;</li>
 *   <li>without evidence, a pitch, an offer, a request or boilerplate makes it {@code generic} however long it is;
 *       a note with none of these and words of the sender's own is {@code personalized}.</li>
 * </ol>
 */
public final class Classifier {

    /** The signals found by the patterns of the wording data; the others are found by rules here. */
    static final Set<Reason> PATTERN_SIGNALS =
            EnumSet.of(Reason.SHARED_CONTEXT, Reason.THEIR_WORK, Reason.INTRODUCES_SENDER);
    /** The signals that show a note was written for its recipient; greeting by name or introducing oneself do not. */
    static final Set<Reason> EVIDENCE = EnumSet.of(Reason.SHARED_CONTEXT, Reason.THEIR_WORK);
    /** What a note offers or asks of anyone it reaches: with no evidence, each makes a note generic. */
    static final Set<Reason> PITCHES = EnumSet.of(Reason.SALES_PITCH, Reason.RECRUITER, Reason.JOB_REQUEST);
    /** The reasons the wording data's outreach patterns may find. */
    static final Set<Reason> OUTREACH_REASONS =
            EnumSet.of(Reason.SALES_PITCH, Reason.RECRUITER, Reason.JOB_REQUEST, Reason.BOILERPLATE);

    // Two words of one's own, and nothing that could go to anyone, make a note personal ("Found your umbrella");
    // with evidence one is enough ("Met at KubeCon").
    private static final int PERSONAL_WORDS = 2;
    private static final int PERSONAL_WORDS_WITH_EVIDENCE = 1;
    // Notes in English and the six other languages with filler lists are a fifth filler words or more.
    private static final int KNOWN_LANGUAGE_FILLER_SHARE_DIVISOR = 5;
    // "your talk on" + what it was on: the words looked at, and how many of them must be more than filler.
    private static final Set<String> TOPIC_PREPOSITIONS = Set.of("on", "about", "at", "in", "with", "from",
            "titled", "called", "regarding", "where", "during", "under");
    private static final int TOPIC_WORDS = 4;
    private static final int TOPIC_SUBSTANCE = 2;
    // "Alex" greets Alexandra; shorter prefixes ("Al") would excuse too much.
    private static final int SHORT_NAME_MIN_LETTERS = 3;

    private final Wording wording;
    private final Optional<TemplateCensus> templates;
    // "Hello team": a word a greeting addresses is no more the sender's own than filler is.
    private final Set<String> notOwnWords;
    // The signal and outreach patterns, all indexed together since all meet the same text: a group per reason.
    private final KeyedPatterns reasonPatterns;
    private final Map<Reason, Integer> signalGroups;
    private final Map<Reason, Integer> outreachGroups;
    private final KeyedPatterns placeholderPatterns;
    private final PhraseIndex stockTextPhrases;
    private final PhraseIndex boilerplatePhrases;

    /** A classifier with the wording shipped with invite-audit. */
    public Classifier() {
        this(WordingLoader.builtIn(), Optional.empty());
    }

    private Classifier(Wording wording, Optional<TemplateCensus> templates) {
        this.wording = wording;
        this.templates = templates;
        this.notOwnWords = new HashSet<>(wording.fillerWords());
        notOwnWords.addAll(wording.addressees());
        this.signalGroups = new EnumMap<>(Reason.class);
        this.outreachGroups = new EnumMap<>(Reason.class);
        List<List<WordingPattern>> groups = new ArrayList<>();
        wording.signals().forEach((reason, patterns) -> {
            signalGroups.put(reason, groups.size());
            groups.add(patterns);
        });
        wording.outreach().forEach((reason, patterns) -> {
            outreachGroups.put(reason, groups.size());
            groups.add(patterns);
        });
        this.reasonPatterns = new KeyedPatterns(groups);
        this.placeholderPatterns = new KeyedPatterns(wording.placeholders());
        this.stockTextPhrases = new PhraseIndex(wording.stockTexts());
        this.boilerplatePhrases = new PhraseIndex(wording.boilerplate());
    }

    /** The same wording, its indexes shared rather than built again (they cost start-up time), with templates. */
    private Classifier(Classifier same, TemplateCensus templates) {
        this.wording = same.wording;
        this.templates = Optional.of(templates);
        this.notOwnWords = same.notOwnWords;
        this.signalGroups = same.signalGroups;
        this.outreachGroups = same.outreachGroups;
        this.reasonPatterns = same.reasonPatterns;
        this.placeholderPatterns = same.placeholderPatterns;
        this.stockTextPhrases = same.stockTextPhrases;
        this.boilerplatePhrases = same.boilerplatePhrases;
    }

    /** This classifier, knowing also the user's own stock texts and boilerplate. */
    public Classifier withUserPhrases(UserPhrases phrases) {
        return new Classifier(wording.with(phrases), templates);
    }

    /** This classifier, calling generic the notes that the census found sent to many people. */
    public Classifier withTemplates(TemplateCensus census) {
        return new Classifier(this, census);
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
            return new Explanation(new Classification(Verdict.DEFAULT, List.of(Reason.NO_NOTE), 0),
                    List.of(), List.of(), List.of(), Set.of(), Optional.empty());
        }
        String normalized = TextNormalizer.normalize(message);
        List<String> recipientNames = NameWords.of(recipient);
        List<String> senderNames = NameWords.of(sender);
        Set<String> names = new HashSet<>(recipientNames);
        names.addAll(senderNames);

        List<Word> words = Words.of(normalized);
        NoteWords note = new NoteWords(words);
        // Phrases before the greeting, so that one starting with a greeting word ("Greetings from…") is found whole;
        // boilerplate elsewhere in the note last, so that it cannot take words of a stock sentence worded otherwise
        // than the data's ("Me gustaría agregarte a mi red…").
        List<String> stockTexts = new ArrayList<>(note.accountForPhrases(stockTextPhrases));
        List<String> boilerplate = new ArrayList<>(note.accountForOpeningPhrase(boilerplatePhrases));
        Optional<Word> addressed = note.accountForGreeting(wording.greetings(), NameWords.TITLES);
        note.accountForSignOff(names, wording.closings());
        note.accountForNames(names);
        note.accountForStockSentence(wording.stockVocabulary(), wording.closings(), notOwnWords)
                .ifPresent(stockTexts::add);
        boilerplate.addAll(note.accountForPhrases(boilerplatePhrases));
        List<String> placeholders = placeholders(normalized);
        List<Word> ownWords = note.contentWords(notOwnWords);
        String unaccounted = note.unaccountedText();
        KeyedPatterns.Candidates candidates = reasonPatterns.candidates(unaccounted);
        Set<Reason> signals = signals(note, candidates, unaccounted, addressed, ownWords, recipientNames, names);
        Set<Reason> outreach = outreach(candidates, boilerplate);

        Set<Reason> found = EnumSet.noneOf(Reason.class);
        if (templates.isPresent() && templates.get().isMassTemplate(words, sender, recipientNames)) {
            found.add(Reason.MASS_TEMPLATE);
        }
        if (addressed.filter(word -> isWrongName(word, placeholders, recipient, recipientNames, senderNames))
                .isPresent()) {
            found.add(Reason.WRONG_NAME);
        }
        if (!stockTexts.isEmpty()) {
            found.add(Reason.STOCK_TEXT);
        }
        if (!boilerplate.isEmpty()) {
            found.add(Reason.BOILERPLATE);
        }
        if (!placeholders.isEmpty()) {
            found.add(Reason.PLACEHOLDER);
        }
        found.addAll(outreach);
        boolean pitched = !Collections.disjoint(found, PITCHES);
        Verdict verdict = verdict(found, pitched, ownWords.size(), signals, isInAKnownLanguage(words));
        Classification classification = new Classification(verdict, reasons(verdict, found, signals),
                PersonalizationScore.of(verdict, signals, ownWords.size(), pitched));
        Optional<String> greeted = addressed.filter(Word::isCapitalised).map(Word::text);
        return new Explanation(classification, stockTexts, boilerplate, placeholders, signals, greeted);
    }

    /**
     * A personal note is explained by what made it personal (its evidence, or its own words), its other signals, and
     * the pitch it also makes; any other by what was found in it.
     */
    private static List<Reason> reasons(Verdict verdict, Set<Reason> found, Set<Reason> signals) {
        return switch (verdict) {
            case PERSONALIZED -> {
                // What decided comes first: the evidence, or else the sender's own words; then the other signals,
                // then what the note also pitches.
                List<Reason> reasons = new ArrayList<>();
                signals.stream().filter(EVIDENCE::contains).forEach(reasons::add);
                boolean byOwnWords = reasons.isEmpty();
                if (byOwnWords) {
                    reasons.add(Reason.OWN_WORDS);
                }
                signals.stream().filter(signal -> !EVIDENCE.contains(signal)).forEach(reasons::add);
                found.stream().filter(PITCHES::contains).forEach(reasons::add);
                yield List.copyOf(reasons);
            }
            case DEFAULT -> List.of(Reason.STOCK_TEXT);
            case GENERIC -> {
                Set<Reason> reasons = EnumSet.copyOf(found);
                if (reasons.isEmpty() || reasons.equals(EnumSet.of(Reason.STOCK_TEXT))) {
                    // Words of one's own too few to make it personal are formula all the same: "Hi Sam, connect?"
                    reasons.add(Reason.BOILERPLATE);
                }
                yield List.copyOf(reasons);
            }
        };
    }

    /**
     * Evidence decides: a shared history or the recipient's own named work makes a note personal, whatever it also
     * sells or asks. Without evidence, anything that could go to anyone (a pitch, an offer, a request for a job,
     * boilerplate) makes it generic however long it is; only a note with none of these and words of the sender's
     * own is taken to be personal, as short honest notes are ("Found your umbrella"). A self-introduction is no
     * evidence, but no sign of a generic note either: strangers with a reason of their own introduce themselves too.
     */
    private static Verdict verdict(Set<Reason> found, boolean pitched, int ownWords, Set<Reason> signals,
            boolean knownLanguage) {
        if (found.contains(Reason.PLACEHOLDER) || found.contains(Reason.WRONG_NAME)) {
            return Verdict.GENERIC;
        }
        boolean evidence = ownWords >= PERSONAL_WORDS_WITH_EVIDENCE
                && signals.stream().anyMatch(EVIDENCE::contains);
        // Stock text sent to many is still LinkedIn's own wording: default, the worse verdict, stands.
        Set<Reason> wording = EnumSet.copyOf(found);
        wording.remove(Reason.MASS_TEMPLATE);
        if (!evidence && ownWords < PERSONAL_WORDS && wording.equals(EnumSet.of(Reason.STOCK_TEXT))) {
            return Verdict.DEFAULT;
        }
        if (found.contains(Reason.MASS_TEMPLATE)) {
            return Verdict.GENERIC;
        }
        if (evidence) {
            return Verdict.PERSONALIZED;
        }
        boolean couldGoToAnyone = found.contains(Reason.BOILERPLATE) || pitched;
        // In a language whose formulas the data does not know, only a detail of substance can tell a personal note.
        boolean telling = knownLanguage || signals.contains(Reason.SPECIFIC_DETAIL);
        return !couldGoToAnyone && telling && ownWords >= PERSONAL_WORDS ? Verdict.PERSONALIZED : Verdict.GENERIC;
    }

    /** Whether enough of the note's words are filler of a language the wording data covers to judge it by them. */
    private boolean isInAKnownLanguage(List<Word> words) {
        long filler = words.stream().filter(word -> notOwnWords.contains(word.folded())).count();
        return filler * KNOWN_LANGUAGE_FILLER_SHARE_DIVISOR >= words.size();
    }

    /**
     * The reasons whose patterns the note matches: pitches, offers, requests, and boilerplate no list can hold, whose
     * first match is added to the boilerplate found, so that it can be quoted.
     */
    private Set<Reason> outreach(KeyedPatterns.Candidates unaccounted, List<String> boilerplate) {
        Set<Reason> found = EnumSet.noneOf(Reason.class);
        outreachGroups.forEach((reason, group) -> unaccounted.firstMatch(group).ifPresent(match -> {
            found.add(reason);
            if (reason == Reason.BOILERPLATE) {
                boilerplate.add(match);
            }
        }));
        return found;
    }

    /**
     * Whether the word a greeting addresses is a first name, but not the recipient's: a capitalised word that is
     * none of the recipient's names, nor a short form of one ("Alex" for Alexandra), nor a word such as "there" or
     * "team", nor a merge field ("Dear [First Name]", where the merge field says what went wrong). A recipient known
     * only by an address that does not split into names is not judged, nor a name written in another script than the
     * recipient's ("Лена" to Lena), which no spelling rule can compare.
     */
    private boolean isWrongName(Word addressed, List<String> placeholders, String recipient,
            List<String> recipientNames, List<String> senderNames) {
        String greeted = addressed.folded();
        boolean judgeable = recipientNames.size() >= (recipient.contains("@") ? 2 : 1);
        if (!judgeable || !addressed.isCapitalised() || addressed.hasDigit()
                || NameWords.TITLES.contains(greeted) || notOwnWords.contains(greeted)
                || senderNames.contains(greeted) || !sameScript(greeted, recipientNames.get(0))
                || placeholders.stream().anyMatch(field -> field.contains(addressed.text()))) {
            return false;
        }
        return !isOneOf(greeted, recipientNames);
    }

    private static boolean sameScript(String word, String other) {
        return Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.of(other.codePointAt(0));
    }

    /** Whether a greeted word is one of the names, a short form of one ("Alex" for Alexandra), or its initial. */
    private static boolean isOneOf(String greeted, List<String> names) {
        for (String name : names) {
            boolean initial = name.length() == 1 && greeted.startsWith(name); // "m.obrien@…" may be Megan
            if (initial || name.equals(greeted) || isShortFormOf(greeted, name) || isShortFormOf(name, greeted)
                    || isVocativeOf(greeted, name)) {
                return true;
            }
        }
        return false;
    }

    /** Slavic languages greet Lena as "Leno", Kasia as "Kasiu", Ewa as "Ewo". */
    private static boolean isVocativeOf(String greeted, String name) {
        int last = name.length() - 1;
        return name.length() >= SHORT_NAME_MIN_LETTERS && greeted.length() == name.length()
                && name.charAt(last) == 'a' && "oue".indexOf(greeted.charAt(last)) >= 0
                && greeted.regionMatches(0, name, 0, last);
    }

    private static boolean isShortFormOf(String shorter, String longer) {
        return shorter.length() >= SHORT_NAME_MIN_LETTERS && longer.startsWith(shorter);
    }

    /** The merge fields left unfilled, as written. */
    private List<String> placeholders(String normalized) {
        return placeholderPatterns.allMatches(normalized).stream().distinct().toList();
    }

    private Set<Reason> signals(NoteWords note, KeyedPatterns.Candidates candidates, String unaccounted,
            Optional<Word> addressed, List<Word> ownWords, List<String> recipientNames, Set<String> names) {
        Set<Reason> signals = EnumSet.noneOf(Reason.class);
        boolean namesFirstName = !recipientNames.isEmpty() && note.contains(recipientNames.get(0));
        // "Hi Alex" to Alexandra
        boolean greetsByName = addressed.filter(word -> isOneOf(word.folded(), recipientNames)).isPresent();
        if (namesFirstName || greetsByName) {
            signals.add(Reason.GREETS_BY_NAME);
        }
        signalGroups.forEach((signal, group) -> {
            boolean theirWork = signal == Reason.THEIR_WORK;
            if (candidates.anyMatch(group, match -> !theirWork
                    || namesTheWork(match.group(), unaccounted, match.end()))) {
                signals.add(signal);
            }
        });
        if (ownWords.stream().anyMatch(word -> isSpecificDetail(word, names))) {
            signals.add(Reason.SPECIFIC_DETAIL);
        }
        return signals;
    }

    /**
     * Whether a mention of the recipient's work says which: "your talk on event sourcing" does, "your post on
     * leadership" or "your comment on a post in my feed" does not. A mention that ends in a preposition names the
     * work by what follows: two words of substance, a number or a quoted title.
     */
    private boolean namesTheWork(String mention, String text, int end) {
        String last = mention.substring(mention.lastIndexOf(' ') + 1);
        if (!TOPIC_PREPOSITIONS.contains(last)) {
            return true;
        }
        int substance = 0;
        int at = end;
        for (int words = 0; words < TOPIC_WORDS && at < text.length(); words++) {
            while (at < text.length() && text.charAt(at) == ' ') {
                at++;
            }
            int wordEnd = text.indexOf(' ', at);
            String word = text.substring(at, wordEnd < 0 ? text.length() : wordEnd);
            at = wordEnd < 0 ? text.length() : wordEnd;
            if (word.equals("|")) {
                break;
            }
            if (word.startsWith("\"") || word.chars().anyMatch(Character::isDigit)) {
                return true;
            }
            substance += word.isEmpty() || notOwnWords.contains(word) ? 0 : 1;
        }
        return substance >= TOPIC_SUBSTANCE;
    }

    /** A number, or a capitalised word inside a sentence that is not a name: a place, an event, a company. */
    private static boolean isSpecificDetail(Word word, Set<String> names) {
        return word.hasDigit() || (word.isCapitalised() && !word.sentenceStart() && !names.contains(word.folded()));
    }
}
