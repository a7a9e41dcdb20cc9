package org.inviteaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whether each sent invitation was accepted, told from the Connections.csv beside Invitations.csv in the export. */
class AcceptanceTest {

    private static final String PREAMBLE = "Notes:\n\"Email addresses appear here only for connections whose "
            + "privacy settings allow it, so some rows have none.\"\n\n";

    @TempDir
    Path dir;

    private Path export(String connections) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("export"));
        Files.copy(Path.of("samples/Invitations.csv"), folder.resolve("Invitations.csv"));
        Files.writeString(folder.resolve("Connections.csv"), connections, StandardCharsets.UTF_8);
        return folder;
    }

    /** Each invitation's recipient, sent ones only, and what "accepted" says of it. */
    private static Map<String, JsonNode> acceptedByRecipient(CliRun run) throws Exception {
        Map<String, JsonNode> accepted = new HashMap<>();
        for (JsonNode invitation : run.json().get("invitations")) {
            if (invitation.get("direction").asText().equals("sent")) {
                accepted.put(invitation.get("to").asText(), invitation.get("accepted"));
            } else {
                assertThat(invitation.get("accepted").isNull()).as("a received invitation is not judged").isTrue();
            }
        }
        return accepted;
    }

    @Test
    void aSentInvitationWhoseRecipientIsAConnectionByUrlIsAcceptedAndTheOthersAreNot() throws Exception {
        Path export = export(PREAMBLE + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                + "Mara,Okafor,https://www.linkedin.com/in/mara-okafor-3b1a27/,,,,19 Nov 2026\n"
                + "Henrik,Solberg,https://www.linkedin.com/in/someone-else,,,,13 Nov 2026\n");
        CliRun run = CliRun.of("--format", "json", "--all", export.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, JsonNode> accepted = acceptedByRecipient(run);
        assertThat(accepted.get("Mara Okafor").asBoolean()).isTrue();
        assertThat(accepted.get("Henrik Solberg").asBoolean()).as("the URL decides, not the name").isFalse();
        assertThat(accepted.get("Yusuf Demirel").isBoolean()).isTrue();
        assertThat(accepted.get("Yusuf Demirel").asBoolean()).isFalse();
    }

    @Test
    void anOlderConnectionsFileWithoutUrlsMatchesByNameAndNeverGuessesBetweenTwoOfOneName() throws Exception {
        Path export = export(PREAMBLE + "First Name,Last Name,Email Address,Company,Position,Connected On\n"
                + "Mara,Okafor,,,,19 Nov 2026\n"
                + "Henrik,Solberg,,,,13 Nov 2026\n"
                + "Henrik,Solberg,,,,01 Jan 2024\n"
                + "too-short\n");
        CliRun run = CliRun.of("--format", "json", "--all", export.toString());
        Map<String, JsonNode> accepted = acceptedByRecipient(run);
        assertThat(accepted.get("Mara Okafor").asBoolean()).isTrue();
        assertThat(accepted.get("Henrik Solberg").isNull()).as("two connections of that name").isTrue();
        assertThat(run.exitCode()).as("a bad row of Connections.csv leaves out no invitation").isZero();
        assertThat(run.err()).contains("Connections.csv:8: the row has 1 field, too few for the names");
        assertThat(run.json().get("problems").get(0).get("skipped").asBoolean()).isFalse();
    }

    @Test
    void aConnectionsFileThatIsNotOneCostsOnlyTheAcceptanceAndSaysSo() throws Exception {
        Path export = export("this is not it\n".repeat(20));
        CliRun run = CliRun.of("--format", "csv", "--all", export.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("Connections.csv: not LinkedIn's Connections.csv")
                .contains("acceptance cannot be told");
        // The accepted column, the eleventh, empty in every row.
        assertThat(run.out().lines().skip(1)).allSatisfy(row -> assertThat(row.split("\",\"", -1)[10]).isEmpty());
    }

    @Test
    void theReportGivesTheRateOfEachVerdictWithItsIntervalAndWarnsOfSmallSamples() throws Exception {
        Path export = export(PREAMBLE + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                + "Mara,Okafor,https://www.linkedin.com/in/mara-okafor-3b1a27/,,,,19 Nov 2026\n");
        String text = CliRun.of("--wide", export.toString()).out();
        assertThat(text).contains("Accepted, of the invitations you sent\n"
                + "  personalized: 1 of 4 accepted (25%, 95% interval 5–70%); fewer than 10, too few to compare\n"
                + "  generic: 0 of 6 accepted (0%, 95% interval 0–39%); fewer than 10, too few to compare\n"
                + "  default: 0 of 8 accepted (0%, 95% interval 0–32%); fewer than 10, too few to compare\n");
        JsonNode acceptance = CliRun.of("--format", "json", export.toString()).json()
                .get("summary").get("acceptance");
        assertThat(acceptance.get("personalized").get("accepted").asInt()).isEqualTo(1);
        assertThat(acceptance.get("personalized").get("rate").asDouble()).isEqualTo(0.25);
        assertThat(acceptance.get("generic").get("notAccepted").asInt()).isEqualTo(6);
        assertThat(acceptance.get("default").get("smallSample").asBoolean()).isTrue();
    }

    @Test
    void aLoneInvitationsCsvSaysHowToGetAcceptanceAndHasNone() throws Exception {
        assertThat(CliRun.of("samples/Invitations.csv").out()).contains("Whether your invitations were accepted "
                + "needs the Connections.csv of your export:\npass the export zip, or the folder it unzips to.");
        assertThat(CliRun.of("--format", "json", "samples/Invitations.csv").json()
                .get("summary").get("acceptance").isNull()).isTrue();
        assertThat(CliRun.of("samples/received.csv").out()).doesNotContain("accepted");
    }

    @Test
    void redactionKeepsWhatWasAcceptedThoughItDropsTheProfileUrls() throws Exception {
        JsonNode plain = CliRun.of("--format", "json", "--all", "samples").json();
        JsonNode redacted = CliRun.of("--format", "json", "--all", "--redact", "samples").json();
        assertThat(redacted.get("summary").get("acceptance")).isEqualTo(plain.get("summary").get("acceptance"));
        assertThat(redacted.get("invitations")).hasSameSizeAs(plain.get("invitations"));
        for (int i = 0; i < plain.get("invitations").size(); i++) {
            JsonNode each = redacted.get("invitations").get(i);
            assertThat(each.get("accepted")).isEqualTo(plain.get("invitations").get(i).get("accepted"));
            assertThat(each.get("inviteeProfileUrl").isNull()).isTrue();
        }
        assertThat(plain.get("summary").get("acceptance").get("personalized").get("accepted").asInt()).isPositive();
    }

    /**
     * Two exports of one account taken at different times overlap: each invitation is counted once, and a
     * recipient who is a connection in either export's Connections.csv accepted.
     */
    @Test
    void overlappingExportsCountEachInvitationOnceAndPoolTheirConnections() throws Exception {
        String header = PREAMBLE + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";
        Path earlier = export(header + "Mara,Okafor,https://www.linkedin.com/in/mara-okafor-3b1a27,,,,19 Nov 2026\n");
        Path moved = Files.move(earlier, dir.resolve("earlier"));
        Path newer = export(header + "Lena,Hartmann,https://www.linkedin.com/in/lena-hartmann-2c7d19,,,,28 Oct 2026\n"
                + "Mara,Okafor,https://www.linkedin.com/in/mara-okafor-3b1a27,,,,19 Nov 2026\n");
        CliRun run = CliRun.of("--format", "json", "--all", "--direction", "sent", moved.toString(),
                newer.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = run.json();
        assertThat(report.get("summary").get("repeated").asInt()).isEqualTo(44);
        assertThat(report.get("summary").get("sent").get("total").asInt()).isEqualTo(18);
        Map<String, JsonNode> accepted = acceptedByRecipient(run);
        assertThat(accepted.get("Mara Okafor").asBoolean()).isTrue();
        assertThat(accepted.get("Lena Hartmann").asBoolean()).isTrue();
        JsonNode acceptance = report.get("summary").get("acceptance");
        long told = 0;
        for (JsonNode verdict : acceptance) {
            told += verdict.get("accepted").asLong() + verdict.get("notAccepted").asLong();
        }
        assertThat(told).isEqualTo(18);
        assertThat(acceptance.get("personalized").get("accepted").asInt()
                + acceptance.get("generic").get("accepted").asInt()
                + acceptance.get("default").get("accepted").asInt()).isEqualTo(2);
    }

    @Test
    void receivedInvitationsAloneLeaveConnectionsCsvUnread() throws Exception {
        Path export = export("this is not a connections file at all\n");
        CliRun received = CliRun.of("--direction", "received", export.toString());
        assertThat(received.exitCode()).isZero();
        assertThat(received.err()).isEmpty();
        CliRun all = CliRun.of(export.toString());
        assertThat(all.err()).contains("Connections.csv");
    }
}
