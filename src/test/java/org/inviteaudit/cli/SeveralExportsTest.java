package org.inviteaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Downloads folder holding last year's export and this year's, which overlap: every export is audited, once. */
class SeveralExportsTest {

    @Test
    void everyExportInTheFolderIsAuditedAndEachInvitationCountedOnce(@TempDir Path dir) throws Exception {
        Path downloads = Files.createDirectories(dir.resolve("Downloads"));
        for (String export : new String[] {"Basic_LinkedInDataExport_2025", "Basic_LinkedInDataExport_2026"}) {
            Path folder = Files.createDirectories(downloads.resolve(export));
            Files.copy(Path.of("samples/Invitations.csv"), folder.resolve("Invitations.csv"));
            Files.copy(Path.of("samples/Connections.csv"), folder.resolve("Connections.csv"));
        }
        CliRun run = CliRun.of("--format", "json", downloads.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("sources")).hasSize(2);
        assertThat(json.at("/summary/total").asInt()).isEqualTo(44);
        assertThat(json.at("/summary/repeated").asInt()).isEqualTo(44);
        assertThat(run.err()).contains(downloads + ": 2 exports found, each audited, an invitation in more than one "
                + "counted once: " + downloads.resolve("Basic_LinkedInDataExport_2025/Invitations.csv"));
    }
}
