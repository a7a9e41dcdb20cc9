package org.inviteaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed and hostile inputs, each with what must come of it: the exit code, the problems (line, whether the
 * record was skipped, and a part of the message), the lines of the records that survive, or, for an input that
 * cannot be used at all, the message on stderr. Every case also checks that the totals reconcile.
 */
class MalformedInputsTest {

    private static final String HEADER = "From,To,Sent At,Message,Direction";
    private static final String GOOD = "Ada Byron,Jordan Pike,\"1/29/26, 2:37 PM\",,INCOMING";
    private static final String GOOD_SENT = "Jordan Pike,Bo Li,\"1/28/26, 9:00 AM\",Let's connect!,OUTGOING";

    /** An expected problem: its line, whether its record was left out, and part of its message. */
    record Expected(long line, boolean skipped, String message) {
        @Override
        public String toString() {
            return line + (skipped ? " skipped: " : " kept: ") + message;
        }
    }

    record Case(String name, byte[] input, int exitCode, List<Expected> problems, List<Long> survivors,
            String stderr) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case reported(String name, byte[] input, int exitCode, List<Expected> problems, Long... survivors) {
        return new Case(name, input, exitCode, problems, List.of(survivors), null);
    }

    private static Case refused(String name, byte[] input, String stderr) {
        return new Case(name, input, 3, List.of(), List.of(), stderr);
    }

    private static Expected skipped(long line, String message) {
        return new Expected(line, true, message);
    }

    private static Expected kept(long line, String message) {
        return new Expected(line, false, message);
    }

    private static byte[] utf8(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Charset charset, byte[] prefix, String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(prefix);
        out.writeBytes(text.getBytes(charset));
        return out.toByteArray();
    }

    private static byte[] randomBytes(long seed, int length) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    static Stream<Case> cases() {
        List<String> manyShortRows = new ArrayList<>(List.of(HEADER, GOOD));
        for (int i = 0; i < 1000; i++) {
            manyShortRows.add("only,two");
        }
        manyShortRows.add(GOOD_SENT);
        List<Expected> manyProblems = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            manyProblems.add(skipped(3 + i, "the record has 2 fields where 5 are needed"));
        }
        String megabyte = "x".repeat((1 << 20) + 10);

