package org.inviteaudit.source;

import java.io.IOException;
import java.io.InputStream;

/** One input the user named: a file or standard input. */
public interface InputSource {

    /** The name used in reports and messages: the path as typed, or {@code <stdin>}. */
    String name();

    /** Opens the raw bytes; the caller closes the stream. */
    InputStream open() throws IOException;
}
