package org.inviteaudit.classify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.inviteaudit.reader.Invitation;

/**
 * Gives an invitation its verdict. The wording knowledge is data ({@code wording.json}, and the user's phrases); the
 * weights that combine what it finds were fitted on real notes labelled by people ({@link NoteModel}). In order:
 * <ol>
 *   <li>a note without words (none, or a lone ".") is {@code default};</li>
 *   <li>the formulas are set aside: stock texts (also a translation worded otherwise, by the stock vocabulary), a
 *       greeting, a sign-off, names, boilerplate and filler; what is left is the sender's own;</li>
 *   <li>the rules that follow from the verdicts' definitions decide what they can: an unfilled merge field is
 *       {@code generic}; nothing but formulas (stock text, a greeting, a courtesy of a few words) is {@code default},
 *       even when sent to many; a note that one sender sent to many people, or many senders sent (see
 *       {@link TemplateCensus}), is {@code generic}, however personal it reads;</li>
 *   <li>the model decides the rest: the cues found (a shared history, their named work, a pitch, an offer, a request,
 *       boilerplate...) and the note's word and character n-grams, weighed as fitted
 *       ({@link NoteFeatures}); a note whose probability of being personal reaches the model's threshold is
 *       {@code personalized}, any other {@code generic}.</li>
 * </ol>
 */
public final class Classifier {

    /** The signals found by the patterns of the wording data; the others are found by rules here. */
    static final Set<Reason> PATTERN_SIGNALS =
            EnumSet.of(Reason.SHARED_CONTEXT, Reason.THEIR_WORK, Reason.INTRODUCES_SENDER);
    /** The signals that show a note was written for its recipient; greeting by name or introducing oneself do not. */
    static final Set<Reason> EVIDENCE = EnumSet.of(Reason.SHARED_CONTEXT, Reason.THEIR_WORK);
    /** What a note offers or asks of anyone it reaches. */
    static final Set<Reason> PITCHES = EnumSet.of(Reason.SALES_PITCH, Reason.RECRUITER, Reason.JOB_REQUEST);
    /** The reasons the wording data's outreach patterns may find. */
    static final Set<Reason> OUTREACH_REASONS =
            EnumSet.of(Reason.SALES_PITCH, Reason.RECRUITER, Reason.JOB_REQUEST, Reason.BOILERPLATE);

    // Stock text with two words of one's own beside it is more than stock text ("Great meeting you. I'd like to add
    // you to my professional network"); with evidence of a tie one is enough ("Met at KubeCon").
    private static final int PERSONAL_WORDS = 2;
    private static final int PERSONAL_WORDS_WITH_EVIDENCE = 1;
    // "Thanks for connecting!", "Danke für die Verbindung!": a courtesy of a few filler words, all a note says; the
    // only notes of this kind among the real notes were called default by the people who labelled them, and three to
    // five words measure alike on them: four lets the courtesy be said in German or French as in English.
    private static final int COURTESY_WORDS = 4;
    // "your talk on" + what it was on: a mention of their work that ends in one of these names the work by what
    // follows (see namesTheWork).
    private static final Set<String> TOPIC_PREPOSITIONS = Set.of("on", "about", "at", "in", "with", "from",
            "titled", "called", "regarding", "where", "during", "under");
    // "Alex" greets Alexandra; shorter prefixes ("Al") would excuse too much.
    private static final int SHORT_NAME_MIN_LETTERS = 3;
    // "Jonathon" for Jonathan; in shorter names one letter makes another name ("Ann", "Ian").
    private static final int SLIP_MIN_LETTERS = 5;

