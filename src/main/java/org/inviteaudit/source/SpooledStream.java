package org.inviteaudit.source;

import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.inviteaudit.io.PrivateTempFiles;

/**
 * A stream that can be read only once (standard input, a named pipe), made readable twice: the first reading copies
 * the bytes into a private temporary file as they pass, and later readings read that file. The copy costs disk, not
 * memory, whatever the size of the input.
 */
final class SpooledStream implements InputSource {

    /** Opens the stream, once. */
    interface Opening {
        InputStream open() throws IOException;
    }

    private final String name;
    private final Opening opening;
    private InputStream stream;
    private Path spool;
    private boolean complete;

    SpooledStream(String name, Opening opening) {
        this.name = name;
        this.opening = opening;
    }

    @Override
    public String name() {
        return name;
    }

    /** Live until its first reading, which reads standard input as it comes; later ones read the spool. */
    @Override
    public boolean isLive() {
        return spool == null;
    }

    @Override
    public InputStream open() throws IOException {
        if (spool == null) {
            stream = opening.open();
            spool = PrivateTempFiles.create(".stdin");
            return new Copying(stream, new BufferedOutputStream(Files.newOutputStream(spool)));
        }
        if (!complete) {
            // The first reading stopped early: the rest is still on standard input.
            try (InputStream rest = new Copying(stream, Files.newOutputStream(spool, StandardOpenOption.APPEND))) {
                rest.transferTo(OutputStream.nullOutputStream());
            }
            complete = true;
        }
        return Files.newInputStream(spool);
    }

    @Override
    public void close() throws IOException {
        if (spool != null) {
            Files.deleteIfExists(spool);
        }
        if (stream != null) {
            stream.close();
        }
    }

    /** Passes the stream through, writing what it reads to the spool; closing leaves the stream open. */
    private final class Copying extends FilterInputStream {

        private final OutputStream copy;

        Copying(InputStream in, OutputStream copy) {
            super(in);
            this.copy = copy;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b < 0) {
                complete = true;
            } else {
                spool(new byte[] {(byte) b}, 0, 1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n < 0) {
                complete = true;
            } else {
                spool(buffer, offset, n);
            }
            return n;
        }

        /** A failure to write the spool is the temporary folder's, not standard input's. */
        private void spool(byte[] buffer, int offset, int length) {
            try {
                copy.write(buffer, offset, length);
            } catch (IOException e) {
                throw PrivateTempFiles.failure("write", e);
            }
        }

        @Override
        public long skip(long n) throws IOException {
            // Skipped bytes must reach the spool too.
            byte[] buffer = new byte[(int) Math.min(n, 8192)];
            int read = read(buffer, 0, buffer.length);
            return Math.max(read, 0);
        }

        @Override
        public void close() {
            try {
                copy.close();
            } catch (IOException e) {
                throw PrivateTempFiles.failure("write", e);
            }
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }
}
