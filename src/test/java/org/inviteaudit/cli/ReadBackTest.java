package org.inviteaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.inviteaudit.classify.Classifier;
import org.inviteaudit.classify.TemplateCensus;
import org.inviteaudit.classify.Reason;
import org.inviteaudit.reader.CollectingSink;
import org.inviteaudit.reader.Invitation;
import org.inviteaudit.reader.InvitationReader;
import org.inviteaudit.report.ClassifiedInvitation;
import org.inviteaudit.source.TextDecoding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each machine-readable format, read back with the library a script would use, matches the model it came from. */
class ReadBackTest {

    private static final String SAMPLE = "samples/Invitations.csv";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static List<ClassifiedInvitation> model;

    @BeforeAll
    static void readTheModelDirectly() throws Exception {
        CollectingSink got = new CollectingSink();
        try (InputStream bytes = Files.newInputStream(Path.of(SAMPLE));
                Reader text = TextDecoding.open(bytes, SAMPLE, line -> { })) {
            new InvitationReader(SAMPLE).read(text, got);
        }
        TemplateCensus census = new TemplateCensus(TemplateCensus.DEFAULT_MIN_RECIPIENTS);
        got.invitations.forEach(invitation -> census.count(invitation.message(), invitation.from(), invitation.to()));
        Classifier classifier = new Classifier().withTemplates(census);
        model = got.invitations.stream()
                .map(invitation -> new ClassifiedInvitation(invitation, classifier.classify(invitation))).toList();
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
    void csvReadsBackAsTheModel() throws Exception {
        String csv = output("--format", "csv", "--all", SAMPLE);
        assertThat(csv).startsWith("\uFEFF");
        assertThat(csv.lines().count()).isGreaterThan(1);
        assertThat(csv).contains("\r\n").doesNotContain("\r\r");
        try (CSVParser parser = CSVParser.parse(new StringReader(csv.substring(1)),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertThat(parser.getHeaderNames()).containsExactly(
                    "line", "direction", "from", "to", "sentAt", "verdict", "score", "reasons", "message", "source");
            List<CSVRecord> rows = parser.getRecords();
            assertThat(rows).hasSize(model.size());
            for (int i = 0; i < model.size(); i++) {
                CSVRecord row = rows.get(i);
                ClassifiedInvitation expected = model.get(i);
                Invitation invitation = expected.invitation();
                assertThat(row.get("line")).isEqualTo(String.valueOf(invitation.line()));
                assertThat(row.get("direction")).isEqualTo(invitation.direction().id());
                assertThat(row.get("from")).isEqualTo(invitation.from());
                assertThat(row.get("to")).isEqualTo(invitation.to());
                assertThat(row.get("sentAt")).isEqualTo(invitation.sentAt().toString());
                assertThat(row.get("verdict")).isEqualTo(expected.verdict().id());
                assertThat(row.get("score")).isEqualTo(String.valueOf(expected.score()));
                assertThat(row.get("reasons"))
                        .isEqualTo(expected.reasons().stream().map(Reason::id).collect(Collectors.joining(";")));
                assertThat(row.get("message")).isEqualTo(invitation.message());
                assertThat(row.get("source")).isEqualTo(invitation.source());
            }
        }
    }
}
