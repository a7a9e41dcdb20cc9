package org.inviteaudit.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** One input the user named: a file or standard input. */
public interface InputSource {

    /** The name used in reports and messages: the path as typed, or {@code <stdin>}. */
    String name();

    /** Opens the raw bytes; the caller closes the stream. */
    InputStream open() throws IOException;

    /**
     * Whether reading it may wait on whoever writes it, as standard input does: its records are then handed on one by
     * one as they come, so that what the tool writes keeps up with what it is given.
     */
    default boolean isLive() {
        return false;
    }

    /**
     * The export's Connections.csv, when this input is the export zip or the folder it unzips to and it holds one
     * beside Invitations.csv: who accepted the invitations sent is told from it.
     */
    default Optional<InputSource> connections() {
        return Optional.empty();
    }
}