    private final Wording wording;
    private final NoteModel model;
    private final Optional<TemplateCensus> templates;
    // The word lists of the wording each word is in, by one look-up ("Hello team": a word a greeting addresses is no
    // more the sender's own than filler is: WordClasses.NOT_OWN).
    private final WordClasses wordClasses;
    // The signal and outreach patterns, all indexed together since all meet the same text: a group per reason.
    private final KeyedPatterns reasonPatterns;
    private final Map<Reason, Integer> signalGroups;
    private final Map<Reason, Integer> outreachGroups;
    private final KeyedPatterns placeholderPatterns;
    private final PhraseIndex stockTextPhrases;
    private final PhraseIndex boilerplatePhrases;
    private final PhraseIndex greetingPhrases;
    // Stateless: one per classifier rather than one per note.
    private final NamingTheWork namingTheWork = new NamingTheWork();

    /** A classifier with the wording shipped with invite-audit. */
    public Classifier() {
        this(WordingLoader.builtIn(), NoteModel.builtIn(), Optional.empty());
    }

    private Classifier(Wording wording, NoteModel model, Optional<TemplateCensus> templates) {
        this.wording = wording;
        this.model = model;
        this.templates = templates;
        this.wordClasses = new WordClasses(wording);
        this.signalGroups = new EnumMap<>(Reason.class);
        this.outreachGroups = new EnumMap<>(Reason.class);
        List<List<WordingPattern>> groups = new ArrayList<>();
        for (Map.Entry<Reason, List<WordingPattern>> signal : wording.signals().entrySet()) {
            signalGroups.put(signal.getKey(), groups.size());
            groups.add(signal.getValue());
        }
        for (Map.Entry<Reason, List<WordingPattern>> outreach : wording.outreach().entrySet()) {
            outreachGroups.put(outreach.getKey(), groups.size());
            groups.add(outreach.getValue());
        }
        this.reasonPatterns = new KeyedPatterns(groups);
        this.placeholderPatterns = new KeyedPatterns(wording.placeholders());
        this.stockTextPhrases = new PhraseIndex(wording.stockTexts());
        this.boilerplatePhrases = new PhraseIndex(wording.boilerplate());
        this.greetingPhrases = new PhraseIndex(wording.greetings());
    }

    /** The same wording, its indexes shared rather than built again (they cost start-up time), with templates. */
    private Classifier(Classifier same, NoteModel model, Optional<TemplateCensus> templates) {
        this.wording = same.wording;
        this.model = model;
        this.templates = templates;
        this.wordClasses = same.wordClasses;
        this.signalGroups = same.signalGroups;
        this.outreachGroups = same.outreachGroups;
        this.reasonPatterns = same.reasonPatterns;
        this.placeholderPatterns = same.placeholderPatterns;
        this.stockTextPhrases = same.stockTextPhrases;
        this.boilerplatePhrases = same.boilerplatePhrases;
        this.greetingPhrases = same.greetingPhrases;
    }

    /** This classifier, knowing also the user's own stock texts and boilerplate. */
    public Classifier withUserPhrases(UserPhrases phrases) {
        return new Classifier(wording.with(phrases), model, templates);
    }

    /** A classifier whose model knows nothing yet, for fitting one: the features do not depend on the model. */
    static Classifier unfitted() {
        return new Classifier(WordingLoader.builtIn(), NoteModel.UNFITTED, Optional.empty());
    }

    /** This classifier, deciding with another model: one fitted on part of the notes, in cross-validation. */
    Classifier withModel(NoteModel other) {
        return new Classifier(this, other, templates);
    }

    /** This classifier, calling generic the notes that the census found sent to many people. */
    public Classifier withTemplates(TemplateCensus census) {
        return new Classifier(this, model, Optional.of(census));
    }

    public Classification classify(Invitation invitation) {
        return classify(invitation.message(), invitation.from(), invitation.to());
    }

    public Classification classify(String message, String sender, String recipient) {
        return explain(message, sender, recipient).classification();
    }

