package org.inviteaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.inviteaudit.io.OurTemporaryFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --template-min} and {@code --phrases} through the seam, from files and from standard input. */
class TemplatesAndPhrasesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    // The owner sends one personal-sounding note to three people, name swapped; and one truly personal note.
    private static final String SENT = """
            From,To,Sent At,Message,Direction
            Robin Calloway,Anna Kowalski,"1/29/26, 2:37 PM","Hi Anna, loved your recent post on data pipelines, would be great to connect!",OUTGOING
            Robin Calloway,Derek Huang,"1/28/26, 2:37 PM","Hi Derek, loved your recent post on data pipelines, would be great to connect!",OUTGOING
            Robin Calloway,Fatima Zahra,"1/27/26, 2:37 PM","Hi Fatima, loved your recent post on data pipelines, would be great to connect!",OUTGOING
            Robin Calloway,Lukas Brenner,"1/26/26, 2:37 PM","Hi Lukas, great talking with you at the Rust meetup in Ghent last night!",OUTGOING
            """;

    // Rows of ManyInvitations whose records outgrow the memory the audit keeps them in (Audit.KeptRecords.BUDGET).
    private static final int KEPT_PAST_THE_MEMORY_BUDGET = 12_000;

    @TempDir
    Path dir;

    @Test
    void aNoteSentToThreePeopleIsAMassTemplateInEveryCopy() throws IOException {
        List<JsonNode> invitations = invitations(CliRun.of("--format", "json", "--all", file(SENT)));
        assertThat(invitations).extracting(node -> node.get("verdict").asText())
                .containsExactly("generic", "generic", "generic", "personalized");
        assertThat(invitations.subList(0, 3)).allSatisfy(node -> {
            assertThat(node.get("reasons").get(0).asText()).isEqualTo("mass-template");
            assertThat(node.get("score").asInt()).isBetween(1, 39);
        });
        assertThat(invitations.get(3).get("score").asInt()).isBetween(40, 100);
    }

    /** Issue 21: each word of a name became a mark of its own, and one template was listed as several. */
    @Test
    void oneTemplateToNamesOfOneTwoAndThreeWordsIsOneRowOfTheSentNotes() throws IOException {
        String csv = """
                From,To,Sent At,Message,Direction
                Robin Calloway,Anna Kowalski,"1/29/26, 2:37 PM","Hi Anna Kowalski, our agency builds dashboards in days.",OUTGOING
                Robin Calloway,Derek Huang,"1/28/26, 2:37 PM","Hi Derek Huang, our agency builds dashboards in days.",OUTGOING
                Robin Calloway,Ana Maria Costa,"1/27/26, 2:37 PM","Hi Ana Maria Costa, our agency builds dashboards in days.",OUTGOING
                Robin Calloway,Lukas Brenner,"1/26/26, 2:37 PM","Hi Lukas, our agency builds dashboards in days.",OUTGOING
                """;
        JsonNode top = CliRun.of("--format", "json", "--template-min", "0", file(csv)).json()
                .get("sentNotes").get("top");
        assertThat(top).hasSize(1);
        assertThat(top.get(0).get("note").asText()).isEqualTo("Hi {name}, our agency builds dashboards in days.");
        assertThat(top.get(0).get("offenders").asInt()).isEqualTo(4);
    }

    /**
     * Standard input is read once, as a file is, its records kept for the census's later passes: enough of them that
     * they go to a temporary file, which is gone when the run ends.
     */
    @Test
    void standardInputGivesTheSameReportAsTheFileAndLeavesNoTemporaryFileBehind() throws IOException {
        Path many = ManyInvitations.write(dir.resolve("many.csv"), KEPT_PAST_THE_MEMORY_BUDGET);
        String fromFile = CliRun.of("--format", "ndjson", "--all", many.toString()).out();
        List<Path> before = OurTemporaryFiles.list();
        CliRun fromStdin = CliRun.withStdin(new ByteArrayInputStream(Files.readAllBytes(many)),
                "--format", "ndjson", "--all", "-");
        assertThat(fromStdin.exitCode()).as(fromStdin.err()).isZero();
        assertThat(fromStdin.out().replace("\"<stdin>\"", "\"x\""))
                .isEqualTo(fromFile.replace(JSON.writeValueAsString(many.toString()), "\"x\""));
        assertThat(OurTemporaryFiles.list()).isEqualTo(before);
    }

    @Test
    void copiesOutsideTheDatesInScopeStillMakeATemplate() throws IOException {
        List<JsonNode> invitations = invitations(CliRun.of("--format", "json", "--all", "--since", "2026-01-29",
                file(SENT)));
        assertThat(invitations).singleElement().satisfies(node -> {
            assertThat(node.get("to").asText()).isEqualTo("Anna Kowalski");
            assertThat(node.get("reasons").get(0).asText()).isEqualTo("mass-template");
        });
    }

    @Test
    void aHigherMinimumOrZeroLeavesTheCopiesToTheirWords() throws IOException {
        for (String min : List.of("4", "0")) {
            List<JsonNode> invitations = invitations(CliRun.of("--format", "json", "--all", "--template-min", min,
                    file(SENT)));
            assertThat(invitations).as("--template-min " + min).extracting(node -> node.get("verdict").asText())
                    .containsOnly("personalized");
        }
    }

    /**
     * One sender's notes that all open alike, then go their own ways: the census counts the keys of every one of them
     * (their openings are shared), far more than it can count exactly.
     */
    @Test
    void pastWhatTheCensusCountsExactlyTheUserIsTold() throws IOException {
        StringBuilder csv = new StringBuilder("From,To,Sent At,Message,Direction\n");
        java.util.Random random = new java.util.Random(3);
        String opening = "hello and welcome this note opens every one of these as a long greeting from the same "
                + "sender who wrote them all at once and then some more words so that it runs on for longer before "
                + "each goes its own way";
        for (int i = 0; i < 25_000; i++) {
            csv.append("Robin Calloway,Person ").append(i).append(",\"1/29/26, 2:37 PM\",").append(opening);
            for (int w = 0; w < 40; w++) {
                csv.append(" w").append(Integer.toString(random.nextInt(50_000), 36)
                        .replaceAll("\\d", "x"));
            }
            csv.append(",OUTGOING\n");
        }
        CliRun run = CliRun.of("--format", "json", file(csv.toString()));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEqualTo("invite-audit: so many notes that mass-template detection is approximate: "
                + "a few notes may be called templates wrongly\n");
    }

    @Test
    void stockTextSentToManyStaysDefault() throws IOException {
        String csv = """
                From,To,Sent At,Message,Direction
                Robin Calloway,Anna Kowalski,"1/29/26, 2:37 PM",I'd like to add you to my professional network on LinkedIn.,OUTGOING
                Robin Calloway,Derek Huang,"1/28/26, 2:37 PM",I'd like to add you to my professional network on LinkedIn.,OUTGOING
                Robin Calloway,Fatima Zahra,"1/27/26, 2:37 PM",I'd like to add you to my professional network on LinkedIn.,OUTGOING
                """;
        assertThat(invitations(CliRun.of("--format", "json", "--all", file(csv)))).hasSize(3).allSatisfy(node -> {
            assertThat(node.get("verdict").asText()).isEqualTo("default");
            assertThat(node.get("reasons").toString()).isEqualTo("[\"stock-text\"]");
        });
    }

    @Test
    void theMinimumGoesUpTo127() throws IOException {
        assertThat(CliRun.of("--template-min", "127", file(SENT)).exitCode()).isZero();
        CliRun run = CliRun.of("--template-min", "128", file(SENT));
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("from 2 to 127, not 128");
    }

    @Test
    void aMinimumOfOneIsAUsageError() throws IOException {
        CliRun run = CliRun.of("--template-min", "1", file(SENT));
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--template-min must be 0 (off) or from 2 to 127, not 1").hasLineCount(1);
    }

    @Test
    void userPhrasesCountAsBoilerplateOrAsStockText() throws IOException {
        String csv = """
                From,To,Sent At,Message,Direction
                Ada Byron,Robin Calloway,"1/29/26, 2:37 PM",Greetings from the Acme growth guild to a valued peer!,INCOMING
                Bo Li,Robin Calloway,"1/28/26, 2:37 PM",Ich lade Sie herzlich in mein Netz ein,INCOMING
                """;
        Path phrases = dir.resolve("phrases.txt");
        Files.writeString(phrases, """
                # my own list
                greetings from the acme growth guild to a valued peer

                stock: Ich lade Sie herzlich in mein Netz ein
                """);
        List<JsonNode> without = invitations(CliRun.of("--format", "json", "--all", file(csv)));
        assertThat(without).extracting(node -> node.get("verdict").asText()).doesNotContain("default");
        assertThat(without).extracting(node -> node.get("reasons").toString())
                .noneMatch(reasons -> reasons.contains("boilerplate") || reasons.contains("stock-text"));
        List<JsonNode> withPhrases = invitations(CliRun.of("--format", "json", "--all", "--phrases",
                phrases.toString(), file(csv)));
        assertThat(withPhrases).extracting(node -> node.get("verdict").asText()).containsExactly("generic", "default");
        assertThat(withPhrases).extracting(node -> node.get("reasons").get(0).asText())
                .containsExactly("boilerplate", "stock-text");
    }

    @Test
    void checkUsesTheUserPhrasesToo() throws IOException {
        Path phrases = dir.resolve("phrases.txt");
        Files.writeString(phrases, "greetings from the acme growth guild to a valued peer\n");
        CliRun run = CliRun.of("check", "--phrases", phrases.toString(),
                "Greetings from the Acme growth guild to a valued peer!");
        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run.out()).contains("Verdict: generic", "Replace the boilerplate \"Greetings from the Acme "
                + "growth guild to a valued\n    peer\"");
    }

    @Test
    void aBadPhrasesFileIsAUsageErrorNamingTheFileAndLine() throws IOException {
        Path phrases = dir.resolve("phrases.txt");
        Files.writeString(phrases, "# fine\nlet's sync\n!!!\n");
        CliRun run = CliRun.of("--phrases", phrases.toString(), file(SENT));
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains(phrases + ": line 3: has no words: '!!!'").hasLineCount(1);

        CliRun missing = CliRun.of("--phrases", dir.resolve("nope.txt").toString(), file(SENT));
        assertThat(missing.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(missing.err()).contains("nope.txt: no such file; give a text file with one phrase a line")
                .hasLineCount(1);

        Files.write(phrases, new byte[] {'o', 'k', (byte) 0xff, '\n'});
        CliRun binary = CliRun.of("--phrases", phrases.toString(), file(SENT));
        assertThat(binary.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(binary.err()).contains("not UTF-8 text; save it as UTF-8").hasLineCount(1);
    }

    private String file(String csv) throws IOException {
        Path file = dir.resolve("Invitations.csv");
        Files.writeString(file, csv);
        return file.toString();
    }

    private static List<JsonNode> invitations(CliRun run) throws IOException {
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<JsonNode> invitations = new ArrayList<>();
        run.json().get("invitations").forEach(invitations::add);
        return invitations;
    }
}
