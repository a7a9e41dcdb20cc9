package org.inviteaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.inviteaudit.classify.Reason;
import org.inviteaudit.reader.Invitation;
import org.inviteaudit.report.ClassifiedInvitation;
import org.inviteaudit.AuditedFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each machine-readable format, read back with the library a script would use, matches the model it came from. */
class ReadBackTest {

    private static final String SAMPLE = "samples/Invitations.csv";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static List<ClassifiedInvitation> model;

    @BeforeAll
    static void theModelFromTheAuditItself() throws Exception {
        model = AuditedFile.of(SAMPLE).invitations();
        assertThat(model).hasSize(44);
    }

    private static String output(String... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out();
    }

    private static void assertMatches(JsonNode node, ClassifiedInvitation expected) {
        Invitation invitation = expected.invitation();
        assertThat(node.get("source").asText()).isEqualTo(invitation.source());
        assertThat(node.get("line").asLong()).isEqualTo(invitation.line());
        assertThat(node.get("direction").asText()).isEqualTo(invitation.direction().id());
        assertThat(node.get("from").asText()).isEqualTo(invitation.from());
        assertThat(node.get("to").asText()).isEqualTo(invitation.to());
        assertThat(node.get("sentAt").asText()).isEqualTo(invitation.sentAt().toString());
        assertThat(node.get("sentAtRaw").asText()).isEqualTo(invitation.sentAtRaw());
        assertThat(node.get("message").asText()).isEqualTo(invitation.message());
        assertThat(node.get("verdict").asText()).isEqualTo(expected.verdict().id());
        assertThat(node.get("score").asInt()).isEqualTo(expected.score());
        List<String> reasons = new ArrayList<>();
        node.get("reasons").forEach(reason -> reasons.add(reason.asText()));
        assertThat(reasons).isEqualTo(expected.reasons().stream().map(Reason::id).toList());
        assertThat(node.get("inviterProfileUrl").isNull() ? "" : node.get("inviterProfileUrl").asText())
                .isEqualTo(invitation.inviterProfileUrl());
        assertThat(node.get("inviteeProfileUrl").isNull() ? "" : node.get("inviteeProfileUrl").asText())
                .isEqualTo(invitation.inviteeProfileUrl());
        assertThat(node.get("accepted").isNull()).as("no Connections.csv to tell by").isTrue();
    }

    @Test
    void jsonReadsBackAsTheModel() throws Exception {
        JsonNode report = JSON.readTree(output("--format", "json", "--all", SAMPLE));
        assertThat(report.get("invitations")).hasSize(model.size());
        for (int i = 0; i < model.size(); i++) {
            assertMatches(report.get("invitations").get(i), model.get(i));
        }
        List<ClassifiedInvitation> offenders = model.stream().filter(c -> c.verdict().isOffender()).toList();
        assertThat(report.get("offenders")).hasSize(offenders.size());
        for (int i = 0; i < offenders.size(); i++) {
            assertMatches(report.get("offenders").get(i), offenders.get(i));
        }
    }

    @Test
    void ndjsonReadsBackAsTheModelOneObjectPerLine() throws Exception {
        List<String> lines = output("--format", "ndjson", "--all", SAMPLE).lines().toList();
        assertThat(lines).hasSize(model.size());
        for (int i = 0; i < model.size(); i++) {
            assertMatches(JSON.readTree(lines.get(i)), model.get(i));
        }
        assertThat(output("--format", "ndjson", SAMPLE).lines()).as("offenders by default")
                .hasSize((int) model.stream().filter(c -> c.verdict().isOffender()).count());
    }

    @Test
    void csvOnAPipeReadsBackAsTheModelWithNoByteOrderMark() throws Exception {
        String csv = output("--format", "csv", "--all", SAMPLE);
        assertThat(csv).startsWith("\"line\",");
        assertThat(csv.lines().count()).isGreaterThan(1);
        assertThat(csv).contains("\r\n").doesNotContain("\r\r");
        try (CSVParser parser = CSVParser.parse(new StringReader(csv),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertThat(parser.getHeaderNames()).containsExactly(COLUMNS);
            List<CSVRecord> rows = parser.getRecords();
            assertThat(rows).hasSize(model.size());
            for (int i = 0; i < model.size(); i++) {
                assertRowMatches(rows.get(i).values(), model.get(i));
            }
        }
    }

    @Test
    void tsvReadsBackAsTheModelOneLineEach() {
        List<String> lines = output("--format", "tsv", "--all", SAMPLE).lines().toList();
        assertThat(lines.get(0).split("\t")).containsExactly(COLUMNS);
        assertThat(lines).hasSize(model.size() + 1);
        for (int i = 0; i < model.size(); i++) {
            String[] fields = lines.get(i + 1).split("\t", -1);
            for (int f = 0; f < fields.length; f++) {
                fields[f] = unescapeTsv(fields[f]);
            }
            assertRowMatches(fields, model.get(i));
        }
    }

    private static final String[] COLUMNS =
            {"line", "direction", "from", "to", "sentAt", "verdict", "score", "reasons", "message", "source",
                "accepted", "sentAtRaw", "inviterProfileUrl", "inviteeProfileUrl"};

    private static void assertRowMatches(String[] row, ClassifiedInvitation expected) {
        Invitation invitation = expected.invitation();
        assertThat(row).containsExactly(String.valueOf(invitation.line()), invitation.direction().id(),
                invitation.from(), invitation.to(), invitation.sentAt().toString(), expected.verdict().id(),
                String.valueOf(expected.score()),
                expected.reasons().stream().map(Reason::id).collect(Collectors.joining(";")), invitation.message(),
                invitation.source(), "", invitation.sentAtRaw(), invitation.inviterProfileUrl(),
                invitation.inviteeProfileUrl());
    }

    /** What a script would do to a TSV field: \\, \t, \n and \r back to the characters they stand for. */
    private static String unescapeTsv(String field) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 1 < field.length()) {
                char next = field.charAt(++i);
                text.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }
}
