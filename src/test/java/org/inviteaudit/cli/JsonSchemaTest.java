package org.inviteaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every JSON output holds to the JSON Schemas in {@code src/main/schema}, checked by a validator of JSON Schema
 * 2020-12: the report of {@code --format json}, each line of {@code --format ndjson} (the schema's invitation), and
 * the advice of {@code check --format json}.
 */
class JsonSchemaTest {

    private static final Path SCHEMAS = Path.of("src/main/schema");
    private static final String INPUTS = "src/test/resources/inputs/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Schema REPORT = REGISTRY.getSchema(schemaFile("report.schema.json"));
    private static final Schema INVITATION = REGISTRY.getSchema(definition(schemaFile("report.schema.json"),
            "invitation"));
    private static final Schema ADVICE = REGISTRY.getSchema(schemaFile("check.schema.json"));

    private static JsonNode schemaFile(String name) {
        try {
            return JSON.readTree(SCHEMAS.resolve(name).toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The schema of one of a schema's definitions, which may refer to the others. */
    private static JsonNode definition(JsonNode schema, String name) {
        ObjectNode definition = JSON.createObjectNode();
        definition.set("$schema", schema.get("$schema"));
        definition.set("$defs", schema.get("$defs"));
        definition.put("$ref", "#/$defs/" + name);
        return definition;
    }

    static Stream<List<String>> audits() {
        return Stream.of(
                List.of("samples/Invitations.csv"),
                List.of("--all", "samples/Invitations.csv"),
                List.of("--only", "personalized", "--direction", "sent", "samples/Invitations.csv"),
                List.of("--all", "--redact", "--by", "year", "samples/received.csv", "samples/sent.csv"),
                List.of("--since", "2026-10-01", "--until", "2026-10-31", "samples/Invitations.csv"),
                List.of("--all", INPUTS + "repeat-senders.csv"),
                List.of("--all", INPUTS + "problems.csv"),
                List.of("--all", INPUTS + "crlf-bom-old-header.csv"),
                List.of("--all", INPUTS + "received-pitches.csv"),
                List.of(INPUTS + "header-only.csv"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("audits")
    void theJsonReportAndEveryNdjsonLineHoldToTheSchema(List<String> args) throws Exception {
        CliRun json = run("json", args);
        assertThat(json.out()).isNotBlank();
        assertThat(REPORT.validate(json.json())).as(json.out()).isEmpty();

        CliRun ndjson = run("ndjson", args);
        for (String line : ndjson.out().lines().toList()) {
            assertThat(INVITATION.validate(JSON.readTree(line))).as(line).isEmpty();
        }
    }

    private static CliRun run(String format, List<String> args) {
        CliRun run = CliRun.of(Stream.concat(Stream.of("--format", format), args.stream()).toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isIn(0, 3);
        return run;
    }

    @Test
    void theAdviceOnADraftHoldsToItsSchema() throws Exception {
        for (String draft : List.of("Hi {first_name}, let's connect!",
                "Hi Ada, great talking with you at the Leeds JUG yesterday about Loom!",
                "x".repeat(400))) {
            CliRun run = CliRun.of("check", "--format", "json", "--to", "Ada Byron", draft);
            assertThat(run.exitCode()).as(run.err()).isIn(0, 1);
            assertThat(ADVICE.validate(run.json())).as(run.out()).isEmpty();
        }
    }

    @Test
    void theSchemaRejectsAReportWithoutItsInvitationsOrWithAnUnknownReason() throws Exception {
        ObjectNode report = (ObjectNode) CliRun.of("--format", "json", "--all",
                "samples/Invitations.csv").json();
        ObjectNode withoutInvitations = report.deepCopy();
        withoutInvitations.remove("invitations");
        assertThat(REPORT.validate(withoutInvitations)).isNotEmpty();

        ObjectNode unknownReason = report.deepCopy();
        JsonNode first = unknownReason.get("invitations").get(0);
        ((com.fasterxml.jackson.databind.node.ArrayNode) first.get("reasons")).add("looks-nice");
        assertThat(REPORT.validate(unknownReason)).isNotEmpty();
    }

    @Test
    void anExportWithConnectionsHoldsToTheSchemaWithAcceptedTrueAndFalse(@TempDir Path dir) throws Exception {
        Path export = Files.createDirectories(dir.resolve("export"));
        Files.copy(Path.of("samples/Invitations.csv"), export.resolve("Invitations.csv"));
        Files.writeString(export.resolve("Connections.csv"), "First Name,Last Name,URL\n"
                + "Mara,Okafor,https://www.linkedin.com/in/mara-okafor-3b1a27\n");
        CliRun json = run("json", List.of("--all", export.toString()));
        JsonNode report = json.json();
        assertThat(REPORT.validate(report)).isEmpty();
        assertThat(json.out()).contains("\"accepted\": true").contains("\"accepted\": false");
        for (String line : run("ndjson", List.of("--all", export.toString())).out().lines().toList()) {
            assertThat(INVITATION.validate(JSON.readTree(line))).as(line).isEmpty();
        }
    }
}