        return Stream.of(
                reported("a clean file", utf8(HEADER, GOOD, GOOD_SENT), 0, List.of(), 2L, 3L),
                reported("a short row", utf8(HEADER, GOOD, "Ada Byron,Jordan Pike", GOOD_SENT), 3,
                        List.of(skipped(3, "the record has 2 fields where 5 are needed")), 2L, 4L),
                reported("an unknown Direction", utf8(HEADER, GOOD, "A,B,\"1/2/26, 1:00 PM\",,SIDEWAYS", GOOD_SENT),
                        3, List.of(skipped(3, "unknown Direction 'SIDEWAYS'")), 2L, 4L),
                reported("an unquoted comma in a note", utf8(HEADER, GOOD,
                        "A,B,\"1/2/26, 1:00 PM\",Hi Jordan, great talk,INCOMING", GOOD_SENT), 3,
                        List.of(skipped(3, "the record has 6 fields where the header has 5: is there an unquoted comma "
                                + "in the Message?")), 2L, 4L),
                reported("a trailing empty field beyond the header", utf8(HEADER, GOOD + ",", GOOD_SENT), 0,
                        List.of(), 2L, 3L),
                reported("an empty Direction", utf8(HEADER, "A,B,\"1/2/26, 1:00 PM\",,", GOOD), 3,
                        List.of(skipped(2, "unknown Direction ''")), 3L),
                reported("a quote left open mid-file", utf8(HEADER, GOOD,
                        "A,B,\"1/2/26, 1:00 PM\",\"never closed,INCOMING", GOOD_SENT, GOOD), 3,
                        List.of(skipped(3, "a quoted field is not closed before the next record")), 2L, 4L, 5L),
                reported("a quote left open on the last record", utf8(HEADER, GOOD,
                        "A,B,\"1/2/26, 1:00 PM\",\"never closed,INCOMING"), 3,
                        List.of(skipped(3, "a quoted field is never closed")), 2L),
                reported("text after a closing quote", utf8(HEADER, "A,B,\"1/2/26, 1:00 PM\",\"hi\" there,INCOMING",
                        GOOD), 3, List.of(skipped(2, "text after a closing quote")), 3L),
                reported("an unreadable date", utf8(HEADER, "A,B,last Tuesday,,INCOMING", GOOD), 0,
                        List.of(kept(2, "unreadable Sent At 'last Tuesday'")), 2L, 3L),
                reported("an empty date", utf8(HEADER, "A,B,,,INCOMING"), 0,
                        List.of(kept(2, "unreadable Sent At ''")), 2L),
                reported("a record over 1 MiB across lines", utf8(HEADER, GOOD,
                        "A,B,\"1/2/26, 1:00 PM\",\"" + megabyte.substring(0, 600_000) + "\n"
                                + megabyte.substring(600_000) + "\",INCOMING", GOOD_SENT), 3,
                        List.of(skipped(3, "the record is longer than 1 MiB")), 2L, 5L),
                reported("a single line over 1 MiB", utf8(HEADER, GOOD, "A,B,\"1/2/26, 1:00 PM\"," + megabyte
                        + ",INCOMING", GOOD_SENT), 3, List.of(skipped(3, "the record is longer than 1 MiB")), 2L, 4L),
                reported("blank lines between records", utf8(HEADER, "", GOOD, "   ", "", GOOD_SENT), 0,
                        List.of(), 3L, 6L),
                reported("only the header", utf8(HEADER), 0, List.of()),
                reported("a byte-order mark, CRLF and every field quoted", bytes(StandardCharsets.UTF_8,
                        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        "\"From\",\"To\",\"Sent At\",\"Message\",\"Direction\"\r\n\"A\",\"B\",\"1/2/26, 1:00 PM\","
                                + "\"two\r\nlines\",\"INCOMING\"\r\n\"C\",\"D\",\"1/3/26, 1:00 PM\",\"\",\"OUTGOING\""),
                        0, List.of(), 2L, 4L),
                reported("UTF-16 with a byte-order mark", bytes(StandardCharsets.UTF_16LE,
                        new byte[] {(byte) 0xFF, (byte) 0xFE}, HEADER + "\r\n" + GOOD + "\r\n"), 0, List.of(), 2L),
                reported("Windows-1252 from a spreadsheet", bytes(Charset.forName("windows-1252"), new byte[0],
                        HEADER + "\n" + GOOD + "\nRen\u00e9 \u0152uvre,Jordan Pike,\"1/2/26, 1:00 PM\",\u201cHi\u201d,"
                                + "INCOMING\n"), 0,
                        List.of(kept(3, "not valid UTF-8 from here; it is read as Windows-1252")), 2L, 3L),
                reported("old Mac line ends (CR only)", (HEADER + "\r" + GOOD + "\r" + GOOD_SENT + "\r")
                        .getBytes(StandardCharsets.UTF_8), 0, List.of(), 2L, 3L),
                reported("more fields than the header", utf8(HEADER, GOOD + ",extra,fields", GOOD_SENT), 0,
                        List.of(), 2L, 3L),
                reported("reordered and extra columns in the header", utf8("Direction,Junk,message,SENT AT,to,from",
                        "INCOMING,x,Hi,\"1/2/26, 1:00 PM\",Jordan Pike,Ada"), 0, List.of(), 2L),
                reported("terminal escapes in names and notes", utf8(HEADER,
                        "\u001B]0;owned\u0007Ada,Jordan Pike,\"1/2/26, 1:00 PM\",\u001B[2J\u001B[31mred,INCOMING"),
                        0, List.of(), 2L),
                reported("a NUL and bidi overrides in a note", utf8(HEADER,
                        "Ada,Jordan Pike,\"1/2/26, 1:00 PM\",a\u0000b \u202Egnp.exe,INCOMING"), 0, List.of(), 2L),
                reported("a thousand broken rows in a row", utf8(manyShortRows.toArray(String[]::new)), 3,
                        manyProblems, 2L, 1003L),
                reported("an unknown Direction holding escapes", utf8(HEADER, "A,B,\"1/2/26, 1:00 PM\",,\u001B[31mX"),
                        3, List.of(skipped(2, "unknown Direction")), new Long[0]),
                refused("an empty file", new byte[0], "is empty; pass the Invitations.csv"),
                refused("blank lines only", utf8("", "  ", ""), "is empty; pass the Invitations.csv"),
                refused("a header without Direction", utf8("From,To,Sent At,Message", "A,B,C,D"),
                        "the header lacks the column Direction"),
                refused("Connections.csv", utf8("Notes:", "\"When exporting...\"", "",
                        "First Name,Last Name,URL,Email Address,Company,Position,Connected On"),
                        "this is Connections.csv, which holds your connections, not invitations"),
                refused("messages.csv", utf8("CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE"),
                        "this is messages.csv, which holds your messages, not invitations"),
                refused("a header whose quote never closes", utf8("From,\"To,Sent At,Message,Direction", GOOD),
                        "not a LinkedIn invitations export"),
                refused("random bytes", randomBytes(7, 4096), "not a LinkedIn invitations export"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void endsInAReportOrAClearError(Case c, @TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("Invitations.csv"), c.input());
        CliRun run = CliRun.of("--format", "json", "--all", file.toString());

        assertThat(run.exitCode()).as("exit code; stderr: " + run.err()).isEqualTo(c.exitCode());
        assertThat(run.err()).as("stderr is safe for a terminal").doesNotContain("\u001B").doesNotContain("\u0007");
        if (c.stderr() != null) {
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).contains(c.stderr()).doesNotContain("\tat ");
            assertThat(run.err().strip().lines()).hasSize(1);
            return;
        }
        JsonNode report = run.json();
        List<Expected> problems = new ArrayList<>();
        report.get("problems").forEach(p -> problems.add(new Expected(p.get("line").asLong(),
                p.get("skipped").asBoolean(), p.get("message").asText())));
        assertThat(problems).hasSameSizeAs(c.problems());
        for (int i = 0; i < problems.size(); i++) {
            Expected want = c.problems().get(i);
            assertThat(problems.get(i).line()).as("problem %d line", i).isEqualTo(want.line());
            assertThat(problems.get(i).skipped()).as("problem %d skipped", i).isEqualTo(want.skipped());
            assertThat(problems.get(i).message()).as("problem %d message", i).contains(want.message());
        }
        List<Long> survivors = new ArrayList<>();
        report.get("invitations").forEach(invitation -> survivors.add(invitation.get("line").asLong()));
        assertThat(survivors).isEqualTo(c.survivors());

        long skipped = problems.stream().filter(Expected::skipped).count();
        assertThat(report.get("summary").get("skipped").asLong()).isEqualTo(skipped);
        assertThat(report.get("summary").get("total").asLong()).isEqualTo(survivors.size());
    }
}
