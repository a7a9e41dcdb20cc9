package org.inviteaudit.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.inviteaudit.io.PrivateTempFiles;
import org.inviteaudit.io.Utf8PrintWriter;

/**
 * The file that {@code --output} names, written whole or not at all: the report goes into a temporary file beside it,
 * readable by its owner alone since it holds people's names, and is moved into place only once complete. A run that
 * fails leaves whatever was there before, and no temporary file.
 */
final class ReportFile implements Closeable {

    /** The report cannot be written where {@code --output} says, or not whole; the message says why. */
    static final class Unwritable extends Exception {
        private static final long serialVersionUID = 1L;

        Unwritable(String message) {
            super(message);
        }
    }

    private final Path target;
    private final Path temporary;
    private final Utf8PrintWriter writer;
    private boolean kept;

    private ReportFile(Path target, Path temporary, Utf8PrintWriter writer) {
        this.target = target;
        this.temporary = temporary;
        this.writer = writer;
    }

    /** Starts the report; the folder it goes in must exist and be writable. */
    static ReportFile start(String name) throws Unwritable {
        Path target = Path.of(name).toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new Unwritable(name + ": is a folder; give --output the name of the report's file");
        }
        try {
            Path temporary = PrivateTempFiles.create(target.getParent(), "." + target.getFileName() + ".", ".tmp");
            Utf8PrintWriter file = new Utf8PrintWriter(Files.newOutputStream(temporary));
            return new ReportFile(target, temporary, file);
        } catch (IOException e) {
            throw new Unwritable(name + ": cannot write the report there (" + reason(e)
                    + "); give --output a file in a folder you can write to");
        }
    }

    Utf8PrintWriter writer() {
        return writer;
    }

    /** Moves the complete report into place. */
    void keep() throws Unwritable {
        writer.flush();
        if (writer.checkError()) {
            throw new Unwritable(target + ": the report could not be written whole (is the disk full?); "
                    + "nothing was changed");
        }
        writer.close();
        try {
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            kept = true;
        } catch (IOException e) {
            throw new Unwritable(target + ": cannot put the report in place (" + reason(e) + ")");
        }
    }

    /** Deletes the temporary file unless the report was kept. */
    @Override
    public void close() {
        writer.close();
        if (!kept) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // the JVM deletes it at exit
            }
        }
    }

    private static String reason(IOException e) {
        return e instanceof NoSuchFileException ? "no such folder"
                : e instanceof AccessDeniedException ? "permission denied"
                : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
