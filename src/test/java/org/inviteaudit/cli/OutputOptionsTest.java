package org.inviteaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.inviteaudit.io.OurTemporaryFiles;
import org.inviteaudit.io.Utf8PrintWriter;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Filters, --fail-on, --redact, --color and the streaming of NDJSON. */
class OutputOptionsTest {

    private static final String SAMPLE = "samples/Invitations.csv";
    private static final String SENT = "samples/sent.csv";

    private static CliRun run(Environment environment, String... args) {
        return CliRun.in(environment, args);
    }

    @ParameterizedTest(name = "--fail-on {0} on {1}: exit {2}")
    @CsvSource({
        "default, samples/sent.csv, 1",
        "generic, samples/sent.csv, 1",
        "default, src/test/resources/inputs/generic-and-personal.csv, 0",
        "generic, src/test/resources/inputs/generic-and-personal.csv, 1",
    })
    void failOnExitsWithOneWhenAnyInvitationIsThatBadOrWorse(String verdict, String file, int exitCode) {
        CliRun run = CliRun.of("--fail-on", verdict, file);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(exitCode);
        assertThat(run.out()).startsWith("Of the ");
        if (exitCode == 1) {
            assertThat(run.err()).contains("(--fail-on " + verdict + ")");
        }
    }

    /** The JSON report renders its listed invitations as they are read, past a budget into a temporary file. */
    @Test
    void aJsonReportWhoseListingSpilledLeavesNoTemporaryFileBehind(@TempDir Path dir) throws IOException {
        Path many = ManyInvitations.write(dir.resolve("many.csv"), 12_000);
        List<Path> before = OurTemporaryFiles.list();
        CliRun run = CliRun.of("--format", "json", "--all", "--template-min", "0", many.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String out = run.out();
        assertThat(out.indexOf("\"problems\":") - out.indexOf("\"invitations\": ["))
                .as("chars past the 8 MiB budget, at two bytes a char").isGreaterThan(4_200_000);
        assertThat(run.json().get("invitations")).hasSize(12_000);
        assertThat(OurTemporaryFiles.list()).isEqualTo(before);
    }

    /** The text report's name column fits the invitations it lists: cut to the newest, not those left out. */
    @Test
    void aTextListingCutToTheNewestIsAsWideAsWhatItShows(@TempDir Path dir) throws IOException {
        Path input = dir.resolve("Invitations.csv");
        Files.writeString(input, "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
                + "Al,Me Myself,\"3/3/26, 10:00 AM\",,INCOMING,,\n"
                + "Bartholomew Wolfeschlegel-Steinhausenberger,Me Myself,\"3/1/26, 10:00 AM\",,INCOMING,,\n");
        assertThat(CliRun.of("--limit", "1", "--width", "100", input.toString()).out())
                .contains("\n  2026-03-03  from Al    no note\n").doesNotContain("Bartholomew");
        assertThat(CliRun.of("--limit", "2", "--width", "100", input.toString()).out())
                .contains("\n  2026-03-03  from Al                    no note\n")
                .contains("\n  2026-03-01  from Bartholomew Wolfesc\u2026  no note\n");
    }

    @Test
    void failOnPassesWhenEveryInvitationInScopeIsPersonalized() {
        CliRun run = CliRun.of("--fail-on", "generic", "--direction", "sent", "--since", "2026-11-13", SAMPLE);
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void aSkippedRecordOutweighsFailOn() {
        CliRun run = CliRun.of("--fail-on", "generic", "src/test/resources/inputs/problems.csv");
        assertThat(run.exitCode()).isEqualTo(3);
    }

    @Test
    void failOnTakesOnlyTheOffendingVerdicts() {
        CliRun run = CliRun.of("--fail-on", "personalized", SAMPLE);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("'personalized'");
    }

    @Test
    void sinceAndUntilNarrowTheCountsAndTheListsInEveryFormat() throws Exception {
        JsonNode report = CliRun.of("--format", "json", "--all", "--since", "2026-11-01",
                "--until", "2026-11-15", SAMPLE).json();
        assertThat(report.get("since").asText()).isEqualTo("2026-11-01");
        assertThat(report.get("summary").get("total").asInt()).isEqualTo(report.get("invitations").size());
        report.get("invitations").forEach(invitation -> assertThat(invitation.get("sentAt").asText())
                .isBetween("2026-11-01T00:00", "2026-11-15T23:59"));
        assertThat(CliRun.of("--format", "ndjson", "--all", "--since", "2026-11-01", "--until", "2026-11-15",
                SAMPLE).out().lines()).hasSize(report.get("invitations").size());
    }

    @Test
    void onlyRestrictsTheListsButNotTheCounts() throws Exception {
        JsonNode report = CliRun.of("--format", "json", "--only", "personalized", SAMPLE).json();
        assertThat(report.get("summary").get("total").asInt()).isEqualTo(44);
        assertThat(report.get("offenders")).isEmpty();
        assertThat(report.get("invitations")).hasSize(9)
                .allSatisfy(invitation -> assertThat(invitation.get("verdict").asText()).isEqualTo("personalized"));
        assertThat(CliRun.of("--format", "csv", "--only", "generic", SAMPLE).out().lines()).hasSize(1 + 10);
    }

    @ParameterizedTest
    @CsvSource({"--since, 2026-02-30", "--until, yesterday", "--only, good"})
    void aBadFilterValueIsAUsageError(String option, String value) {
        CliRun run = CliRun.of(option, value, SAMPLE);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(value);
    }

    @Test
    void sinceAfterUntilIsAUsageError() {
        CliRun run = CliRun.of("--since", "2026-12-01", "--until", "2026-01-01", SAMPLE);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--since 2026-12-01 is after --until 2026-01-01");
    }

    @Test
    void limitIsRefusedByTheFormatsThatListEverythingSelected() {
        for (String format : new String[] {"json", "ndjson", "csv"}) {
            CliRun run = CliRun.of("--format", format, "--limit", "3", SAMPLE);
            assertThat(run.exitCode()).as(format).isEqualTo(ExitCode.USAGE);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).contains("--limit applies to the text report; --format " + format);
        }
    }

    @Test
    void redactLeavesNoNameNorProfileUrlInAnyFormat() {
        for (String format : new String[] {"text", "json", "ndjson", "csv"}) {
            CliRun run = CliRun.of("--format", format, "--all", "--wide", "--redact", SAMPLE);
            assertThat(run.exitCode()).as(format + ": " + run.err()).isZero();
            assertThat(run.out()).as(format).isNotBlank()
                    .doesNotContain("Robin").doesNotContain("Calloway").doesNotContain("Gideon")
                    .doesNotContain("Whitfield").doesNotContain("noor.haddad").doesNotContain("linkedin.com/in");
        }
        assertThat(CliRun.of("--format", "json", "--redact", SAMPLE).out()).contains("\"owner\": \"R. C.\"");
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAreMadeInert(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("Invitations.csv"), "From,To,Sent At,Message,Direction\n"
                + "=HYPERLINK(\"http://x\"),+Bo,\"1/2/26, 1:00 PM\",\"@SUM(A1:A9)\",INCOMING\n"
                + "-2+3,Bo,\"1/3/26, 1:00 PM\",\"\tcmd|' /C calc'!A0\",INCOMING\n", StandardCharsets.UTF_8);
        String csv = CliRun.of("--format", "csv", "--all", file.toString()).out();
        assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://x\"\")\",\"'+Bo\",")
                .contains(",\"'@SUM(A1:A9)\",")
                .contains(",\"'-2+3\",\"Bo\",")
                .contains(",\"'\tcmd|' /C calc'!A0\",");
    }

    @Test
    void colourFollowsTheTerminalUnlessNoColorAndAlwaysWins() {
        Environment terminal = new Environment(true, Map.of());
        Environment terminalNoColor = new Environment(true, Map.of("NO_COLOR", "1"));
        Environment pipe = new Environment(false, Map.of());
        Environment emptyNoColor = new Environment(true, Map.of("NO_COLOR", ""));
        assertThat(run(terminal, SAMPLE).out()).contains("\u001B[");
        assertThat(run(emptyNoColor, SAMPLE).out()).as("an empty NO_COLOR counts as unset").contains("\u001B[");
        assertThat(run(terminalNoColor, SAMPLE).out()).doesNotContain("\u001B[");
        assertThat(run(pipe, SAMPLE).out()).doesNotContain("\u001B[");
        assertThat(run(terminalNoColor, "--color", "always", SAMPLE).out()).contains("\u001B[31m");
        assertThat(run(pipe, "--color=always", SAMPLE).out()).contains("\u001B[");
        assertThat(run(terminal, "--color", "never", SAMPLE).out()).doesNotContain("\u001B[");
        assertThat(run(terminal, "--format", "json", SAMPLE).out()).doesNotContain("\u001B[");
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void ndjsonIsWrittenAsRecordsAreReadWhenTemplatesAreNotLookedFor() throws Exception {
        PipedOutputStream feed = new PipedOutputStream();
        PipedInputStream stdin = new PipedInputStream(feed, 1 << 16);
        CountDownLatch firstLine = new CountDownLatch(1);
        StringWriter seen = new StringWriter();
        Writer out = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) {
                seen.write(buffer, offset, length);
                if (seen.toString().contains("\n")) {
                    firstLine.countDown();
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        ExecutorService runner = Executors.newSingleThreadExecutor();
        Future<Integer> run = runner.submit(() -> InviteAudit.run(stdin,
                new PrintWriter(out), new PrintWriter(new StringWriter()), "--format", "ndjson", "--template-min", "0",
                "-"));
        runner.shutdown();
        feed.write(("From,To,Sent At,Message,Direction\n"
                + "Ada Byron,Jordan Pike,\"1/29/26, 2:37 PM\",,INCOMING\n").getBytes(StandardCharsets.UTF_8));
        feed.flush();
        // the second record's line end is what tells the reader the first one is complete
        feed.write("Bo Li,Jordan Pike,\"1/28/26, 2:37 PM\",".getBytes(StandardCharsets.UTF_8));
        feed.flush();
        assertThat(firstLine.await(20, TimeUnit.SECONDS)).as("first line out before the input ended").isTrue();
        assertThat(run.isDone()).isFalse();
        feed.write(",INCOMING\n".getBytes(StandardCharsets.UTF_8));
        feed.close();
        assertThat(run.get(20, TimeUnit.SECONDS)).isZero();
        assertThat(seen.toString().lines()).hasSize(2);
    }

    /** Counts the flushes that reach the end of the pipe: one per line is one system call per line. */
    private static int flushesOf(String format, Environment environment, String... options) {
        int[] flushes = new int[1];
        OutputStream out = new OutputStream() {
            @Override
            public void write(int b) {
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
            }

            @Override
            public void flush() {
                flushes[0]++;
            }
        };
        List<String> args = new ArrayList<>(List.of("--format", format, "--all"));
        args.addAll(List.of(options));
        args.add(SAMPLE);
        assertThat(InviteAudit.run(InputStream.nullInputStream(), new Utf8PrintWriter(out),
                new PrintWriter(new StringWriter()), environment, args.toArray(String[]::new))).isZero();
        return flushes[0];
    }

    @Test
    void ndjsonIsFlushedLineByLineOnlyWhenAskedOrOnATerminal() {
        int lines = 44;
        assertThat(flushesOf("ndjson", Environment.PLAIN)).isLessThan(5);
        assertThat(flushesOf("ndjson", Environment.PLAIN, "--line-buffered")).isGreaterThanOrEqualTo(lines);
        assertThat(flushesOf("ndjson", new Environment(true, Map.of()))).isGreaterThanOrEqualTo(lines);
    }

    /** The report copies each invitation it rendered after flushing its JSON generator: not the output as well. */
    @Test
    void theJsonReportIsFlushedOnceNotOnceAnInvitation() {
        assertThat(flushesOf("json", Environment.PLAIN)).isLessThan(5);
    }

    @Test
    void csvHasAByteOrderMarkWhereASpreadsheetWillOpenItAndNotOnAPipe() {
        Environment file = new Environment(false, true, Map.of());
        Environment pipe = new Environment(false, false, Map.of());
        assertThat(run(file, "--format", "csv", SAMPLE).out()).startsWith("\uFEFF\"line\",");
        assertThat(run(pipe, "--format", "csv", SAMPLE).out()).startsWith("\"line\",");
        assertThat(run(pipe, "--format", "csv", "--bom", "always", SAMPLE).out()).startsWith("\uFEFF\"line\",");
        assertThat(run(file, "--format", "csv", "--bom", "NEVER", SAMPLE).out()).startsWith("\"line\",");
        assertThat(run(file, "--format", "tsv", SAMPLE).out()).as("tsv never").startsWith("line\t");
        CliRun wrong = run(pipe, "--format", "csv", "--bom", "sometimes", SAMPLE);
        assertThat(wrong.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(wrong.err()).contains("'sometimes' is not auto, always or never; use one of auto, always, never");
    }

    /** What a script reads from a pipe: Python's csv module sees the first heading as "line", not "\ufeffline". */
    @Test
    void pythonsCsvModuleReadsTheCsvOfAPipe() throws Exception {
        String csv = run(new Environment(false, false, Map.of()), "--format", "csv", "--all", SAMPLE).out();
        Process python;
        try {
            python = new ProcessBuilder("python3", "-c", "import csv, sys\n"
                    + "rows = list(csv.DictReader(sys.stdin))\n"
                    + "print(list(rows[0])[0], len(rows), rows[0]['verdict'], sep=',')").start();
        } catch (IOException e) {
            Assumptions.abort("python3 is not installed: " + e.getMessage());
            return;
        }
        try (var stdin = python.getOutputStream()) {
            stdin.write(csv.getBytes(StandardCharsets.UTF_8));
        }
        String read = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(python.waitFor()).isZero();
        assertThat(read.strip()).isEqualTo("line,44,personalized");
    }
}
