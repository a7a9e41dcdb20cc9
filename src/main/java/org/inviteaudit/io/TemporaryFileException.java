package org.inviteaudit.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A temporary file the tool needs (a long listing spilled to disk, standard input kept for its second reading) could
 * not be written or read back: the temporary folder is full, say. Not an {@link java.io.UncheckedIOException}, so
 * that no reader mistakes it for a fault of its input.
 */
public final class TemporaryFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    TemporaryFileException(Path folder, String doing, IOException cause) {
        super("cannot " + doing + " a temporary file in " + folder + " (" + cause.getMessage() + "): free some space "
                + "there, or set TMPDIR to a folder with room (the report may need as much as its input)", cause);
    }
}
