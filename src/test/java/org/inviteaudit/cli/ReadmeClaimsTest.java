package org.inviteaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What README.md and docs/ say of the command line that no other test holds them to. */
class ReadmeClaimsTest {

    private static final String SAMPLE = "samples/Invitations.csv";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void optionValuesAreNotCaseSensitive() {
        assertThat(CliRun.of("--format", "JSON", "--direction", "Sent", "--only", "GENERIC", "--by", "Quarter",
                "--color", "NEVER", SAMPLE).out())
                .isEqualTo(CliRun.of("--format", "json", "--direction", "sent", "--only", "generic", "--by",
                        "quarter", "--color", "never", SAMPLE).out());
    }

    @Test
    void shortHelpAndVersionAreTheLongOnes() {
        CliRun help = CliRun.of("-h");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).isEqualTo(CliRun.of("--help").out()).contains("Exit codes:", "--format");
        CliRun version = CliRun.of("-V");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).isEqualTo(CliRun.of("--version").out()).startsWith("invite-audit ");
    }

    /** "An invitation whose date cannot be read is left out when either is given." */
    @Test
    void anUndatedInvitationIsLeftOutBySinceOrUntil() throws Exception {
        Path export = Files.writeString(dir.resolve("undated.csv"), "From,To,Sent At,Message,Direction\n"
                + "Ada Byron,Jordan Pike,\"1/29/26, 2:37 PM\",Let's connect!,INCOMING\n"
                + "Dev Patel,Jordan Pike,last Tuesday,Let's connect!,INCOMING\n", StandardCharsets.UTF_8);
        JsonNode all = json("--format", "json", "--all", export.toString());
        assertThat(all.get("invitations")).hasSize(2);
        for (String[] range : List.of(new String[] {"--since", "2000-01-01"}, new String[] {"--until", "2100-01-01"})) {
            JsonNode narrowed = json("--format", "json", "--all", range[0], range[1], export.toString());
            assertThat(narrowed.get("invitations")).as(range[0]).hasSize(1);
            assertThat(narrowed.get("invitations").get(0).get("from").asText()).isEqualTo("Ada Byron");
            assertThat(narrowed.get("summary").get("total").asInt()).isEqualTo(1);
        }
    }

    /** "--only … all with --all or --only": the text report lists every invitation of the verdict, past 20. */
    @Test
    void onlyListsEveryInvitationOfItsVerdictInTheTextReport() {
        String text = CliRun.of("--only", "default", "--width", "200", SAMPLE).out();
        long defaults = json("--format", "json", SAMPLE).get("summary").get("default").asLong();
        assertThat(defaults).isGreaterThan(20);
        assertThat(text).doesNotContain("more (--limit 0 lists them all)");
        assertThat(text.lines().filter(line -> line.matches("  \\d{4}-\\d{2}-\\d{2} .*"))).hasSize((int) defaults);
    }

    /** "JSON, NDJSON and CSV, which are data for programs, keep them intact." */
    @Test
    void controlCharactersStayIntactInCsvAndNdjson() throws Exception {
        String note = "Hi\u001B[31m there\u0007, let's connect";
        Path export = Files.writeString(dir.resolve("control.csv"), "From,To,Sent At,Message,Direction\n"
                + "Eve\u001B]0;pwned\u0007 Mallory,Jordan Pike,\"1/29/26, 2:37 PM\",\"" + note + "\",INCOMING\n",
                StandardCharsets.UTF_8);
        JsonNode line = CliRun.of("--format", "ndjson", "--all", export.toString()).json();
        assertThat(line.get("message").asText()).isEqualTo(note);
        assertThat(line.get("from").asText()).isEqualTo("Eve\u001B]0;pwned\u0007 Mallory");
        String csv = CliRun.of("--format", "csv", "--all", "--bom", "never", export.toString()).out();
        try (CSVParser parser = CSVParser.builder().setFormat(CSVFormat.DEFAULT.builder().setHeader()
                .setSkipHeaderRecord(true).get()).setReader(new StringReader(csv)).get()) {
            CSVRecord record = parser.getRecords().get(0);
            assertThat(record.get("message")).isEqualTo(note);
        }
        assertThat(CliRun.of("--all", export.toString()).out()).doesNotContain("\u001B", "\u0007");
    }

    private static JsonNode json(String... args) {
        return CliRun.of(args).json();
    }
}
