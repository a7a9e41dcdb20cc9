package org.inviteaudit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.inviteaudit.cli.InviteAudit;

/**
 * The properties every fuzz test holds of a run of the whole tool: it ends with one of its documented exit codes (an
 * internal error, 70, is a finding), in bounded time, and what it writes on standard output is well formed in its
 * format.
 */
final class Outputs {

    static final ObjectMapper JSON = new ObjectMapper();
    /** Generous for one small input, even on a loaded two-core machine; a loop or a blow-up takes far longer. */
    private static final Duration PER_INPUT = Duration.ofSeconds(10);
    /**
     * The first input of a JVM also pays, once, for loading and instrumenting every class the tool runs: under
     * Jazzer's coverage some 3 to 8 s on this machine, near the limit above on a loaded one.
     */
    private static final Duration FIRST_INPUT = Duration.ofSeconds(30);
    private static boolean warm;

    private Outputs() {
    }

    /** One run's exit code and streams. */
    record Run(int exitCode, String out, String err) {
    }

    static Run run(byte[] stdin, Set<Integer> allowedExitCodes, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        long start = System.nanoTime();
        int code = InviteAudit.run(new ByteArrayInputStream(stdin), new PrintWriter(out), new PrintWriter(err), args);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        Run run = new Run(code, out.toString(), err.toString());
        assertThat(code).as("exit code of %s; stderr: %s", List.of(args), run.err()).isIn(allowedExitCodes);
        assertThat(took).as("time for one input").isLessThan(warm ? PER_INPUT : FIRST_INPUT);
        warm = true;
        assertThat(run.err()).doesNotContain("\tat ");
        return run;
    }

    /** Checks that standard output is well formed in the format; returns the parsed JSON for json, else null. */
    static JsonNode wellFormed(String format, String out) {
        try {
            switch (format) {
                case "json" -> {
                    return out.isEmpty() ? null : JSON.readTree(out);
                }
                case "ndjson" -> out.lines().forEach(Outputs::json);
                case "csv" -> sameWidth(CSVFormat.DEFAULT, out);
                case "tsv" -> {
                    long widths = out.lines().mapToLong(line -> line.chars().filter(c -> c == '\t').count())
                            .distinct().count();
                    assertThat(widths).as("TSV lines of one width").isLessThanOrEqualTo(1);
                }
                case "text" -> assertThat(out.chars().filter(c -> (c < 0x20 && c != '\n') || c == 0x7F
                        || (c >= 0x80 && c < 0xA0)).count()).as("control characters in the text report").isZero();
                case "html" -> {
                    if (!out.isEmpty()) {
                        assertThat(out).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
                        assertThat(out.split("<script>", -1)).as("one script, the page's own").hasSize(2);
                    }
                }
                default -> throw new IllegalArgumentException(format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }

    static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }

    private static void sameWidth(CSVFormat format, String out) throws IOException {
        String text = out.startsWith("\uFEFF") ? out.substring(1) : out;
        try (CSVParser parser = CSVParser.builder().setFormat(format).setReader(new StringReader(text)).get()) {
            List<CSVRecord> records = parser.getRecords();
            assertThat(records.stream().map(CSVRecord::size).distinct().count()).as("CSV records of one width")
                    .isLessThanOrEqualTo(1);
        }
    }
}