    /** The verdict with what it rests on: the formulas and merge fields found, as the note spells them. */
    public Explanation explain(String message, String sender, String recipient) {
        Optional<Reading> reading = read(message, sender, recipient);
        if (reading.isEmpty()) {
            return new Explanation(new Classification(Verdict.DEFAULT, List.of(Reason.NO_NOTE), 0),
                    List.of(), List.of(), List.of(), Set.of(), Optional.empty());
        }
        Reading note = asTheCensusFinds(reading.get(), sender);
        Optional<Verdict> ruled = ruledVerdict(note);
        // A note the rules make default scores 0 whatever the model says: it is spared the features.
        double probability = ruled.equals(Optional.of(Verdict.DEFAULT)) ? 0
                : NoteModel.probability(model.logit(features(note)));
        Verdict verdict = ruled.orElse(probability >= model.threshold() ? Verdict.PERSONALIZED : Verdict.GENERIC);
        Classification classification = new Classification(verdict, reasons(verdict, note),
                PersonalizationScore.of(verdict, probability, model.threshold()));
        return new Explanation(classification, note.stockTexts(), note.boilerplate(), note.placeholders(),
                note.signals(), note.greeted());
    }

    /**
     * The features of a note as the model sees them, for fitting it; empty for a note without words. No cue is the
     * census's finding (the model weighs what a note says, not how many got it), so the census is not asked.
     */
    Optional<NoteFeatures.Vector> features(String message, String sender, String recipient) {
        Optional<Reading> reading = read(message, sender, recipient);
        return reading.isPresent() ? Optional.of(features(reading.get())) : Optional.empty();
    }

    /**
     * The note as the census finds it, a mass template or as it reads, where that can matter. A note the rules make
     * default from its formulas alone (LinkedIn's stock text, a greeting and a courtesy) is default, with the same
     * reasons and score, sent to many or not: the census is not asked about it, since asking works the note's
     * template keys out again, the census's cost per note.
     */
    private Reading asTheCensusFinds(Reading note, String sender) {
        if (templates.isEmpty() || ruledVerdict(note).equals(Optional.of(Verdict.DEFAULT))) {
            return note;
        }
        return templates.get().isMassTemplate(note.note().words(), sender, note.recipientNames(), note.senderNames())
                ? note.asTemplate() : note;
    }

    /**
     * What the wording knowledge finds in a note: the formulas as the note spells them, the rules' findings, the
     * signs of a personal note, and what the features the model weighs are made of ({@link #features}), which a note
     * the rules decide is spared.
     *
     * @param found what the rules found in the wording; a mass template only once the census is asked
     *              ({@link #asTemplate})
     * @param names the sender's and the recipient's names, together; {@code recipientNames} and
     *              {@code senderNames} are each one's, as {@link NameWords#of} gives them, for asking the census
     */
    private record Reading(List<String> stockTexts, List<String> boilerplate, List<String> placeholders,
            Set<Reason> found, Set<Reason> signals, int ownWords, int courtesyWords, Optional<String> greeted,
            String normalized, NoteWords note, Set<String> names, List<String> recipientNames,
            List<String> senderNames) {

        /** The same note, found sent to many people. */
        Reading asTemplate() {
            Set<Reason> asFound = EnumSet.of(Reason.MASS_TEMPLATE);
            asFound.addAll(found);
            return new Reading(stockTexts, boilerplate, placeholders, asFound, signals, ownWords, courtesyWords,
                    greeted, normalized, note, names, recipientNames, senderNames);
        }
    }

    /** The features of a note as the model weighs them. */
    private NoteFeatures.Vector features(Reading reading) {
        NoteWords note = reading.note();
        List<Word> words = note.words();
        boolean[] details = new boolean[words.size()];
        boolean[] personNames = new boolean[words.size()];
        for (int i = 0; i < details.length; i++) {
            details[i] = !note.isPersonName(i) && isSpecificDetail(words.get(i), reading.names());
            personNames[i] = note.isPersonName(i) || reading.names().contains(words.get(i).folded());
        }
        Set<NoteFeatures.Cue> cues = CueFinder.find(reading.found(), reading.signals(), reading.ownWords(),
                reading.normalized(), note, details);
        return NoteFeatures.of(words, personNames, cues);
    }

