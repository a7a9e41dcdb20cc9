package org.inviteaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export opened in a spreadsheet and saved again, as people do before they send it on: every column is still
 * there, so it is read, and the separator it was found to have is said.
 */
class SpreadsheetResavesTest {

    private static final String ROWS = "From{s}To{s}Sent At{s}Message{s}Direction\r\n"
            + "Zoë Ng{s}Jordan Pike{s}1/29/26, 2:37 PM{s}\"Hi Jordan{s} great talk at the café\"{s}INCOMING\r\n"
            + "Jordan Pike{s}Bo Li{s}1/28/26, 9:00 AM{s}{s}OUTGOING\r\n";

    private static JsonNode audit(Path file, String expectedSeparator) {
        CliRun run = CliRun.of("--format", "json", "--all", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains(file.getFileName() + ":1: the fields are separated by " + expectedSeparator
                + ", not commas, as a spreadsheet saves them; read so");
        return run.json();
    }

    /** Excel where the decimal mark is a comma: semicolons, in the machine's code page. */
    @Test
    void aSemicolonSeparatedSaveInWindows1252IsAudited(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("Invitations.csv");
        Files.write(file, ROWS.replace("{s}", ";").getBytes(Charset.forName("windows-1252")));
        JsonNode report = audit(file, "semicolons");
        assertThat(report.get("invitations")).hasSize(2);
        assertThat(report.get("invitations").get(0).get("message").asText())
                .isEqualTo("Hi Jordan; great talk at the café");
    }

    /** Excel's "Unicode Text": UTF-16 with a byte-order mark, tabs between the fields. */
    @Test
    void unicodeTextIsAudited(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("Invitations.txt");
        Files.write(file, ("\uFEFF" + ROWS.replace("{s}", "\t")).getBytes(StandardCharsets.UTF_16LE));
        JsonNode report = audit(file, "tabs");
        assertThat(report.get("invitations")).hasSize(2);
        assertThat(report.get("invitations").get(0).get("from").asText()).isEqualTo("Zoë Ng");
    }

    /** Excel in much of Europe also rewrites the dates, day first and without AM or PM: the column tells the order. */
    @Test
    void datesASpreadsheetRewroteDayFirstAreReadSoAndCountedByMonth(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("Invitations.csv");
        Files.writeString(file, "From;To;Sent At;Message;Direction\r\n"
                + "Zoë Ng;Jordan Pike;03/02/2026 14:37;;INCOMING\r\n"
                + "Bo Li;Jordan Pike;29/01/2026 09:00;;INCOMING\r\n");
        CliRun run = CliRun.of("--format", "json", "--all", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("Invitations.csv:3: dates of numbers alone are read day first, as "
                + "'29/01/2026 09:00' here can only be");
        JsonNode report = run.json();
        assertThat(report.get("invitations").get(0).get("sentAt").asText()).isEqualTo("2026-02-03T14:37");
        assertThat(report.at("/periods/counts")).extracting(count -> count.get("period").asText())
                .containsExactly("2026-01", "2026-02");
    }

}
