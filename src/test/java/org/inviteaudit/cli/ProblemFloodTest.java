package org.inviteaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export whose every date a spreadsheet rewrote had one line on stderr per row: a person sees the first few of a
 * kind and how many more, and a program reading JSON still gets every one.
 */
class ProblemFloodTest {

    private static final int ROWS = 12;

    private static Path export(Path dir) throws Exception {
        StringBuilder csv = new StringBuilder("From,To,Sent At,Message,Direction\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append("Ada Byron,Jordan Pike,").append(2026).append("/01/").append(10 + i).append(" 14:37,,INCOMING\n");
        }
        csv.append("Ada Byron,Jordan Pike,\"1/29/26, 2:37 PM\",,SIDEWAYS\n");
        Path file = dir.resolve("in.csv");
        Files.writeString(file, csv);
        return file;
    }

    @Test
    void stderrAndTheTextReportTellTheFirstFiveOfAKindThenHowManyMore(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of(export(dir).toString());
        String summary = "in.csv: 7 more problems like \"unreadable Sent At '2026/01/15 14:37'";
        String counted = "not shown, on lines 7 to 13; --format json lists every problem";
        assertThat(run.err().lines().filter(line -> line.contains("unreadable Sent At"))).hasSize(6)
                .last().asString().contains(summary).endsWith(counted);
        assertThat(run.err()).contains("in.csv:14: unknown Direction 'SIDEWAYS'");
        String report = run.out().replaceAll("\\s+", " "); // its lines are wrapped to the width
        assertThat(report).contains("Problems (13)").contains(summary).contains(counted)
                .contains("in.csv:6: unreadable Sent At").doesNotContain("in.csv:7: unreadable");
    }

    @Test
    void jsonListsEveryProblem(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("--format", "json", export(dir).toString());
        assertThat(run.json().get("problems")).hasSize(ROWS + 1);
    }
}