    /**
     * Empty for a note that has no word: none at all, or only punctuation (a lone "."). Like all that {@code check}
     * runs, it links no lambda: loops and named classes stand in for them (docs/code.md).
     */
    private Optional<Reading> read(String message, String sender, String recipient) {
        if (!Words.hasAWord(message)) {
            return Optional.empty();
        }
        String normalized = TextNormalizer.normalize(message);
        List<String> recipientNames = NameWords.of(recipient);
        List<String> senderNames = NameWords.of(sender);
        Set<String> names = new HashSet<>(recipientNames);
        names.addAll(senderNames);

        List<Word> words = Words.of(normalized);
        NoteWords note = new NoteWords(words, wordClasses);
        // Phrases before the greeting, so that one starting with a greeting word ("Greetings from…") is found whole;
        // boilerplate elsewhere in the note last, so that it cannot take words of a stock sentence worded otherwise
        // than the data's ("Me gustaría agregarte a mi red…").
        List<String> stockTexts = new ArrayList<>(note.accountForPhrases(stockTextPhrases));
        List<String> boilerplate = new ArrayList<>(note.accountForOpeningPhrase(boilerplatePhrases));
        Optional<Word> addressed = note.accountForGreeting(greetingPhrases);
        note.accountForSignOff(names);
        note.accountForNames(names);
        Optional<String> stockSentence = note.accountForStockSentence(wording.stockVocabulary());
        if (stockSentence.isPresent()) {
            stockTexts.add(stockSentence.get());
        }
        boilerplate.addAll(note.accountForPhrases(boilerplatePhrases));
        List<String> placeholders = placeholders(normalized);
        List<Word> ownWords = note.contentWords();
        String unaccounted = note.unaccountedText();
        KeyedPatterns.Candidates candidates = reasonPatterns.candidates(unaccounted);
        Set<Reason> signals = signals(note, candidates, addressed, ownWords, recipientNames, names);
        Set<Reason> outreach = outreach(candidates, boilerplate);

        Set<Reason> found = EnumSet.noneOf(Reason.class);
        if (addressed.isPresent()
                && isWrongName(addressed.get(), placeholders, recipient, recipientNames, senderNames)) {
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
        // "Hi, I'd like…" greets no one called I'd: a filler word after a greeting is no name to check; nor is the
        // word of a merge field ("Hi [First Name]"), which says what went wrong itself.
        Optional<String> greeted = Optional.empty();
        if (addressed.isPresent() && addressed.get().isCapitalised()
                && !wordClasses.isOf(addressed.get().folded(), WordClasses.NOT_OWN)
                && !anyContains(placeholders, addressed.get().text())) {
            greeted = Optional.of(addressed.get().text());
        }
        return Optional.of(new Reading(stockTexts, boilerplate, placeholders, found, signals, ownWords.size(),
                note.unaccountedCount(), greeted, normalized, note, names, recipientNames, senderNames));
    }

    /**
     * A personal note is explained by what carried it, most telling first (its evidence, or else its own words), its
     * other signals, then what it also pitches and a greeting to another name; any other by what was found in it, or
     * else by its lack of a tie.
     */
    private List<Reason> reasons(Verdict verdict, Reading note) {
        return switch (verdict) {
            case PERSONALIZED -> {
                List<Reason> reasons = new ArrayList<>();
                for (Reason signal : note.signals()) {
                    if (EVIDENCE.contains(signal)) {
                        reasons.add(signal);
                    }
                }
                if (reasons.isEmpty()) {
                    reasons.add(Reason.OWN_WORDS);
                }
                for (Reason signal : note.signals()) {
                    if (!EVIDENCE.contains(signal)) {
                        reasons.add(signal);
                    }
                }
                for (Reason reason : note.found()) {
                    if (PITCHES.contains(reason) || reason == Reason.WRONG_NAME) {
                        reasons.add(reason);
                    }
                }
                yield List.copyOf(reasons);
            }
            case DEFAULT -> List.of(note.found().contains(Reason.STOCK_TEXT) ? Reason.STOCK_TEXT : Reason.NO_NOTE);
            case GENERIC -> {
                Set<Reason> reasons = EnumSet.copyOf(note.found());
                if (reasons.isEmpty() || reasons.equals(EnumSet.of(Reason.STOCK_TEXT))) {
                    reasons.add(Reason.NO_TIE);
                }
                yield List.copyOf(reasons);
            }
        };
    }

    /**
     * The verdict that the rules following from the verdicts' definitions give, whatever the model says; empty where
     * they leave it to the model. A note without words is default.
     */
    Optional<Verdict> ruledVerdict(String message, String sender, String recipient) {
        Optional<Reading> reading = read(message, sender, recipient);
        return reading.isPresent() ? ruledVerdict(asTheCensusFinds(reading.get(), sender))
                : Optional.of(Verdict.DEFAULT);
    }

    /**
     * The rules decide first: an unfilled merge field is generic; nothing but formulas (LinkedIn's stock text with at
     * most a stray word beside it, or a greeting, a sign-off and a courtesy of at most four words) is default, even
     * when sent to many or to a name that is not the recipient's; a note sent to many is generic. The model decides
     * the rest, on everything the note says.
     */
    private Optional<Verdict> ruledVerdict(Reading note) {
        Set<Reason> found = note.found();
        if (found.contains(Reason.PLACEHOLDER)) {
            return Optional.of(Verdict.GENERIC);
        }
        boolean evidence = note.ownWords() >= PERSONAL_WORDS_WITH_EVIDENCE
                && !Collections.disjoint(note.signals(), EVIDENCE);
        Set<Reason> wording = EnumSet.copyOf(found);
        wording.removeAll(EnumSet.of(Reason.MASS_TEMPLATE, Reason.WRONG_NAME, Reason.STOCK_TEXT));
        boolean stockText = found.contains(Reason.STOCK_TEXT);
        // Nothing but formulas: the stock text with a stray word beside it, or a greeting, a sign-off and a courtesy of
        // a few filler words ("Hi!", "Thanks for connecting! Best, Sam"); a sentence of filler words is a note all the
        // same ("I would like to connect with you").
        boolean formulasAlone = stockText ? note.ownWords() < PERSONAL_WORDS
                : note.ownWords() == 0 && note.courtesyWords() <= COURTESY_WORDS;
        if (!evidence && wording.isEmpty() && formulasAlone) {
            return Optional.of(Verdict.DEFAULT);
        }
        if (found.contains(Reason.MASS_TEMPLATE)) {
            return Optional.of(Verdict.GENERIC);
        }
        return Optional.empty();
    }

    /**
     * The reasons whose patterns the note matches: pitches, offers, requests, and boilerplate no list can hold, whose
     * first match is added to the boilerplate found, so that it can be quoted.
     */
    private Set<Reason> outreach(KeyedPatterns.Candidates unaccounted, List<String> boilerplate) {
        Set<Reason> found = EnumSet.noneOf(Reason.class);
        for (Map.Entry<Reason, Integer> group : outreachGroups.entrySet()) {
            Optional<String> match = unaccounted.firstMatch(group.getValue());
            if (match.isPresent()) {
                found.add(group.getKey());
                if (group.getKey() == Reason.BOILERPLATE) {
                    boilerplate.add(match.get());
                }
            }
        }
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
                || wordClasses.isOf(greeted, WordClasses.TITLE | WordClasses.NOT_OWN)
                || senderNames.contains(greeted) || !sameScript(greeted, recipientNames.get(0))
                || anyContains(placeholders, addressed.text())) {
            return false;
        }
        return !isOneOf(greeted, recipientNames);
    }

