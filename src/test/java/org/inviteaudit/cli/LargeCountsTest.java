package org.inviteaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export of more than a thousand invitations, as real ones are: its counts as people read them. */
class LargeCountsTest {

    private static final int SENT = 1_127;

    private static Path export(Path dir) throws Exception {
        StringBuilder invitations = new StringBuilder("From,To,Sent At,Message,Direction\n");
        for (int i = 0; i < SENT; i++) {
            invitations.append("Robin Calloway,Person ").append(i).append(",\"1/").append(i % 28 + 1)
                    .append("/26, 9:00 AM\",,OUTGOING\n");
        }
        Files.writeString(dir.resolve("Invitations.csv"), invitations);
        Files.writeString(dir.resolve("Connections.csv"), "First Name,Last Name,URL\nSomeone,Else,\n");
        return dir;
    }

    @Test
    void theTextReportGroupsThousandsAndTellsANarrowIntervalToATenth(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("--template-min", "0", export(dir).toString());
        String report = run.out().replaceAll("\\s+", " ");
        assertThat(report).contains("sent 1,127 0 0 1,127")
                .contains("Of the 1,127 invitations you sent, 0 (0%) had a personal note; 0 were generic and 1,127 "
                        + "default.")
                .contains("default: 0 of 1,127 accepted (0%, 95% interval 0–0.3%)")
                .contains("stock text (1,127)").contains("… and 1,107 more");
    }

    /** In a narrow report the counts of thousands still stand apart. */
    @Test
    void aNarrowReportKeepsCountsOfThousandsApart(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("--template-min", "0", "--width", "40", export(dir).toString());
        assertThat(run.out().lines().filter(line -> line.startsWith("sent "))).singleElement().asString()
                .matches("sent +1,127 +0 +0 +1,127 +0");
    }

    @Test
    void theHtmlReportGroupsThousands(@TempDir Path dir) throws Exception {
        String page = CliRun.of("--template-min", "0", "--format", "html", export(dir).toString()).out();
        assertThat(page).contains("<td>1,127</td>").contains("Offenders (1,127)").contains("1,127 shown");
    }
}
