package org.inviteaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.inviteaudit.report.ProblemDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The whole tool in a JVM of its own with a heap of {@value #HEAP_MIB} MiB, fed through standard input far more than
 * that: broken records, a line longer than the heap, and tens of thousands of long generic notes, all to be listed,
 * which the listing must spill to disk. The launcher gives 128 MiB: a smaller heap with a proportionally smaller
 * input proves the same bound, in a quarter of the time.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class BoundedMemoryTest {

    private static final int HEAP_MIB = 48;
    private static final int ROWS = 30_000;
    private static final String NOTE = "Let's connect! I came across your profile and would love to connect. ".repeat(7);

    /** Writes the hostile export; about 85 MB, more than the heap several times over once held as objects. */
    private static void writeHostileExport(OutputStream raw) throws IOException {
        try (OutputStream out = new BufferedOutputStream(raw, 1 << 16)) {
            out.write("From,To,Sent At,Message,Direction\n".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 1_000; i++) {
                out.write("only,two\n".getBytes(StandardCharsets.UTF_8));
            }
            byte[] chunk = "x".repeat(1 << 16).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 1_024; i++) { // one line of 64 MiB: more than the whole heap, so never held whole
                out.write(chunk);
            }
            out.write('\n');
            for (int i = 0; i < ROWS; i++) {
                String row = "Sender " + i + ",Jordan Pike,\"" + (i % 12 + 1) + "/" + (i % 28 + 1) + "/25, "
                        + (i % 12 + 1) + ":" + (10 + i % 50) + " PM\",\"" + NOTE + i + "\",INCOMING\n";
                out.write(row.getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** Counts a marker in a stream as it passes, keeping only the end of the text. */
    private static final class Tail {
        long markers;
        String end = "";
    }

    private static Tail scan(InputStream in, String marker) throws IOException {
        Tail tail = new Tail();
        byte[] wanted = marker.getBytes(StandardCharsets.UTF_8);
        int matched = 0;
        byte[] last = new byte[0];
        byte[] buffer = new byte[1 << 16];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            for (int i = 0; i < n; i++) {
                matched = buffer[i] == wanted[matched] ? matched + 1 : (buffer[i] == wanted[0] ? 1 : 0);
                if (matched == wanted.length) {
                    tail.markers++;
                    matched = 0;
                }
            }
            ByteArrayOutputStream kept = new ByteArrayOutputStream();
            kept.write(last, 0, last.length);
            kept.write(buffer, 0, n);
            byte[] both = kept.toByteArray();
            last = Arrays.copyOfRange(both, Math.max(0, both.length - 200), both.length);
        }
        tail.end = new String(last, StandardCharsets.UTF_8);
        return tail;
    }

    private static Tail[] runInTheHeap(String marker, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + HEAP_MIB + "m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        // A thread of its own for each output: on two cores the common pool may run one task at a time, and a full
        // stderr pipe would then stall the child, and the writing of its input with it.
        ExecutorService readers = Executors.newFixedThreadPool(2);
        Tail[] tails;
        try {
            Future<Tail> out = readers.submit(() -> unchecked(process.getInputStream(), marker));
            Future<Tail> err = readers.submit(() -> unchecked(process.getErrorStream(), "record skipped"));
            writeHostileExport(process.getOutputStream());
            assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("finished in time").isTrue();
            tails = new Tail[] {out.get(1, TimeUnit.MINUTES), err.get(1, TimeUnit.MINUTES)};
        } finally {
            readers.shutdownNow();
            process.destroyForcibly();
        }
        assertThat(tails[1].end).doesNotContain("OutOfMemoryError").contains("records were skipped");
        assertThat(process.exitValue()).as("exit code; stderr ends: " + tails[1].end).isEqualTo(3);
        return tails;
    }

    private static Tail unchecked(InputStream in, String marker) {
        try (in) {
            return scan(in, marker);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void listsEveryInvitationAsJsonInTheHeap() throws Exception {
        Tail[] tails = runInTheHeap("\"verdict\"", "--format", "json", "--all", "-");
        // every invitation twice (as an offender and in the full list); on stderr, the first five of the 1,000 short
        // rows and the one record too long (the rest of the short rows are counted in one line, and all are in JSON)
        assertThat(tails[0].markers).isEqualTo(2L * ROWS);
        assertThat(tails[0].end.strip()).endsWith("}");
        assertThat(tails[1].markers).isEqualTo(ProblemDigest.SHOWN_PER_KIND + 1);
    }

    @Test
    void listsEveryInvitationNewestFirstAsTextInTheHeap() throws Exception {
        Tail[] tails = runInTheHeap("  from Sender ", "--all", "-");
        assertThat(tails[0].markers).isEqualTo(ROWS);
        assertThat(tails[0].end).contains("the record is longer than 1 MiB; record skipped");
    }
}
