package org.inviteaudit.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
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
        return census.isMassTemplate(Words.of(TextNormalizer.normalize(message)), sender, NameWords.of(recipient));
    }

    private static TemplateCensus census(int min) {
        return new TemplateCensus(min);
    }

    @Test
    void theSameNoteToThreePeopleNamesSwappedIsATemplateInEveryCopy() {
        TemplateCensus census = census(3);
        PEOPLE.subList(0, 3).forEach(person -> census.count(note(person, "event sourcing"), SENDER, person));
        assertThat(PEOPLE.subList(0, 3))
                .allMatch(person -> isMassTemplate(census, note(person, "event sourcing"), SENDER, person));
    }

    @Test
    void twoPeopleAreBelowTheDefaultMinimum() {
        TemplateCensus census = census(3);
        PEOPLE.subList(0, 2).forEach(person -> census.count(note(person, "event sourcing"), SENDER, person));
        assertThat(isMassTemplate(census, note(PEOPLE.get(0), "event sourcing"), SENDER, PEOPLE.get(0))).isFalse();
        TemplateCensus lower = census(2);
        PEOPLE.subList(0, 2).forEach(person -> lower.count(note(person, "event sourcing"), SENDER, person));
        assertThat(isMassTemplate(lower, note(PEOPLE.get(0), "event sourcing"), SENDER, PEOPLE.get(0))).isTrue();
    }

    @Test
    void itCountsPeopleNotInvitations() {
        TemplateCensus census = census(3);
        for (int i = 0; i < 5; i++) {
            census.count(note(PEOPLE.get(0), "event sourcing"), SENDER, PEOPLE.get(0));
        }
        assertThat(isMassTemplate(census, note(PEOPLE.get(0), "event sourcing"), SENDER, PEOPLE.get(0))).isFalse();
    }

    private static final String OWNER = "Robin Calloway";
    private static final List<String> SENDERS = List.of("Ada Byron", "Bo Lindgren", "Cyra Okafor");

    private static String suggested(String recipient, String sender) {
        return "Congrats on the new role, " + recipient.split(" ")[0] + "! Wishing you every success in this "
                + "exciting new chapter.   - " + sender.split(" ")[0];
    }

    @Test
    void theSameNoteFromThreeSendersNamesSwappedIsATemplateInEveryCopy() {
        TemplateCensus census = census(3);
        SENDERS.forEach(sender -> census.count(suggested(OWNER, sender), sender, OWNER));
        assertThat(SENDERS).allMatch(sender -> isMassTemplate(census, suggested(OWNER, sender), sender, OWNER));
    }

    @Test
    void twoSendersAreBelowTheMinimumAndOneSenderTwiceIsOne() {
        TemplateCensus census = census(3);
        SENDERS.subList(0, 2).forEach(sender -> census.count(suggested(OWNER, sender), sender, OWNER));
        census.count(suggested(OWNER, SENDERS.get(0)), SENDERS.get(0), OWNER);
        assertThat(isMassTemplate(census, suggested(OWNER, SENDERS.get(0)), SENDERS.get(0), OWNER)).isFalse();
    }

    /** Short notes are written alike by people who never saw each other's: they are not compared across senders. */
    @Test
    void aShortNoteFromThreeSendersIsNoTemplate() {
        TemplateCensus census = census(3);
        List<String> senders = List.of("Ada Byron", "Bo Li", "Cy Young");
        for (int i = 0; i < 3; i++) {
            census.count("Let's connect and grow our networks together!", senders.get(i), PEOPLE.get(i));
        }
        assertThat(isMassTemplate(census, "Let's connect and grow our networks together!", "Ada Byron",
                PEOPLE.get(0))).isFalse();
    }

    @Test
    void nearCopiesWithUpToThreeAdjacentWordsSwappedAreFound() {
        TemplateCensus census = census(3);
        List<String> topics = List.of("event sourcing", "api design", "teams", "platform teams for small startups");
        for (int i = 0; i < 4; i++) {
            census.count(note(PEOPLE.get(i), topics.get(i)), SENDER, PEOPLE.get(i));
        }
        for (int i = 0; i < 3; i++) {
            assertThat(isMassTemplate(census, note(PEOPLE.get(i), topics.get(i)), SENDER, PEOPLE.get(i)))
                    .as(topics.get(i)).isTrue();
        }
        // five words in place of two: more than a few words differ from every other copy
        assertThat(isMassTemplate(census, note(PEOPLE.get(3), topics.get(3)), SENDER, PEOPLE.get(3))).isFalse();
    }

    @Test
    void capitalisedSlotsAndNumbersDifferFreely() {
        TemplateCensus census = census(3);
        List<String> notes = List.of(
                "Hi Anna, saw that Acme Corp is hiring 12 engineers in Berlin. Our team can help you ramp up fast.",
                "Hi Derek, saw that Globex is hiring 3 engineers in New York. Our team can help you ramp up fast.",
                "Hi Fatima, saw that Initech is hiring 40 engineers in Lagos. Our team can help you ramp up fast.");
        for (int i = 0; i < 3; i++) {
            census.count(notes.get(i), SENDER, PEOPLE.get(i));
        }
        assertThat(IntStream.range(0, 3)).allMatch(i -> isMassTemplate(census, notes.get(i), SENDER, PEOPLE.get(i)));
    }

    /** The figure the class documents: as many unrelated notes as fit before the census calls itself approximate. */
    @Test
    void fewerThanOneInTenThousandUnrelatedNotesIsCalledATemplateUpTo36000Notes() {
        TemplateCensus census = census(3);
        List<String> notes = randomNotes(36_000);
        for (int i = 0; i < notes.size(); i++) {
            census.count(notes.get(i), SENDER, "Person " + i);
        }
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
     * (the notes counted so far moved over in their order), with the keys that reached the minimum held or too many of
     * them to hold (the sketch asked): the census says the same of every note.
     */
    @Test
    void exactlyInSketchesOrSwitchingMidWayTheCensusSaysTheSame() {
        Random random = new Random(5);
        List<String[]> notes = new java.util.ArrayList<>();
        for (int i = 0; i < 600; i++) {
            String sender = "Sender " + random.nextInt(40);
            String recipient = "Person " + random.nextInt(300) + " Smith";
            StringBuilder own = new StringBuilder();
            for (int word = 0; word < 14; word++) {
                own.append(TOPIC_WORDS.get(random.nextInt(TOPIC_WORDS.size()))).append(' ');
            }
            String message = random.nextInt(4) == 0 ? note(recipient, "event sourcing") : own.toString().strip();
            notes.add(new String[] {message, sender, recipient});
        }
        TemplateCensus exact = new TemplateCensus(3);
        TemplateCensus sketches = new TemplateCensus(3, 0);
        TemplateCensus switching = new TemplateCensus(3, 5_000);
        TemplateCensus tooManyToHold = new TemplateCensus(3, 0, 10);
        for (String[] note : notes) {
            List.of(exact, sketches, switching, tooManyToHold)
                    .forEach(census -> census.count(note[0], note[1], note[2]));
        }
        int templates = 0;
        for (String[] note : notes) {
            boolean expected = isMassTemplate(exact, note[0], note[1], note[2]);
            assertThat(isMassTemplate(sketches, note[0], note[1], note[2])).isEqualTo(expected);
            assertThat(isMassTemplate(switching, note[0], note[1], note[2])).isEqualTo(expected);
            assertThat(isMassTemplate(tooManyToHold, note[0], note[1], note[2])).isEqualTo(expected);
            templates += expected ? 1 : 0;
        }
        assertThat(templates).isBetween(1, notes.size() - 1);
    }
}
