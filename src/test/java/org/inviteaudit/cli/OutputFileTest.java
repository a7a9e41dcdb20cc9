package org.inviteaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --output FILE}: the report written whole or not at all. */
class OutputFileTest {

    private static final String SAMPLE = "samples/Invitations.csv";

    @TempDir
    Path dir;

    @Test
    void theReportGoesToTheFileAsItWouldToAFileOnStandardOutput() throws Exception {
        Path report = dir.resolve("report.csv");
        CliRun run = CliRun.of("--format", "csv", "--output", report.toString(), SAMPLE);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(report, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFF" + CliRun.of("--format", "csv", SAMPLE).out());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report))).isEqualTo("rw-------");
        assertThat(filesIn(dir)).containsExactly("report.csv");
    }

    /** The JSON report copies the invitations it rendered as bytes, into the file as onto standard output. */
    @Test
    void theJsonReportInAFileIsWhatStandardOutputGets() throws Exception {
        Path report = dir.resolve("report.json");
        assertThat(CliRun.of("--format", "json", "--all", "-o", report.toString(), SAMPLE).exitCode()).isZero();
        assertThat(Files.readString(report, StandardCharsets.UTF_8))
                .isEqualTo(CliRun.of("--format", "json", "--all", SAMPLE).out())
                .contains("\"offenders\": [\n    {");
    }

    @Test
    void theTextReportInAFileIsEightyColumnsWithoutColourWhateverTheTerminal() throws Exception {
        Path report = dir.resolve("report.txt");
        Environment terminal = new Environment(true, Map.of("COLUMNS", "200"));
        assertThat(CliRun.in(terminal, "-o", report.toString(), SAMPLE).exitCode()).isZero();
        assertThat(Files.readString(report, StandardCharsets.UTF_8)).isEqualTo(CliRun.of(SAMPLE).out());
    }

    @Test
    void aRunThatFailsLeavesWhatWasThereAndNoTemporaryFile() throws Exception {
        Path report = dir.resolve("report.json");
        Files.writeString(report, "last week's report");
        CliRun run = CliRun.of("--format", "json", "-o", report.toString(), dir.resolve("missing.csv").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(Files.readString(report)).isEqualTo("last week's report");
        assertThat(filesIn(dir)).containsExactly("report.json");
    }

    @Test
    void aReportOfAnInputWithRecordsSkippedIsStillWrittenForTheRest() throws Exception {
        Path report = dir.resolve("report.txt");
        CliRun run = CliRun.of("-o", report.toString(), "src/test/resources/inputs/problems.csv");
        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(Files.readString(report, StandardCharsets.UTF_8)).contains("Problems (3)");
    }

    @Test
    void aFolderThatDoesNotExistOrAFolderForAFileIsOneClearLine() {
        CliRun missing = CliRun.of("-o", dir.resolve("no/such/report.txt").toString(), SAMPLE);
        assertThat(missing.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(missing.err().strip()).endsWith("report.txt: cannot write the report there (no such folder); give "
                + "--output a file in a folder you can write to").doesNotContain("\n");
        CliRun folder = CliRun.of("-o", dir.toString(), SAMPLE);
        assertThat(folder.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(folder.err()).contains(": is a folder; give --output the name of the report's file");
    }

    private static List<String> filesIn(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
