package org.inviteaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ctrl-C (SIGINT) or SIGTERM in the middle of a run long enough to have spilled its listing to temporary files: the
 * run ends with 130 or 143, prints no stack trace, and leaves no temporary file and no report behind.
 */
class InterruptIT {

    private static final Path COMMAND = Path.of("target", "invite-audit");
    private static final int SIGINT = 2;

    @TempDir
    static Path work;

    private static Path input;

    @BeforeAll
    static void aLongExport() throws Exception {
        input = ManyInvitations.write(work.resolve("many.csv"), 100_000);
    }

    @ParameterizedTest(name = "SIG{0}")
    @CsvSource({"INT, 130", "TERM, 143"})
    void anInterruptedRunEndsCleanly(String signal, int exitCode) throws Exception {
        assumeTrue(!signal.equals("INT") || !ignored(SIGINT), "this test runs with SIGINT ignored (a background "
                + "job of a shell without job control), which its child would inherit: SIGINT is not tested");
        Path tmp = Files.createDirectories(work.resolve("tmp-" + signal));
        Path report = work.resolve("report-" + signal + ".json");
        ProcessBuilder builder = new ProcessBuilder(COMMAND.toString(), "--format", "json", "--all", "--output",
                report.toString(), input.toString());
        builder.environment().put("TMPDIR", tmp.toString());
        builder.environment().put("JAVA_HOME", ProcessRun.JAVA_HOME.toString());
        builder.environment().put("INVITE_AUDIT_CACHE", "off");
        Path err = work.resolve("err-" + signal);
        Process process = builder.redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (isEmpty(tmp)) {
            assertThat(process.isAlive()).as("still running when its listing spills").isTrue();
            assertThat(Instant.now()).isBefore(deadline);
            Thread.sleep(20);
        }

        ProcessRun kill = ProcessRun.of(List.of("kill", "-" + signal, String.valueOf(process.pid())), Map.of());
        assertThat(kill.exit()).isZero();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).isEqualTo(exitCode);
        assertThat(Files.readString(err, StandardCharsets.UTF_8)).doesNotContain("\tat ", "Exception");
        assertThat(isEmpty(tmp)).as("temporary files left in " + tmp).isTrue();
        assertThat(report).doesNotExist();
        try (Stream<Path> files = Files.list(work)) {
            assertThat(files.map(file -> file.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    private static boolean isEmpty(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.findAny().isEmpty();
        }
    }

    /** Whether this process ignores a signal, as /proc/self/status says (SigIgn, a mask in hexadecimal). */
    private static boolean ignored(int signal) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseUnsignedLong(line.substring(7).strip(), 16) & (1L << (signal - 1))) != 0;
            }
        }
        return false;
    }
}
