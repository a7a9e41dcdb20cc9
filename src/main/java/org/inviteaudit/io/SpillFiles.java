package org.inviteaudit.io;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/** The temporary files that {@link SpillingList} and {@link SortedSpillingList} continue in past their budget. */
final class SpillFiles {

    // Written, and read back one at a time, in large blocks: a large export's records pass through them more than once.
    static final int BUFFER_BYTES = 1 << 15;

    private SpillFiles() {
    }

    /** A spill file, and how many items it holds: a file that ends before them was cut short, not taken as whole. */
    static final class Run {
        final Path file;
        long size;

        /** Made before it is written to, so that the list deletes it even when writing it fails. */
        Run() {
            this.file = PrivateTempFiles.create(".spill");
        }
    }

    static DataOutputStream append(Run run) throws IOException {
        return new DataOutputStream(new BufferedOutputStream(
                Files.newOutputStream(run.file, StandardOpenOption.APPEND), BUFFER_BYTES));
    }

    static DataInputStream read(Run run, int bufferBytes) {
        try {
            return new DataInputStream(new BufferedInputStream(Files.newInputStream(run.file), bufferBytes));
        } catch (IOException e) {
            throw PrivateTempFiles.failure("read back", e);
        }
    }

    /**
     * The next item of a run, or a failure: a file that ends before its items (EOFException) was cut short, and is
     * never taken for a whole one.
     */
    static TemporaryFileException cutShort(DataInputStream in, IOException e) {
        closeQuietly(in);
        return PrivateTempFiles.failure("read back", e);
    }

    static void closeQuietly(DataInputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // nothing more is read from it
        }
    }

    /** Deletes the runs' files; deleteOnExit, set when each was made, is the fallback. */
    static void delete(List<Run> runs) {
        for (Run run : runs) {
            try {
                Files.deleteIfExists(run.file);
            } catch (IOException e) {
                // deleteOnExit is the fallback
            }
        }
    }
}
