package org.inviteaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every documented exit code, with the one-line message on stderr that goes with it. */
class ExitCodeTest {

    private static final String INPUTS = "src/test/resources/inputs/";

    private static void assertOneLineErrorWithoutStackTrace(CliRun run) {
        assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(run.err().strip().lines()).hasSize(1);
    }

    @Test
    void zeroWhenEveryRecordWasRead() {
        CliRun run = CliRun.of("samples/Invitations.csv");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("Of the 26 invitations you received, 5 (19%) came with a personal note;");
    }

    @Test
    void zeroForAnExportWithOnlyItsHeader(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("Invitations.csv"), "From,To,Sent At,Message,Direction\n");
        CliRun run = CliRun.of("--format", "json", file.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"total\": 0");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--bogus samples/Invitations.csv          | Unknown option: '--bogus'",
        "--format xml samples/Invitations.csv     | 'xml' is not a format; use one of text, json",
        "--direction up samples/Invitations.csv   | 'up' is not a direction",
        "--limit -1 samples/Invitations.csv       | --limit must be 0 (list all) or more, not -1",
        "--limit many samples/Invitations.csv     | 'many' is not a number; give how many to list, or 0 for all",
        "--format                                 | Missing required parameter for option '--format'",
        "--all                                    | Missing required parameter: 'FILE...'",
        "--fromat json samples/Invitations.csv    | Unknown option: '--fromat'; did you mean --format?",
    })
    void twoForAUsageErrorNamedOnStderr(String args, String expected) {
        CliRun run = CliRun.of(args.split(" "));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("invite-audit: ").contains(expected).contains("--help");
        assertOneLineErrorWithoutStackTrace(run);
        assertThat(run.out()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "no-such-file.csv                 | invite-audit: no-such-file.csv: no such file; pass the Invitations.csv",
        "src/test/resources/samples       | invite-audit: src/test/resources/samples: holds no Invitations.csv, in it or in its folders one level down, and no export zip (it holds expected-verdicts.tsv); pass the folder",
        INPUTS + "empty.csv               | empty.csv: is empty; pass the Invitations.csv from your LinkedIn export",
        INPUTS + "connections.csv         | connections.csv: this is Connections.csv, which holds your connections, not invitations: pass Invitations.csv or the export zip",
        INPUTS + "not-csv.txt             | not-csv.txt: not a LinkedIn invitations export (its first line is 'This is",
        INPUTS + "missing-direction.csv   | missing-direction.csv: the header lacks the column Direction",
    })
    void threeForAnInputThatCannotBeUsedWithNoReport(String file, String expected) {
        CliRun run = CliRun.of(file);
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains(expected);
        assertOneLineErrorWithoutStackTrace(run);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void threeWhenOneOfSeveralFilesIsMissingAndNothingIsHalfPrinted() {
        CliRun run = CliRun.of("samples/received.csv", "samples/snet.csv");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("samples/snet.csv: no such file");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void threeWhenARecordWasSkippedYetTheReportCoversTheRest() {
        CliRun run = CliRun.of(INPUTS + "unterminated-quote.csv");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).containsPattern("(?m)^received +2 +0 +0 +2 +0$");
        assertThat(run.err()).contains("unterminated-quote.csv:3: a quoted field is not closed before the next record")
                .contains("1 record was skipped; the report covers the rest")
                .doesNotContain("\tat ");
    }

    @Test
    void threeWhenTheSameFileIsNamedTwiceSoNothingCountsDouble() {
        CliRun run = CliRun.of("samples/Invitations.csv", "./samples/Invitations.csv");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("./samples/Invitations.csv: is given more than once");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void threeWhenStandardInputIsNamedTwice() {
        CliRun run = CliRun.of("-", "-");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("'-' (standard input) can be given only once");
    }

    @Test
    void seventyForAFaultInTheToolWithoutAStackTraceUnlessVerbose() {
        InputStream failing = CliRun.failingStdin(new IllegalStateException("simulated fault"));
        CliRun quiet = CliRun.withStdin(failing, "-");
        assertThat(quiet.exitCode()).isEqualTo(70);
        assertThat(quiet.err()).contains("internal error").contains("simulated fault").contains("--verbose");
        assertThat(quiet.err()).doesNotContain("\tat ");

        CliRun verbose = CliRun.withStdin(failing, "--verbose", "-");
        assertThat(verbose.exitCode()).isEqualTo(70);
        assertThat(verbose.err()).contains("\tat ");
    }

    @Test
    void helpListsEveryExitCode() {
        CliRun run = CliRun.of("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Exit codes:").containsPattern("(?m)^\\s+0\\s+the audit ran")
                .containsPattern("(?m)^\\s+1\\s+--fail-on found")
                .containsPattern("(?m)^\\s+2\\s+usage error").containsPattern("(?m)^\\s+3\\s+an input cannot be used")
                .containsPattern("(?m)^\\s+70\\s+internal error")
                .contains("--format=FORMAT").contains("text, json")
                .contains("all, received, sent");
    }

    @Test
    void versionComesFromTheBuild() {
        CliRun run = CliRun.of("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).matches("invite-audit \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void aBareInviteAuditPrintsTheUsageOnStderrAndExitsTwo() {
        CliRun run = CliRun.of();
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("Usage: invite-audit [OPTIONS] FILE...\n")
                .contains("       invite-audit check [OPTIONS] TEXT|-")
                .endsWith("invite-audit --help lists the options and the exit codes.\n");
    }

    @Test
    void helpAndHelpCheckPrintTheUsageOnStdoutAndExitZero() {
        CliRun help = CliRun.of("help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).startsWith("Usage: invite-audit [OPTIONS] FILE...").contains("--format");
        CliRun check = CliRun.of("help", "check");
        assertThat(check.exitCode()).isZero();
        assertThat(check.out()).startsWith("Usage: invite-audit check").contains("--to=NAME");
        assertThat(CliRun.of("--help").out()).isEqualTo(help.out()).contains("      FILE...  ");
    }
}
