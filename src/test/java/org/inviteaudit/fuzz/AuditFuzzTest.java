package org.inviteaudit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The whole audit on what the fuzzer makes of standard input: arbitrary bytes in any format, and well-formed CSV of
 * arbitrary fields, of which every record must be either reported or listed as a problem.
 */
class AuditFuzzTest {

    private static final List<String> FORMATS = List.of("json", "ndjson", "csv", "tsv", "text", "html");
    // 0 read, 3 an input that cannot be used or a record skipped; 1 only with --fail-on, not given here.
    private static final Set<Integer> EXIT_CODES = Set.of(0, 3);
    private static final String[] HEADERS = {
        "From,To,Sent At,Message,Direction",
        "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl"
    };

    /** Arbitrary bytes, after one of the real headers or none, in every format. */
    @FuzzTest(maxDuration = "30s")
    void arbitraryBytesAsTheExport(FuzzedDataProvider data) {
        String format = data.pickValue(FORMATS);
        int header = data.consumeInt(0, HEADERS.length);
        byte[] body = data.consumeRemainingAsBytes();
        byte[] input = header == HEADERS.length ? body : concat((HEADERS[header] + "\n").getBytes(
                StandardCharsets.UTF_8), body);
        Outputs.Run run = Outputs.run(input, EXIT_CODES, "--format", format, "--all", "-");
        Outputs.wellFormed(format, run.out());
    }

    /**
     * Records of arbitrary fields, written as CSV should be: each is reported as an invitation, or listed as a
     * problem with its record left out; none is lost, and the lines they are told at are distinct.
     */
    @FuzzTest(maxDuration = "30s")
    void everyRecordIsReportedOrAProblem(FuzzedDataProvider data) {
        boolean newHeader = data.consumeBoolean();
        int records = data.consumeInt(0, 12);
        StringWriter csv = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            printer.printRecord((Object[]) HEADERS[newHeader ? 1 : 0].split(","));
            for (int i = 0; i < records; i++) {
                int fields = newHeader ? 7 : 5;
                Object[] row = new Object[fields];
                for (int f = 0; f < fields; f++) {
                    row[f] = f == 4 ? data.pickValue(List.of("INCOMING", "OUTGOING", data.consumeString(6)))
                            : data.consumeString(40);
                }
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Outputs.Run run = Outputs.run(csv.toString().getBytes(StandardCharsets.UTF_8), EXIT_CODES,
                "--format", "json", "--all", "--template-min", data.pickValue(List.of("0", "3")), "-");
        JsonNode report = Outputs.wellFormed("json", run.out());
        if (report == null) {
            return; // unusable as a whole (say, no record fits a header): said on stderr, exit 3
        }
        long skipped = 0;
        for (JsonNode problem : report.get("problems")) {
            if (problem.get("skipped").asBoolean()) {
                skipped++;
            }
        }
        assertThat(report.get("invitations").size() + skipped).as("invitations and skipped records, of %d; %s",
                records, run.err()).isEqualTo(records);
        assertThat(report.get("summary").get("skipped").asLong()).isEqualTo(skipped);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
