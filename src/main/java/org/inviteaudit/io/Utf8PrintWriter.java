package org.inviteaudit.io;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.PrintWriter;

/**
 * A PrintWriter that writes UTF-8 (by a {@link Utf8Writer}) and also takes text encoded already, as bytes: a report
 * that keeps what it rendered as UTF-8 copies it out without decoding and encoding it again.
 */
public final class Utf8PrintWriter extends PrintWriter {

    private final Utf8Writer utf8;

    public Utf8PrintWriter(OutputStream out) {
        this(new Utf8Writer(out));
    }

    private Utf8PrintWriter(Utf8Writer utf8) {
        super(utf8);
        this.utf8 = utf8;
    }

    /** Writes UTF-8 bytes after the text written so far; as PrintWriter's writes do, a failure sets its error. */
    public void writeUtf8(byte[] bytes, int offset, int length) {
        synchronized (lock) {
            try {
                utf8.writeUtf8(bytes, offset, length);
            } catch (InterruptedIOException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                setError();
            }
        }
    }
}
