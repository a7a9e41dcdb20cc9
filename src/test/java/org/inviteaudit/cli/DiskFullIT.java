package org.inviteaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A temporary folder that fills up, on a real file system: a 256 KiB tmpfs as TMPDIR. Keeping a large input's
 * records for the census's later passes and spilling a long listing both fail there; the run says so in one line that names the folder
 * and TMPDIR, exits with 3, leaves no temporary file and no report presented as whole. Mounting needs root; where it
 * is refused, the test says so and is skipped.
 */
class DiskFullIT {

    private static final Path COMMAND = Path.of("target", "invite-audit");
    // Enough invitations that the records kept, and the listing of them all, outgrow the memory they may take.
    private static final int INVITATIONS = 70_000;

    @TempDir
    static Path work;

    private static Path full;
    private static Path input;

    @BeforeAll
    static void mountASmallFileSystem() throws Exception {
        full = Files.createDirectories(work.resolve("full"));
        ProcessRun mount = ProcessRun.of(List.of("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs",
                full.toString()), Map.of());
        assumeTrue(mount.exit() == 0, "cannot mount a small tmpfs here (" + mount.err().strip()
                + "): the disk-full tests need root, and are skipped");
        input = work.resolve("many.csv");
        ManyInvitations.write(input, INVITATIONS);
    }

    @AfterAll
    static void unmount() throws Exception {
        if (full != null) {
            ProcessRun.of(List.of("umount", full.toString()), Map.of());
        }
    }

    @Test
    void recordsThatCannotBeKeptForTheCensusAreSaidSo() throws Exception {
        ProcessRun run = ProcessRun.of(List.of("sh", "-c", "exec \"$0\" --format ndjson - < \"$1\" > /dev/null",
                COMMAND.toString(), input.toString()), environment());
        assertThat(run.exit()).isEqualTo(3);
        assertFullSaid(run);
    }

    @Test
    void aListingThatCannotBeSpilledLeavesNoReport() throws Exception {
        Path report = work.resolve("report.json");
        ProcessRun run = ProcessRun.of(List.of(COMMAND.toString(), "--format", "json", "--all", "--template-min",
                "0", "--output", report.toString(), input.toString()), environment());
        assertThat(run.exit()).isEqualTo(3);
        assertFullSaid(run);
        assertThat(report).doesNotExist();
        try (Stream<Path> files = Files.list(work)) {
            assertThat(files.map(file -> file.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    private static void assertFullSaid(ProcessRun run) throws Exception {
        assertThat(run.err()).contains("invite-audit: cannot write a temporary file in " + full
                + " (No space left on device): free some space there, or set TMPDIR to a folder with room");
        assertThat(run.err()).doesNotContain("\tat ", "Exception");
        try (Stream<Path> left = Files.list(full)) {
            assertThat(left).as("temporary files left behind").isEmpty();
        }
    }

    private static Map<String, String> environment() {
        return Map.of("TMPDIR", full.toString(), "INVITE_AUDIT_CACHE", "off");
    }
}
