package org.inviteaudit.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.inviteaudit.io.Utf8PrintWriter;

/**
 * Standard output as the tool writes it: UTF-8 whatever the platform's default, and a closed pipe
 * ({@code invite-audit ... | head -1}) ends the run at once and quietly, instead of every later write failing in
 * silence inside the PrintWriter.
 */
final class StandardOutput {

    /** Raised past the PrintWriter, which would swallow an IOException, when the reader of the output has gone. */
    static final class Closed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Closed(IOException cause) {
            super("standard output was closed", cause);
        }
    }

    private StandardOutput() {
    }

    static Utf8PrintWriter writer(OutputStream out) {
        OutputStream stopping = new FilterOutputStream(out) {
            @Override
            public void write(byte[] bytes, int offset, int length) {
                try {
                    out.write(bytes, offset, length);
                } catch (IOException e) {
                    throw new Closed(e);
                }
            }

            @Override
            public void write(int b) {
                try {
                    out.write(b);
                } catch (IOException e) {
                    throw new Closed(e);
                }
            }

            @Override
            public void flush() {
                try {
                    out.flush();
                } catch (IOException e) {
                    throw new Closed(e);
                }
            }
        };
        return new Utf8PrintWriter(stopping);
    }
}