    // A loop, not a stream, on the way every note takes: a stream there costs more than the work it does.
    private static boolean anyContains(List<String> texts, String part) {
        for (String text : texts) {
            if (text.contains(part)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameScript(String word, String other) {
        return Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.of(other.codePointAt(0));
    }

    /**
     * Whether a greeted word is one of the names, as written or without its accents ("Nicolas" for Nicolás), with a
     * slip of one letter in a longer name ("Jonathon" for Jonathan), a short form of one ("Alex" for Alexandra), or
     * its initial.
     */
    private static boolean isOneOf(String greeted, List<String> names) {
        String plain = NameWords.withoutAccents(greeted);
        for (String name : names) {
            boolean initial = name.length() == 1 && greeted.startsWith(name); // "m.obrien@…" may be Megan
            String plainName = NameWords.withoutAccents(name);
            if (initial || plainName.equals(plain) || isShortFormOf(plain, plainName)
                    || isShortFormOf(plainName, plain) || isVocativeOf(plain, plainName)
                    || isOneSlipFrom(plain, plainName)) {
                return true;
            }
        }
        return false;
    }

    /** One letter added, dropped or changed inside a name long enough that one letter does not make another name. */
    private static boolean isOneSlipFrom(String a, String b) {
        if (Math.min(a.length(), b.length()) < SLIP_MIN_LETTERS || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int shortest = Math.min(a.length(), b.length());
        int i = 0;
        while (i < shortest && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        // Inside the name: a first or last letter changed, or one added at the end, makes another name ("Jason" and
        // "Mason", "Maria" and "Mario", "Daniel" and "Daniela").
        if (i == 0 || i >= shortest - 1) {
            return false;
        }
        if (a.length() == b.length()) {
            return a.regionMatches(i + 1, b, i + 1, a.length() - i - 1);
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        return longer.regionMatches(i + 1, shorter, i, shorter.length() - i);
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
        return List.copyOf(new LinkedHashSet<>(placeholderPatterns.allMatches(normalized)));
    }

    private Set<Reason> signals(NoteWords note, KeyedPatterns.Candidates candidates,
            Optional<Word> addressed, List<Word> ownWords, List<String> recipientNames, Set<String> names) {
        Set<Reason> signals = EnumSet.noneOf(Reason.class);
        boolean namesFirstName = !recipientNames.isEmpty() && note.contains(recipientNames.get(0));
        // "Hi Alex" to Alexandra
        boolean greetsByName = addressed.isPresent() && isOneOf(addressed.get().folded(), recipientNames);
        if (namesFirstName || greetsByName) {
            signals.add(Reason.GREETS_BY_NAME);
        }
        for (Map.Entry<Reason, Integer> group : signalGroups.entrySet()) {
            boolean found = group.getKey() == Reason.THEIR_WORK
                    ? candidates.anyMatch(group.getValue(), namingTheWork)
                    : candidates.anyMatch(group.getValue());
            if (found) {
                signals.add(group.getKey());
            }
        }
        for (Word word : ownWords) {
            if (isSpecificDetail(word, names)) {
                signals.add(Reason.SPECIFIC_DETAIL);
                break;
            }
        }
        return signals;
    }

    /** Takes a mention of the recipient's work that says which ({@link #namesTheWork}). */
    private final class NamingTheWork implements KeyedPatterns.MatchVisitor {
        @Override
        public boolean accept(String text, int start, int end) {
            return namesTheWork(text.substring(start, end), text, end);
        }
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
        for (int words = 0; words < CueFinder.TOPIC_WORDS && at < text.length(); words++) {
            while (at < text.length() && text.charAt(at) == ' ') {
                at++;
            }
            int wordEnd = text.indexOf(' ', at);
            String word = text.substring(at, wordEnd < 0 ? text.length() : wordEnd);
            at = wordEnd < 0 ? text.length() : wordEnd;
            if (word.equals("|")) {
                break;
            }
            if (word.startsWith("\"") || Words.hasADigit(word)) {
                return true;
            }
            substance += word.isEmpty() || wordClasses.isOf(word, WordClasses.NOT_OWN) ? 0 : 1;
        }
        return substance >= CueFinder.TOPIC_SUBSTANCE;
    }

    /** A number, or a capitalised word inside a sentence that is not a name: a place, an event, a company. */
    private static boolean isSpecificDetail(Word word, Set<String> names) {
        return word.hasDigit() || (word.isCapitalised() && !word.sentenceStart() && !names.contains(word.folded()));
    }
}
