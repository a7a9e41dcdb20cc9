package org.inviteaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.inviteaudit.check.DraftAdvisor;
import org.inviteaudit.classify.Classifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code invite-audit check}: each hint, each warning and each exit code. */
class CheckCommandTest {


    private static JsonNode check(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("check", "--format", "json"));
        all.addAll(List.of(args));
        CliRun run = CliRun.of(all.toArray(String[]::new));
        assertThat(run.err()).isEmpty();
        return run.json();
    }

    private static List<String> hints(JsonNode advice) {
        List<String> hints = new ArrayList<>();
        advice.get("hints").forEach(hint -> hints.add(hint.asText()));
        return hints;
    }

    @ParameterizedTest(name = "{1} -> exit {0}")
    @CsvSource(delimiter = '|', value = {
        "0 | Hi Ada, great talking with you at the Leeds JUG yesterday about Loom!",
        "1 | I'd like to add you to my professional network on LinkedIn.",
        "1 | Let's connect!",
        "1 | Hi {first_name}, we met at the summit.",
    })
    void exitsWithZeroForAPersonalNoteAndOneOtherwise(int exitCode, String draft) {
        CliRun run = CliRun.of("check", "--to", "Ada Byron", draft);
        assertThat(run.exitCode()).as(run.out()).isEqualTo(exitCode);
        assertThat(run.out()).startsWith("Verdict: ");
    }

    @Test
    void anEmptyDraftIsAUsageErrorNotADefaultVerdict() throws Exception {
        CliRun blank = CliRun.of("check", "  ");
        assertThat(blank.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(blank.out()).isEmpty();
        assertThat(blank.err()).contains("nothing to check: the draft is empty");
        CliRun emptyStdin = CliRun.withStdin(new ByteArrayInputStream("\n\n".getBytes(StandardCharsets.UTF_8)),
                "check", "-");
        assertThat(emptyStdin.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(emptyStdin.out()).isEmpty();
        assertThat(emptyStdin.err()).contains("nothing to check: standard input held no draft");
    }

    @Test
    void aPersonalDraftLongerThanLinkedInTakesExitsWithOne() throws Exception {
        String note = "Hi Ada, great talking with you at the Leeds JUG yesterday about Loom and the build cache. ";
        CliRun run = CliRun.of("check", "--to", "Ada Byron", "--format", "json", note.repeat(4));
        JsonNode advice = run.json();
        assertThat(advice.get("verdict").asText()).isEqualTo("personalized");
        assertThat(advice.get("length").asInt()).isGreaterThan(DraftAdvisor.NOTE_LIMIT);
        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(CliRun.of("check", "--to", "Ada Byron", note).exitCode()).isEqualTo(ExitCode.OK);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "sales-pitch | Hi Ada, we help teams like yours cut cloud costs by 30%. Open to a quick demo? "
                + "| Say why this person, not what you sell",
        "recruiter | Hi Ada, I'm hiring a Staff Engineer and your profile looks like a great fit. "
                + "| Say why them rather than anyone with their title",
        "job-request | Hi Ada, I'm looking for a junior analyst role. Could you refer me? "
                + "| Say what ties you to them before you ask",
    })
    void hintsForAPitchAnOfferAndARequest(String reason, String draft, String hint) throws Exception {
        JsonNode advice = check("--to", "Ada Byron", draft);
        assertThat(advice.get("reasons").toString()).contains("\"" + reason + "\"");
        assertThat(hints(advice)).anyMatch(text -> text.startsWith(hint));
        // The hints come from what the draft lacks: told where you met, it is not asked to say so.
        JsonNode withHistory = check("--to", "Ada Byron", "We worked together at Quillmoor in 2019. " + draft);
        assertThat(hints(advice)).anyMatch(text -> text.startsWith("Say how you know each other"));
        assertThat(hints(withHistory)).noneMatch(text -> text.startsWith("Say how you know each other"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "check --bogus hello | Unknown option: '--bogus' (invite-audit check --help lists the options)",
        "check --format xml hello | 'xml' is not a format; use one of text, json",
        "check | Missing required parameter: 'TEXT'",
    })
    void exitsWithTwoOnAUsageError(String args, String message) {
        CliRun run = CliRun.of(args.split(" "));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(message);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void readsTheDraftFromStandardInputAndSaysWhenItCannot() throws Exception {
        byte[] draft = "Let's connect!\n".getBytes(StandardCharsets.UTF_8);
        CliRun run = CliRun.withStdin(new ByteArrayInputStream(draft), "check", "--format", "json", "-");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.json().get("verdict").asText()).isEqualTo("generic");

        CliRun zip = CliRun.withStdin(new ByteArrayInputStream(new byte[] {'P', 'K', 3, 4}), "check", "-");
        assertThat(zip.exitCode()).isEqualTo(3);
        assertThat(zip.err()).contains("<stdin>: is a zip archive");
    }

    @Test
    void aDraftThatCannotBeReadFromStandardInputExitsWithThree() {
        CliRun run = CliRun.withStdin(CliRun.failingStdin(new IOException("Is a directory")), "check", "-");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("<stdin>: the draft could not be read (Is a directory)");
    }

    @Test
    void saysWhenTheDraftIsNotUtf8() {
        byte[] latin1 = "Caf\u00e9 later?".getBytes(StandardCharsets.ISO_8859_1);
        CliRun run = CliRun.withStdin(new ByteArrayInputStream(latin1), "check", "-");
        assertThat(run.err()).contains("<stdin>: the draft is not valid UTF-8 from here; it is read as Windows-1252");
        assertThat(run.out()).contains("Length:  11 characters");
    }

    @Test
    void aDraftThatNamesTheirWorkIsNotToldToNameIt() throws Exception {
        String hint = "Or name what of theirs brought you to them";
        assertThat(hints(check("--to", "Ada Byron", "Hi Ada, I would like to connect."))).anyMatch(
                text -> text.startsWith(hint));
        assertThat(hints(check("--to", "Ada Byron", "Hi Ada, your talk on virtual threads at the Leeds JUG changed how we "
                + "test."))).noneMatch(text -> text.startsWith(hint));
    }

    @Test
    void aBlankToNameCountsAsNoName() throws Exception {
        assertThat(hints(check("--to", " ", "We met at the Leeds JUG yesterday.")))
                .contains("Greet them by name (give --to NAME and check will look for it).");
    }

    @Test
    void theJsonHasTheDocumentedFields() throws Exception {
        JsonNode advice = check("--to", "Ada", "Let's connect!");
        assertThat(advice.fieldNames()).toIterable()
                .containsExactly("verdict", "score", "reasons", "hints", "warnings", "length");
        assertThat(advice.get("verdict").asText()).isEqualTo("generic");
        assertThat(advice.get("score").asInt()).isBetween(0, 39);
        assertThat(advice.get("reasons").get(0).asText()).isEqualTo("boilerplate");
        assertThat(advice.get("hints").isArray()).isTrue();
        assertThat(advice.get("warnings").isArray()).isTrue();
        assertThat(advice.get("length").asInt()).isEqualTo(14);
    }

    @Test
    void theScoreIsTheAuditsScoreInTextAndJson() throws Exception {
        String draft = "Hi Ada, great meeting you at the Leeds JUG yesterday! Your talk on virtual threads was superb.";
        int score = check("--to", "Ada Byron", draft).get("score").asInt();
        assertThat(score).isEqualTo(new Classifier().classify(draft, "", "Ada Byron").score())
                .isBetween(40, 100);
        assertThat(CliRun.of("check", "--to", "Ada Byron", draft).out()).contains("Score:   " + score + " of 100");
    }

    @Test
    void aDraftThatGreetsByNameIsNotToldToEvenWhenItIsGeneric() throws Exception {
        JsonNode advice = check("--to", "Jordan Pike", "Hi Jordan, let's connect!");
        assertThat(advice.get("verdict").asText()).isEqualTo("generic");
        assertThat(hints(advice)).noneMatch(hint -> hint.startsWith("Greet"))
                .contains("Replace the boilerplate \"let's connect\": it could go to anyone.");
    }

    @Test
    void aSignatureAfterAClosingIsNotCountedAsTheSendersOwnWords() throws Exception {
        JsonNode signed = check("--to", "Maria Lopez", "Hi Maria, let's connect! Best regards, Ada");
        JsonNode unsigned = check("--to", "Maria Lopez", "Hi Maria, let's connect!");
        assertThat(signed.get("verdict")).isEqualTo(unsigned.get("verdict"));
        assertThat(signed.get("reasons")).isEqualTo(unsigned.get("reasons"));
        assertThat(signed.get("hints")).isEqualTo(unsigned.get("hints"));
    }

    /** The three examples of docs/check.md, as it shows them. */
    @Test
    void theReadmeExamplesGiveWhatTheReadmeShows() {
        CliRun generic = CliRun.of("check", "--to", "Ada Byron",
                "Hi there, I came across your profile and would love to connect.");
        assertThat(generic.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(generic.out()).isEqualTo("""
                Verdict: generic
                Score:   1 of 100
                Reasons: boilerplate
                Length:  63 characters

                Hints:
                  - Greet Ada by name: start with "Hi Ada,".
                  - Say how you know each other or where you met, as in "Great talking with you
                    at the meetup yesterday".
                  - If you don't know them, introduce yourself and say why you're reaching out.
                  - Or name what of theirs brought you to them, as in "your talk on event
                    sourcing at JFokus".
                  - Replace the boilerplate "I came across your profile and would love to
                    connect": it could go to anyone.
                """);
        CliRun personal = CliRun.withStdin(new ByteArrayInputStream(
                "Hi Ada, great talking with you at the Leeds JUG yesterday!\n".getBytes(StandardCharsets.UTF_8)),
                "check", "--to", "Ada Byron", "-");
        assertThat(personal.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(personal.out()).contains("Verdict: personalized", "Score:   98 of 100").doesNotContain("Hints");
        CliRun pitch = CliRun.of("check", "--to", "Ada Byron", "Hi Ada, we help platform teams like yours cut cloud "
                + "costs by 35%. Open to a quick demo next week?");
        assertThat(pitch.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(pitch.out()).isEqualTo("""
                Verdict: generic
                Score:   8 of 100
                Reasons: sales-pitch
                Length:  97 characters

                Hints:
                  - Say how you know each other or where you met, as in "Great talking with you
                    at the meetup yesterday".
                  - If you don't know them, introduce yourself and say why you're reaching out.
                  - Or name what of theirs brought you to them, as in "your talk on event
                    sourcing at JFokus".
                  - Say why this person, not what you sell: what of their own work, or of your
                    shared history, makes you write to them?
                """);
    }

    @Test
    void hintsThatTheGreetingNamesSomeoneElse() throws Exception {
        JsonNode advice = check("--to", "Ada Byron", "Hi Daniel, great meeting you at the Leeds JUG yesterday!");
        // A name that is not theirs is a reason shown, not a veto: the note tells a shared history.
        assertThat(advice.get("verdict").asText()).isEqualTo("personalized");
        assertThat(advice.get("reasons").toString()).contains("\"wrong-name\"");
        assertThat(hints(advice)).contains("The greeting names someone else: this note is for Ada.")
                .noneMatch(hint -> hint.startsWith("Say how you know each other"));
    }

    @Test
    void hintsToGreetThePersonByName() throws Exception {
        assertThat(hints(check("--to", "Ada Byron", "We met at the Leeds JUG yesterday.")))
                .contains("Greet Ada by name: start with \"Hi Ada,\".");
        assertThat(hints(check("--to", "Ada Byron", "Hi Ada, we met at the Leeds JUG yesterday.")))
                .noneMatch(hint -> hint.startsWith("Greet"));
        assertThat(hints(check("We met at the Leeds JUG yesterday.")))
                .contains("Greet them by name (give --to NAME and check will look for it).");
    }

    @Test
    void hintsToSayHowYouKnowEachOther() throws Exception {
        assertThat(hints(check("--to", "Ada", "Hi Ada, your background in retail forecasting is impressive.")))
                .anyMatch(hint -> hint.startsWith("Say how you know each other or where you met"));
        assertThat(hints(check("--to", "Ada", "Hi Ada, great meeting you at the Leeds JUG yesterday!")))
                .noneMatch(hint -> hint.startsWith("Say how you know each other"));
        assertThat(hints(check("--to", "Ada", "Hi Ada, your talk on Kafka consumer lag at the Leeds JUG was great.")))
                .as("a note that names their work has its reason to write")
                .noneMatch(hint -> hint.startsWith("Say how you know each other"));
    }

    @Test
    void hintsToIntroduceYourselfOnlyWhenNothingSaysWhoYouAre() throws Exception {
        String introduce = "If you don't know them, introduce yourself and say why you're reaching out.";
        assertThat(hints(check("--to", "Ada", "Hi Ada, your talk on Kafka was great."))).contains(introduce);
        assertThat(hints(check("--to", "Ada", "Hi Ada, I'm a data engineer at Quillmoor and your talk on Kafka "
                + "answered a question we had."))).doesNotContain(introduce);
        assertThat(hints(check("--to", "Ada", "Hi Ada, we met at the Leeds JUG yesterday."))).doesNotContain(introduce);
    }

    @Test
    void hintsQuoteTheBoilerplateAndTheStockTextFound() throws Exception {
        assertThat(hints(check("--to", "Ada", "Hi Ada, I came across your profile and would love to connect.")))
                .contains("Replace the boilerplate \"I came across your profile and would love to connect\": "
                        + "it could go to anyone.");
        assertThat(hints(check("I’d like to add you to my professional network on LinkedIn.")))
                .contains("Replace LinkedIn's stock text \"I'd like to add you to my professional network on "
                        + "LinkedIn\" with words of your own.");
        assertThat(hints(check("--to", "Ada", "Congrats on the new role, Ada! Wishing you all the best.")))
                .as("boilerplate that a pattern rather than a phrase list finds is quoted too")
                .contains("Replace the boilerplate \"congrats on the new role\": it could go to anyone.");
    }

    @Test
    void hintsToFillInEveryMergeField() throws Exception {
        assertThat(hints(check("Hi {first_name}, I saw your work at %COMPANY%.")))
                .contains("Fill in the merge field {first_name}.", "Fill in the merge field %COMPANY%.");
    }

    @Test
    void warnsPastLinkedInsLimitAndMentionsFreeAccounts() throws Exception {
        String note = "Hi Ada, we met at the Leeds JUG yesterday. ";
        JsonNode over = check("--to", "Ada", note.repeat(8));
        assertThat(over.get("length").asInt()).isGreaterThan(300);
        assertThat(over.get("warnings").get(0).asText()).contains("over LinkedIn's 300-character limit")
                .contains("free accounts may be held to 200 characters and to 5 personal notes a month");

        JsonNode free = check("--to", "Ada", note.repeat(5));
        assertThat(free.get("length").asInt()).isBetween(201, 300);
        assertThat(free.get("warnings").get(0).asText()).contains("within LinkedIn's 300")
                .contains("free accounts may be held to 200 characters");

        assertThat(check("--to", "Ada", note).get("warnings")).isEmpty();
    }

    @Test
    void helpListsTheExitCodes() {
        CliRun run = CliRun.of("check", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--to=NAME").containsPattern("(?m)^\\s+0\\s+the draft is personalized")
                .containsPattern("(?m)^\\s+1\\s+the draft is default or generic")
                .containsPattern("(?m)^\\s+2\\s+usage error");
    }

    @Test
    void withoutToTheHintAsksToCheckTheNameTheGreetingGivesNotToGreetByName() {
        String greeted = CliRun.of("check", "Hi Sam, loved your talk on event sourcing at JavaZone yesterday").out();
        assertThat(greeted).contains("Check that Sam is how they write their name").doesNotContain("Greet them");
        assertThat(CliRun.of("check", "Hello, let's connect").out()).contains("Greet them by name");
        assertThat(CliRun.of("check", "Hi, I'd like to add you to my network").out())
                .as("a pronoun after the greeting is no name").doesNotContain("Check that I'd");
        assertThat(CliRun.of("check", "Hi [First Name], we help teams like yours ship faster").out())
                .as("a merge field after the greeting is no name").doesNotContain("Check that First")
                .contains("Greet them by name", "Fill in the merge field [First Name].");
    }

    /**
     * A check runs on a command line of its own, without the audit's options; it must help, and err, as the check
     * within the whole command line does (which {@code help check} shows, and the manual pages are written from).
     */
    @Test
    void checkAloneHelpsAndErrsAsWithinTheWholeCommandLine() {
        CliRun alone = CliRun.of("check", "--help");
        CliRun within = CliRun.of("help", "check");
        assertThat(alone.out()).isEqualTo(within.out()).startsWith("Usage: invite-audit check ");
        assertThat(alone.exitCode()).isEqualTo(within.exitCode()).isZero();
        assertThat(CliRun.of("check", "--formt", "json", "hi").err())
                .isEqualTo("invite-audit: Unknown option: '--formt'; did you mean --format? (invite-audit check "
                        + "--help lists the options)\n");
    }

    @Test
    void helpShowsExamples() {
        assertThat(CliRun.of("--help").out()).contains("Examples:", "invite-audit --direction sent --since 3m");
        assertThat(CliRun.of("check", "--help").out()).contains("Examples:", "invite-audit check --to");
    }

    @Test
    void hintsAreWrappedToTheTerminal() {
        Environment narrow = new Environment(true, Map.of("COLUMNS", "50"));
        CliRun run = CliRun.in(narrow, "check", "Hi there, I came across your profile and would love to connect.");
        assertThat(run.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(50));
        assertThat(run.out()).contains("  - Say how you know each other or where you met,\n    as in");
    }

    /** An argument starting with @ is what it says, not a file of arguments (Jazzer found the stack trace). */
    @Test
    void anArgumentStartingWithAnAtSignIsTakenAsWritten() {
        CliRun run = CliRun.of("check", "--to", "@/nowhere", "@Ada great talking with you at the Leeds JUG!");
        assertThat(run.exitCode()).as(run.err()).isIn(0, 1);
        assertThat(run.err()).doesNotContain("argument file", "\tat ");
        CliRun audit = CliRun.of("@missing.csv");
        assertThat(audit.exitCode()).isEqualTo(3);
        assertThat(audit.err()).startsWith("invite-audit: @missing.csv: no such file");
    }
}
