package org.inviteaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the command does with its options, checked through the JSON a script would read. */
class CliBehaviourTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String... args) throws Exception {
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.json();
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.get(field).asText()));
        return texts;
    }

    @Test
    void theJsonHasTheDocumentedShape() throws Exception {
        JsonNode report = json("--format", "json", "--all", "samples/Invitations.csv");
        assertThat(report.get("owner").asText()).isEqualTo("Robin Calloway");
        assertThat(texts(report.get("invitations"), "verdict")).hasSize(44);
        JsonNode summary = report.get("summary");
        for (String field : new String[] {"total", "default", "generic", "personalized", "skipped"}) {
            assertThat(summary.get(field).isIntegralNumber()).as(field).isTrue();
        }
        assertThat(summary.get("total").asInt()).isEqualTo(summary.get("received").get("total").asInt()
                + summary.get("sent").get("total").asInt());
        JsonNode first = report.get("invitations").get(0);
        assertThat(first.get("line").asInt()).isEqualTo(2);
        assertThat(first.get("sentAt").asText()).isEqualTo("2026-11-18T08:42");
        assertThat(first.get("sentAtRaw").asText()).isEqualTo("11/18/26, 8:42 AM");
        assertThat(first.get("direction").asText()).isEqualTo("sent");
        assertThat(first.get("reasons").isArray()).isTrue();
        assertThat(report.get("problems").isArray()).isTrue();
    }

    @Test
    void offendersAreTheDefaultAndGenericInvitationsInFileOrder() throws Exception {
        JsonNode report = json("--format", "json", "samples/Invitations.csv");
        assertThat(texts(report.get("offenders"), "verdict")).hasSize(35).doesNotContain("personalized");
        List<Integer> lines = new ArrayList<>();
        report.get("offenders").forEach(node -> lines.add(node.get("line").asInt()));
        assertThat(lines).isSorted();
        assertThat(report.get("invitations")).as("filled only with --all or --only").isEmpty();
    }

    @Test
    void directionAcceptsTheExportsOwnWords() throws Exception {
        JsonNode incoming = json("--format", "json", "--direction", "incoming", "samples/Invitations.csv");
        JsonNode received = json("--format", "json", "--direction", "received", "samples/Invitations.csv");
        assertThat(incoming).isEqualTo(received);
        assertThat(received.get("summary").get("total").asInt()).isEqualTo(26);
        assertThat(received.get("summary").get("sent").get("total").asInt()).isZero();
        assertThat(texts(received.get("offenders"), "direction")).containsOnly("received");
    }

    @Test
    void severalFilesMakeOneReport() throws Exception {
        JsonNode both = json("--format", "json", "samples/received.csv", "samples/sent.csv");
        JsonNode whole = json("--format", "json", "samples/Invitations.csv");
        assertThat(both.get("sources")).hasSize(2);
        assertThat(both.get("summary")).isEqualTo(whole.get("summary"));
        assertThat(both.get("owner")).isEqualTo(whole.get("owner"));
    }

    @Test
    void readsStandardInputNamedByADash() throws Exception {
        byte[] sample = Files.readAllBytes(Path.of("samples/Invitations.csv"));
        CliRun run = CliRun.withStdin(new ByteArrayInputStream(sample), "--format", "json", "-");
        assertThat(run.exitCode()).isZero();
        JsonNode report = run.json();
        assertThat(report.get("sources").get(0).asText()).isEqualTo("<stdin>");
        assertThat(report.get("summary")).isEqualTo(json("--format", "json", "samples/Invitations.csv").get("summary"));
    }

    @Test
    void aSpreadsheetResaveWithBomCrlfAndFullQuotingReadsTheSame(@TempDir Path dir) throws Exception {
        String sample = Files.readString(Path.of("samples/Invitations.csv"), StandardCharsets.UTF_8);
        StringBuilder resaved = new StringBuilder("\uFEFF");
        for (String line : sample.split("\n")) {
            resaved.append(line).append("\r\n");
        }
        Path file = Files.writeString(dir.resolve("Invitations.csv"), resaved, StandardCharsets.UTF_8);
        JsonNode original = json("--format", "json", "--all", "samples/Invitations.csv");
        JsonNode copy = json("--format", "json", "--all", file.toString());
        assertThat(copy.get("summary")).isEqualTo(original.get("summary"));
        assertThat(texts(copy.get("invitations"), "message")).isEqualTo(texts(original.get("invitations"), "message"));
        assertThat(texts(copy.get("invitations"), "line")).isEqualTo(texts(original.get("invitations"), "line"));
    }

    @Test
    void theTextLimitCutsEachVerdictsListAndSaysHowManyMore() {
        CliRun run = CliRun.of("--limit", "5", "samples/Invitations.csv");
        assertThat(run.out().lines().filter(line -> line.startsWith("  20")).count()).isEqualTo(5 + 5);
        assertThat(run.out()).contains("… and 20 more (--limit 0 lists them all)")
                .contains("… and 5 more (--limit 0 lists them all)");

        CliRun all = CliRun.of("--limit", "0", "samples/Invitations.csv");
        assertThat(all.out().lines().filter(line -> line.startsWith("  20")).count()).isEqualTo(35);
        assertThat(all.out()).doesNotContain("more (--limit");
    }

    @Test
    void theTextReportGroupsByVerdictGenericFirstThenNewestFirst() {
        CliRun run = CliRun.of("--all", "samples/Invitations.csv");
        List<String> groups = new ArrayList<>();
        List<List<String>> dates = new ArrayList<>();
        for (String line : run.out().lines().toList()) {
            if (line.matches("(Default|Generic|Personalized).*\\(\\d+\\)")) {
                groups.add(line.substring(0, line.indexOf(':') > 0 ? line.indexOf(':') : line.indexOf(' ')));
                dates.add(new ArrayList<>());
            } else if (line.startsWith("  20")) {
                dates.get(dates.size() - 1).add(line.substring(2, 12));
            }
        }
        assertThat(groups).containsExactly("Generic", "Default", "Personalized");
        assertThat(dates).extracting(List::size).containsExactly(10, 25, 9);
        dates.forEach(group -> assertThat(group).isSortedAccordingTo(Comparator.reverseOrder()));
    }

    @Test
    void controlCharactersCannotReachTheTerminalButStayInJson(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("Invitations.csv"), "From,To,Sent At,Message,Direction\n"
                + "Evil\u001B]0;pwned\u0007 Name,Jordan Pike,\"1/29/26, 2:37 PM\",Let's connect!\u001B[31m,INCOMING\n");
        CliRun text = CliRun.of(file.toString());
        assertThat(text.out()).doesNotContain("\u001B").doesNotContain("\u0007").contains("Evil\uFFFD]0;pwned");
        JsonNode json = json("--format", "json", file.toString());
        assertThat(json.get("offenders").get(0).get("from").asText()).isEqualTo("Evil\u001B]0;pwned\u0007 Name");
    }

    @Test
    void theTotalsReconcileWithTheRecordsRead() throws Exception {
        CliRun run = CliRun.of("--format", "json", "src/test/resources/inputs/problems.csv");
        assertThat(run.exitCode()).isEqualTo(3);
        JsonNode summary = run.json().get("summary");
        long records = Files.readAllLines(Path.of("src/test/resources/inputs/problems.csv")).size() - 1;
        assertThat(summary.get("total").asLong() + summary.get("skipped").asLong()).isEqualTo(records);
    }

    @Test
    void aWindows1252FileIsReadWithAWordOnStderr() throws Exception {
        CliRun run = CliRun.of("--format", "json", "--all", "src/test/resources/inputs/latin1.csv");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("latin1.csv:2: the text is not valid UTF-8 from here; it is read as "
                + "Windows-1252");
        JsonNode report = run.json();
        assertThat(report.get("invitations").get(0).get("from").asText()).isEqualTo("Ren\u00e9 Duval");
        assertThat(report.get("problems").get(0).get("skipped").asBoolean()).isFalse();
    }

    @Test
    void theExportZipAsDownloadedReadsLikeItsInvitationsCsv(@TempDir Path dir) throws Exception {
        Path zip = dir.resolve("Basic_LinkedInDataExport_11-25-2026.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("Connections.csv"));
            out.write("Notes:\n".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("Invitations.csv"));
            out.write(Files.readAllBytes(Path.of("samples/Invitations.csv")));
            out.closeEntry();
        }
        JsonNode fromZip = json("--format", "json", zip.toString());
        assertThat(fromZip.get("sources").get(0).asText()).isEqualTo(zip + "/Invitations.csv");
        assertThat(fromZip.get("summary")).isEqualTo(json("--format", "json", "samples/Invitations.csv").get("summary"));
    }

    @Test
    void aClosedPipeEndsTheRunAtOnceAndQuietly() {
        int[] attempts = {0};
        OutputStream closedPipe = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                attempts[0]++;
                throw new IOException("Broken pipe");
            }
        };
        StringWriter err = new StringWriter();
        int code = InviteAudit.run(new ByteArrayInputStream(new byte[0]), StandardOutput.writer(closedPipe),
                new PrintWriter(err), "--all", "--format", "json", "samples/Invitations.csv");
        assertThat(code).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(attempts[0]).as("writes tried after the pipe closed").isBetween(1, 3);
    }

    @Test
    void messagesOnStderrCannotReachTheTerminalRaw(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("Invitations.csv"), "From,To,Sent At,Message,Direction\n"
                + "A,B,\"1/29/26, 2:37 PM\",,\u001B]0;owned\u0007SIDEWAYS\n");
        CliRun run = CliRun.of(file.toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("unknown Direction '\uFFFD]0;owned\uFFFDSIDEWAYS'")
                .doesNotContain("\u001B").doesNotContain("\u0007");
    }

    @Test
    void theZipAndTheFolderItUnzipsToCountEachInvitationOnce(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("export"));
        Files.copy(Path.of("samples/Invitations.csv"), folder.resolve("Invitations.csv"));
        Path zip = dir.resolve("export.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("Invitations.csv"));
            Files.copy(Path.of("samples/Invitations.csv"), out);
        }
        CliRun both = CliRun.of("--format", "json", zip.toString(), folder.toString());
        JsonNode once = json("--format", "json", "samples/Invitations.csv");
        assertThat(both.exitCode()).isZero();
        JsonNode report = new ObjectMapper().readTree(both.out());
        assertThat(report.get("summary").get("total")).isEqualTo(once.get("summary").get("total"));
        assertThat(report.get("summary").get("repeated").asInt()).isEqualTo(44);
        assertThat(report.get("offenders")).hasSameSizeAs(once.get("offenders"));
        assertThat(both.err()).isEqualTo("invite-audit: 44 invitations were in more than one input (the same "
                + "sender, recipient, date and note) and counted once\n");
    }
}
