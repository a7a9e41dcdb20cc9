package org.inviteaudit.source;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Stops reading a zip entry that expands past a bound, whatever its header claims. */
final class ExpansionLimitedInputStream extends FilterInputStream {

    private final long maxBytes;
    private long read;

    ExpansionLimitedInputStream(InputStream in, long maxBytes) {
        super(in);
        this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws IOException {
        read += n;
        if (read > maxBytes) {
            throw new IOException(ExportZip.tooLarge(maxBytes));
        }
    }
}
