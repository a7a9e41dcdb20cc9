package org.inviteaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.inviteaudit.render.TerminalText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The text report's width, its opening sentences and its order, beyond what the golden files pin down. */
class TextReportTest {

    private static final String SAMPLE = "samples/Invitations.csv";
    private static final String SENDERS = "src/test/resources/inputs/repeat-senders.csv";
    private static final String HEADER = "From,To,Sent At,Message,Direction\n";

    @ParameterizedTest(name = "{0} columns")
    @ValueSource(ints = {40, 47, 59, 60, 61, 72, 80, 99, 100, 119, 120, 160, 200})
    void noLineIsWiderThanTheWidthGiven(int width) {
        for (String input : List.of(SAMPLE, SENDERS, "src/test/resources/inputs/problems.csv")) {
            CliRun run = CliRun.of("--all", "--width", String.valueOf(width), input);
            assertThat(run.out().lines()).as(input).isNotEmpty()
                    .allSatisfy(line -> assertThat(TerminalText.width(line)).as(line).isLessThanOrEqualTo(width));
        }
    }

    @Test
    void belowSixtyColumnsEachInvitationIsABlockWithItsWholeShortNote() {
        CliRun run = CliRun.of("--width", "50", SAMPLE);
        assertThat(run.out()).doesNotContain("  date ")
                .contains("  2026-11-05  to Yusuf Demirel\n    boilerplate, score 1\n    \"Let's connect!\"\n");
    }

    @Test
    void wideCutsNothing() {
        CliRun run = CliRun.of("--wide", "--all", SAMPLE);
        assertThat(run.out()).doesNotContain("…\"")
                .contains("\"Hi Lena, I enjoyed your talk on platform engineering at DevOpsDays Ghent. Would be "
                        + "great to connect and swap notes!\"");
    }

    private static int widestLine(CliRun run) {
        return run.out().lines().mapToInt(TerminalText::width).max().orElseThrow();
    }

    @Test
    void onATerminalTheWidthComesFromColumnsAndElsewhereItIsEighty() {
        Environment narrowTerminal = new Environment(true, Map.of("COLUMNS", "64", "NO_COLOR", "1"));
        assertThat(widestLine(CliRun.in(narrowTerminal, SAMPLE))).isBetween(61, 64);
        Environment pipe = new Environment(false, Map.of("COLUMNS", "64"));
        assertThat(widestLine(CliRun.in(pipe, SAMPLE))).isBetween(65, 80);
        Environment terminalOfUnknownWidth = new Environment(true, Map.of("COLUMNS", "wide", "NO_COLOR", "1"));
        assertThat(widestLine(CliRun.in(terminalOfUnknownWidth, SAMPLE))).isBetween(65, 80);
    }

    @Test
    void aWidthBelowFortyOrBesideWideIsAUsageError() {
        CliRun narrow = CliRun.of("--width", "39", SAMPLE);
        assertThat(narrow.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(narrow.err()).contains("--width must be 40 columns or more, not 39");
        CliRun both = CliRun.of("--width", "90", "--wide", SAMPLE);
        assertThat(both.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(both.err()).contains("--wide and --width 90 contradict each other");
    }

    @Test
    void theReportOpensWithASentencePerDirectionThatHasInvitations(@TempDir Path dir) throws Exception {
        Path one = Files.writeString(dir.resolve("one.csv"), HEADER
                + "Ann Lee,Robin Calloway,\"11/20/26, 9:02 AM\",,INCOMING\n", StandardCharsets.UTF_8);
        assertThat(CliRun.of("--wide", one.toString()).out())
                .startsWith("You received 1 invitation, and it was default: no note, or LinkedIn's stock text.\n\n");
        Path two = Files.writeString(dir.resolve("two.csv"), HEADER
                + "Robin Calloway,Ann Lee,\"11/20/26, 9:02 AM\",Let's connect!,OUTGOING\n"
                + "Robin Calloway,Bo Ek,\"11/21/26, 9:02 AM\",,OUTGOING\n", StandardCharsets.UTF_8);
        assertThat(CliRun.of("--wide", two.toString()).out()).startsWith("Of the 2 invitations you sent, 0 (0%) had a "
                + "personal note; 1 was generic and 1 default.\n\n");
        assertThat(CliRun.of("--direction", "received", two.toString()).out())
                .startsWith("There are no invitations in scope.\n");
    }

    @Test
    void undatedInvitationsComeLastInTheirGroup() {
        List<String> defaults = CliRun.of("--all", SENDERS).out().lines()
                .dropWhile(line -> !line.startsWith("Default"))
                .takeWhile(line -> !line.isEmpty()).toList();
        assertThat(defaults.get(defaults.size() - 1)).startsWith("  sometime…   from Nell Ashworth");
    }

    @Test
    void theSendersTableCountsTheOffendersOfEachRepeatSenderReceived() {
        String out = CliRun.of(SENDERS).out();
        assertThat(out).containsPattern("(?m)^  Talia Brandt +2 +1  recruiter$")
                .containsPattern("(?m)^  Dmitri Koval +2 +0  sales pitch$")
                .doesNotContain("  Nell Ashworth   ");
    }

    @Test
    void oneTemplateSentToManyIsOneRowWithTheNamesSetAside() {
        String out = CliRun.of("--wide", SAMPLE).out();
        assertThat(out).contains("Notes you sent, generic or default, to more than one person\n"
                + "   times  why            note\n"
                + "       3  mass template  \"Hi {name}, I enjoyed your talk on platform engineering at DevOpsDays "
                + "Ghent. Would be great to connect and swap notes!\"\n");
    }

    @Test
    void theHeaderSaysWhatWasCountedOnceOrSkipped(@TempDir Path dir) throws Exception {
        Path copy = Files.copy(Path.of(SAMPLE), dir.resolve("copy.csv"));
        String out = CliRun.of("--wide", SAMPLE, copy.toString(), "src/test/resources/inputs/problems.csv").out();
        assertThat(out).contains("\nRepeats: 44 invitations in more than one input, counted once\n"
                + "Skipped: 2 records that could not be read (see Problems)\n");
        assertThat(CliRun.of(SAMPLE).out()).doesNotContain("Repeats:").doesNotContain("Skipped:");
    }

    @Test
    void eachGroupHasItsColumnHeadingsAndOneDirectionGoesWithoutFromAndTo() {
        String out = CliRun.of("--direction", "sent", "--limit", "1", SAMPLE).out();
        assertThat(out).contains("Generic: a note that could have gone to anyone (6)\n  date        to  ")
                .contains("Default: no note, or LinkedIn's stock text (8)\n  date        to  ")
                .contains("\n  2026-11-05  Yusuf Demirel  ").doesNotContain(" to Yusuf");
    }
}
