package org.inviteaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a folder or a file argument may really be: a folder with a link back to itself, a named pipe, a file that
 * fails when read, ten thousand files. Each gives a clear message or the right report, and none hangs.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class OddFoldersAndFilesTest {

    private static final Path SAMPLE = Path.of("samples", "Invitations.csv");

    @TempDir
    Path dir;

    private final String expected = CliRun.of("--format", "csv", SAMPLE.toString()).out();

    @Test
    void aFolderWithALinkBackToItselfIsReadOnce() throws Exception {
        Path export = Files.createDirectories(dir.resolve("export"));
        Files.copy(SAMPLE, export.resolve("Invitations.csv"));
        Files.createSymbolicLink(export.resolve("loop"), export);
        Files.createSymbolicLink(export.resolve("up"), dir);
        CliRun run = CliRun.of("--format", "csv", export.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(expected.replace(SAMPLE.toString(),
                export.resolve("Invitations.csv").toString()));
    }

    @Test
    void aFolderOfTenThousandFilesIsSearchedAndRead() throws Exception {
        Path export = Files.createDirectories(dir.resolve("export"));
        for (int i = 0; i < 10_000; i++) {
            Files.createFile(export.resolve("file-" + i + ".txt"));
        }
        Files.copy(SAMPLE, export.resolve("Invitations.csv"));
        CliRun run = CliRun.of("--format", "csv", export.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(expected.replace(SAMPLE.toString(),
                export.resolve("Invitations.csv").toString()));

        Files.delete(export.resolve("Invitations.csv"));
        CliRun none = CliRun.of(export.toString());
        assertThat(none.exitCode()).isEqualTo(3);
        assertThat(none.err()).contains("and no export zip (it holds file-0.txt, file-1.txt")
                .contains(" and 9994 more)");
    }

    @Test
    void aNamedPipeInAFolderIsNeverOpenedUnasked() throws Exception {
        Path export = Files.createDirectories(dir.resolve("export"));
        Path pipe = namedPipe(export.resolve("Invitations.csv"));
        CliRun run = CliRun.of(export.toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).isEqualTo("invite-audit: " + pipe + ": is not a regular file (a named pipe, a socket "
                + "or a device); name it to read it as a stream, or pass the export's own folder\n");
    }

    /** Named, a pipe is read as it comes, as standard input is: both readings the audit needs, from one writing. */
    @Test
    void aNamedPipeGivenByNameIsReadAsAStream() throws Exception {
        Path pipe = namedPipe(dir.resolve("invitations.pipe"));
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try (OutputStream out = Files.newOutputStream(pipe)) {
                Files.copy(SAMPLE, out);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        CliRun run = CliRun.of("--format", "csv", pipe.toString());
        writer.get(30, TimeUnit.SECONDS);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(expected.replace(SAMPLE.toString(), pipe.toString()));
    }

    /** Root reads any file whatever its permissions; a read that fails is made with a link to /proc/self/mem. */
    @Test
    void aFileThatFailsWhenReadIsSaidSo() throws Exception {
        assumeTrue(Files.isRegularFile(Path.of("/proc/self/mem")), "no /proc/self/mem: not Linux");
        Path export = Files.createDirectories(dir.resolve("export"));
        Files.createSymbolicLink(export.resolve("Invitations.csv"), Path.of("/proc/self/mem"));
        for (String argument : new String[] {export.toString(), export.resolve("Invitations.csv").toString()}) {
            CliRun run = CliRun.of(argument);
            assertThat(run.exitCode()).isEqualTo(3);
            assertThat(run.err()).startsWith("invite-audit: " + export.resolve("Invitations.csv") + ": c")
                    .contains("be read (Input/output error)").doesNotContain("\tat ");
        }
    }

    private static Path namedPipe(Path path) throws Exception {
        Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo cannot make a named pipe here");
        return path;
    }
}
