package org.inviteaudit.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class TemplateCensusTest {

    private static final String SENDER = "Robin Calloway";
    private static final List<String> PEOPLE = List.of("Anna Kowalski", "Derek Huang", "Fatima Zahra", "Lukas Brenner");

    private static String note(String recipient, String topic) {
        return "Hi " + recipient.split(" ")[0] + ", I really enjoyed your session on " + topic
                + " at the meetup. Would be great to stay in touch!";
    }

    /** As the classifier asks: with the note split into words and the recipient into names. */
    private static boolean isMassTemplate(TemplateCensus census, String message, String sender, String recipient) {
        return census.isMassTemplate(Words.of(TextNormalizer.normalize(message)), sender, NameWords.of(recipient),
                NameWords.of(sender));
    }

    private static TemplateCensus census(int min) {
        return new TemplateCensus(min);
    }

    private record Note(String message, String sender, String recipient) {
    }

    private static TemplateCensus counted(TemplateCensus census, List<Note> notes) {
        return census.countAll(notes, Note::message, Note::sender, Note::recipient);
    }

    @Test
    void theSameNoteToThreePeopleNamesSwappedIsATemplateInEveryCopy() {
        TemplateCensus census = counted(census(3), PEOPLE.subList(0, 3).stream()
                .map(person -> new Note(note(person, "event sourcing"), SENDER, person)).toList());
        assertThat(PEOPLE.subList(0, 3))
                .allMatch(person -> isMassTemplate(census, note(person, "event sourcing"), SENDER, person));
    }

    @Test
    void twoPeopleAreBelowTheDefaultMinimum() {
        List<Note> notes = PEOPLE.subList(0, 2).stream()
                .map(person -> new Note(note(person, "event sourcing"), SENDER, person)).toList();
        TemplateCensus census = counted(census(3), notes);
        assertThat(isMassTemplate(census, note(PEOPLE.get(0), "event sourcing"), SENDER, PEOPLE.get(0))).isFalse();
        TemplateCensus lower = counted(census(2), notes);
        assertThat(isMassTemplate(lower, note(PEOPLE.get(0), "event sourcing"), SENDER, PEOPLE.get(0))).isTrue();
    }

    @Test
    void itCountsPeopleNotInvitations() {
        TemplateCensus census = counted(census(3),
                Collections.nCopies(5, new Note(note(PEOPLE.get(0), "event sourcing"), SENDER, PEOPLE.get(0))));
        assertThat(isMassTemplate(census, note(PEOPLE.get(0), "event sourcing"), SENDER, PEOPLE.get(0))).isFalse();
    }

    /**
     * A note the rules make default from its formulas alone stays default when sent to many, with the same reasons
     * and score; so the classifier does not ask the census about it, and asks about any other. A census still
     * counting throws when asked, which shows which notes it was asked about.
     */
    @Test
    void aNoteOfFormulasAloneStaysDefaultSentToManyAndTheCensusIsNotAskedAboutIt() {
        String stockText = "Hi %s, I'd like to add you to my professional network on LinkedIn.";
        List<Note> stockToThree = PEOPLE.subList(0, 3).stream()
                .map(person -> new Note(stockText.formatted(person.split(" ")[0]), SENDER, person)).toList();
        TemplateCensus counted = counted(census(3), stockToThree);
        Note first = stockToThree.get(0);
        assertThat(isMassTemplate(counted, first.message(), SENDER, first.recipient())).isTrue();

        assertThat(new Classifier().withTemplates(counted).classify(first.message(), SENDER, first.recipient()))
                .isEqualTo(new Classification(Verdict.DEFAULT, List.of(Reason.STOCK_TEXT), 0));
        Classifier stillCounting = new Classifier().withTemplates(census(3));
        assertThat(stillCounting.classify(first.message(), SENDER, first.recipient()).verdict())
                .isEqualTo(Verdict.DEFAULT);
        String personal = note(PEOPLE.get(0), "event sourcing");
        assertThat(new Classifier().classify(personal, SENDER, PEOPLE.get(0)).verdict())
                .isNotEqualTo(Verdict.DEFAULT);
        assertThatThrownBy(() -> stillCounting.classify(personal, SENDER, PEOPLE.get(0)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("before it is done counting");
    }

    private static final String OWNER = "Robin Calloway";
    private static final List<String> SENDERS = List.of("Ada Byron", "Bo Lindgren", "Cyra Okafor");

    private static String suggested(String recipient, String sender) {
        return "Congrats on the new role, " + recipient.split(" ")[0] + "! Wishing you every success in this "
                + "exciting new chapter.   - " + sender.split(" ")[0];
    }

    @Test
    void theSameNoteFromThreeSendersNamesSwappedIsATemplateInEveryCopy() {
        TemplateCensus census = counted(census(3),
                SENDERS.stream().map(sender -> new Note(suggested(OWNER, sender), sender, OWNER)).toList());
        assertThat(SENDERS).allMatch(sender -> isMassTemplate(census, suggested(OWNER, sender), sender, OWNER));
    }

    @Test
    void twoSendersAreBelowTheMinimumAndOneSenderTwiceIsOne() {
        List<Note> notes = new ArrayList<>();
        SENDERS.subList(0, 2).forEach(sender -> notes.add(new Note(suggested(OWNER, sender), sender, OWNER)));
        notes.add(new Note(suggested(OWNER, SENDERS.get(0)), SENDERS.get(0), OWNER));
        TemplateCensus census = counted(census(3), notes);
        assertThat(isMassTemplate(census, suggested(OWNER, SENDERS.get(0)), SENDERS.get(0), OWNER)).isFalse();
    }

    /** Short notes are written alike by people who never saw each other's: they are not compared across senders. */
    @Test
    void aShortNoteFromThreeSendersIsNoTemplate() {
        List<String> senders = List.of("Ada Byron", "Bo Li", "Cy Young");
        TemplateCensus census = counted(census(3), IntStream.range(0, 3).mapToObj(i -> new Note(
                "Let's connect and grow our networks together!", senders.get(i), PEOPLE.get(i))).toList());
        assertThat(isMassTemplate(census, "Let's connect and grow our networks together!", "Ada Byron",
                PEOPLE.get(0))).isFalse();
    }

    @Test
    void nearCopiesWithUpToThreeAdjacentWordsSwappedAreFound() {
        List<String> topics = List.of("event sourcing", "api design", "teams", "platform teams for small startups");
        TemplateCensus census = counted(census(3), IntStream.range(0, 4)
                .mapToObj(i -> new Note(note(PEOPLE.get(i), topics.get(i)), SENDER, PEOPLE.get(i))).toList());
        for (int i = 0; i < 3; i++) {
            assertThat(isMassTemplate(census, note(PEOPLE.get(i), topics.get(i)), SENDER, PEOPLE.get(i)))
                    .as(topics.get(i)).isTrue();
        }
        // five words in place of two: more than a few words differ from every other copy
        assertThat(isMassTemplate(census, note(PEOPLE.get(3), topics.get(3)), SENDER, PEOPLE.get(3))).isFalse();
    }

    @Test
    void capitalisedSlotsAndNumbersDifferFreely() {
        List<String> notes = List.of(
                "Hi Anna, saw that Acme Corp is hiring 12 engineers in Berlin. Our team can help you ramp up fast.",
                "Hi Derek, saw that Globex is hiring 3 engineers in New York. Our team can help you ramp up fast.",
                "Hi Fatima, saw that Initech is hiring 40 engineers in Lagos. Our team can help you ramp up fast.");
        TemplateCensus census = counted(census(3),
                IntStream.range(0, 3).mapToObj(i -> new Note(notes.get(i), SENDER, PEOPLE.get(i))).toList());
        assertThat(IntStream.range(0, 3)).allMatch(i -> isMassTemplate(census, notes.get(i), SENDER, PEOPLE.get(i)));
    }

    /** The figure the class documents: as many unrelated notes as fit before the census calls itself approximate. */
    @Test
    void fewerThanOneInTenThousandUnrelatedNotesIsCalledATemplateUpTo36000Notes() {
        List<String> notes = randomNotes(36_000);
        TemplateCensus census = counted(census(3), IntStream.range(0, notes.size())
                .mapToObj(i -> new Note(notes.get(i), SENDER, "Person " + i)).toList());
        assertThat(census.isApproximate()).isFalse();
        long flagged = IntStream.range(0, notes.size())
                .filter(i -> isMassTemplate(census, notes.get(i), SENDER, "Person " + i)).count();
        assertThat(flagged).isLessThanOrEqualTo(notes.size() / 10_000);
    }

    /** Notes of 20 to 55 words drawn from a 3,000-word vocabulary: more alike than real notes, if anything. */
    static List<String> randomNotes(int count) {
        Random random = new Random(7);
        return IntStream.range(0, count).mapToObj(i -> {
            StringBuilder note = new StringBuilder();
            int words = 20 + random.nextInt(36);
            for (int w = 0; w < words; w++) {
                note.append(w == 0 ? "" : " ").append("w").append(Integer.toString(random.nextInt(3_000), 36)
                        .replaceAll("\\d", "x"));
            }
            return note.toString();
        }).toList();
    }

    private static final List<String> TOPIC_WORDS = List.of("caching", "queues", "tracing", "billing", "search",
            "pricing", "hiring", "onboarding", "testing", "security", "privacy", "latency", "storage", "design",
            "mentoring", "budgets", "roadmaps", "analytics", "logistics", "compilers");

    /**
     * Counted exactly, into the sketches from the first note, or into maps until the limit and then into the sketches
     * (the notes counted so far moved over in their order), the anchors likewise, or every key counted: the census
     * says the same of every note.
     */
    @Test
    void exactlyInSketchesOrSwitchingMidWayTheCensusSaysTheSame() {
        Random random = new Random(5);
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            String sender = "Sender " + random.nextInt(40);
            String recipient = "Person " + random.nextInt(300) + " Smith";
            StringBuilder own = new StringBuilder();
            for (int word = 0; word < 14; word++) {
                own.append(TOPIC_WORDS.get(random.nextInt(TOPIC_WORDS.size()))).append(' ');
            }
            String message = random.nextInt(4) == 0 ? note(recipient, "event sourcing") : own.toString().strip();
            notes.add(new Note(message, sender, recipient));
        }
        int anchors = NotesPerAnchor.EXACT_ANCHORS;
        TemplateCensus exact = counted(new TemplateCensus(3), notes);
        List<TemplateCensus> others = List.of(
                new TemplateCensus(3, new TemplateCensus.Tuning(0, anchors, true)),
                new TemplateCensus(3, new TemplateCensus.Tuning(5_000, anchors, true)),
                new TemplateCensus(3, new TemplateCensus.Tuning(TemplateCensus.EXACT_PAIRS, 0, true)),
                new TemplateCensus(3, new TemplateCensus.Tuning(0, 0, true)),
                everyKeyCounted(3));
        others.forEach(census -> counted(census, notes));
        int templates = 0;
        for (Note note : notes) {
            boolean expected = isMassTemplate(exact, note.message(), note.sender(), note.recipient());
            assertThat(others).allMatch(
                    census -> isMassTemplate(census, note.message(), note.sender(), note.recipient()) == expected);
            templates += expected ? 1 : 0;
        }
        assertThat(templates).isBetween(1, notes.size() - 1);
    }

    /** A census that counts every key of every note in one pass, as it did before it had anchors. */
    private static TemplateCensus everyKeyCounted(int min) {
        return new TemplateCensus(min,
                new TemplateCensus.Tuning(TemplateCensus.EXACT_PAIRS, NotesPerAnchor.EXACT_ANCHORS, false));
    }

    /**
     * The anchors only spare counting keys that cannot reach the minimum: near copies of a few drafts per sender (a
     * stretch of up to three words swapped for up to three others, anywhere, in notes of 3 to 40 words), counted with
     * anchors or every key in one pass, are templates alike.
     */
    @Property(tries = 60)
    void countingOnlyTheKeysOfSharedAnchorsFindsTheSameTemplates(@ForAll long seed) {
        Random random = new Random(seed);
        List<String> vocabulary = TOPIC_WORDS.subList(0, 4 + random.nextInt(TOPIC_WORDS.size() - 4));
        List<Note> notes = new ArrayList<>();
        for (int sender = 0; sender < 3; sender++) {
            List<List<String>> drafts = new ArrayList<>();
            for (int draft = 0; draft < 3; draft++) {
                drafts.add(words(random, vocabulary, 3 + random.nextInt(38)));
            }
            for (int i = 0; i < 40; i++) {
                List<String> copy = new ArrayList<>(drafts.get(random.nextInt(drafts.size())));
                if (random.nextBoolean()) {
                    int start = random.nextInt(copy.size());
                    int cut = Math.min(1 + random.nextInt(3), copy.size() - start);
                    copy.subList(start, start + cut).clear();
                    copy.addAll(start, words(random, vocabulary, random.nextInt(4)));
                }
                notes.add(new Note(String.join(" ", copy), "Sender " + sender, "Person " + random.nextInt(25)));
            }
        }
        TemplateCensus anchored = counted(census(3), notes);
        TemplateCensus everyKey = counted(everyKeyCounted(3), notes);
        for (Note note : notes) {
            assertThat(isMassTemplate(anchored, note.message(), note.sender(), note.recipient()))
                    .as(note.toString())
                    .isEqualTo(isMassTemplate(everyKey, note.message(), note.sender(), note.recipient()));
        }
    }

    private static List<String> words(Random random, List<String> vocabulary, int count) {
        return IntStream.range(0, count).mapToObj(i -> vocabulary.get(random.nextInt(vocabulary.size()))).toList();
    }

    /** A received export: every sender wrote their own note, so no anchor is shared and one pass is enough. */
    @Test
    void notesThatShareNoOpeningOrEndingNeedNoSecondPass() {
        TemplateCensus census = census(3);
        List<String> notes = randomNotes(300);
        for (int i = 0; i < notes.size(); i++) {
            census.count(census.entryOf(notes.get(i), "Sender " + i, OWNER));
        }
        assertThat(census.endPass()).isFalse();
    }

    /** Asked before its last pass ended, the census could only say "no" wrongly: it says it is not done instead. */
    @Test
    void askedBeforeItIsDoneTheCensusRefuses() {
        TemplateCensus census = census(3);
        census.count(census.entryOf(note(PEOPLE.get(0), "caching"), SENDER, PEOPLE.get(0)));
        org.assertj.core.api.Assertions.assertThatIllegalStateException()
                .isThrownBy(() -> isMassTemplate(census, note(PEOPLE.get(0), "caching"), SENDER, PEOPLE.get(0)))
                .withMessageContaining("end every pass first");
    }

    @Test
    void copiesOfOneDraftCallForASecondPass() {
        TemplateCensus census = census(3);
        PEOPLE.subList(0, 3).forEach(person -> census.count(census.entryOf(note(person, "caching"), SENDER, person)));
        assertThat(census.endPass()).isTrue();
        PEOPLE.subList(0, 3).forEach(person -> census.count(census.entryOf(note(person, "caching"), SENDER, person)));
        assertThat(census.endPass()).isFalse();
        assertThat(isMassTemplate(census, note(PEOPLE.get(1), "caching"), SENDER, PEOPLE.get(1))).isTrue();
    }
}
