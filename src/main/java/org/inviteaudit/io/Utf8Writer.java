package org.inviteaudit.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Objects;

/**
 * Text written as UTF-8 into a buffer of its own and handed to a stream in large blocks: the bytes that
 * {@code new OutputStreamWriter(out, UTF_8)} writes, a surrogate without its pair made {@code ?} as there. The JDK's
 * encoder goes char by char through buffers' positions once a text has a character past ASCII, and a report of a
 * million invitations, emoji and accents in its names and notes, spent a third of its writing there; here a run of
 * ASCII is copied in a tight loop, and the rest is encoded where it stands.
 */
public final class Utf8Writer extends Writer {

    private static final int BUFFER_BYTES = 1 << 16;
    // Kept free before encoding the next char, or pair of chars: a pair takes four bytes, any char alone three.
    private static final int MOST_BYTES_PER_STEP = 4;
    private static final int CHUNK_CHARS = 4096;
    private static final byte UNPAIRED = '?';
    private static final char NO_HIGH_SURROGATE = 0;

    private final OutputStream out;
    private final byte[] bytes = new byte[BUFFER_BYTES];
    private final char[] chunk = new char[CHUNK_CHARS];
    private int size;
    // A high surrogate that ended the last write: its low half may open the next.
    private char pendingHigh = NO_HIGH_SURROGATE;
    private boolean closed;

    public Utf8Writer(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        ensureOpen();
        chunk[0] = (char) c;
        encode(chunk, 0, 1);
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, chars.length);
        ensureOpen();
        encode(chars, offset, offset + length);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, text.length());
        ensureOpen();
        for (int from = offset, end = offset + length; from < end; from += CHUNK_CHARS) {
            int to = Math.min(end, from + CHUNK_CHARS);
            text.getChars(from, to, chunk, 0);
            encode(chunk, 0, to - from);
        }
    }

    /**
     * Writes bytes that are UTF-8 already, as they are: text encoded once, kept, and copied here instead of decoded
     * and encoded again. A high surrogate left by the last write gets no low half from them (UTF-8 holds none), and is
     * written as one alone before them.
     */
    public void writeUtf8(byte[] utf8, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, utf8.length);
        ensureOpen();
        if (length == 0) {
            return;
        }
        endPendingHigh();
        if (length > bytes.length - size) {
            drain();
            if (length > bytes.length) {
                out.write(utf8, offset, length);
                return;
            }
        }
        System.arraycopy(utf8, offset, bytes, size, length);
        size += length;
    }

    private void encode(char[] chars, int from, int to) throws IOException {
        int i = from;
        if (pendingHigh != NO_HIGH_SURROGATE && i < to) {
            char high = pendingHigh;
            pendingHigh = NO_HIGH_SURROGATE;
            room(MOST_BYTES_PER_STEP);
            if (Character.isLowSurrogate(chars[i])) {
                putCodePoint(Character.toCodePoint(high, chars[i++]));
            } else {
                putUnpaired();
            }
        }
        while (i < to) {
            // A run of ASCII is copied with no check of room per char: the run is cut to what the buffer holds.
            int asciiEnd = i + Math.min(to - i, bytes.length - size);
            while (i < asciiEnd && chars[i] < 0x80) {
                bytes[size++] = (byte) chars[i++];
            }
            if (i == to) {
                break;
            }
            room(MOST_BYTES_PER_STEP);
            char c = chars[i++];
            if (c < 0x80) {
                bytes[size++] = (byte) c;
            } else if (c < 0x800) {
                bytes[size++] = (byte) (0xC0 | c >> 6);
                bytes[size++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                bytes[size++] = (byte) (0xE0 | c >> 12);
                bytes[size++] = (byte) (0x80 | c >> 6 & 0x3F);
                bytes[size++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c)) {
                if (i == to) {
                    pendingHigh = c;
                } else if (Character.isLowSurrogate(chars[i])) {
                    putCodePoint(Character.toCodePoint(c, chars[i++]));
                } else {
                    putUnpaired();
                }
            } else {
                putUnpaired();
            }
        }
    }

    private void putCodePoint(int codePoint) {
        bytes[size++] = (byte) (0xF0 | codePoint >> 18);
        bytes[size++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
        bytes[size++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
        bytes[size++] = (byte) (0x80 | codePoint & 0x3F);
    }

    private void putUnpaired() {
        bytes[size++] = UNPAIRED;
    }

    /** A high surrogate that no low half will follow is written as one alone. */
    private void endPendingHigh() throws IOException {
        if (pendingHigh != NO_HIGH_SURROGATE) {
            pendingHigh = NO_HIGH_SURROGATE;
            room(1);
            putUnpaired();
        }
    }

    private void room(int needed) throws IOException {
        if (bytes.length - size < needed) {
            drain();
        }
    }

    private void drain() throws IOException {
        if (size > 0) {
            out.write(bytes, 0, size);
            size = 0;
        }
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("Stream closed");
        }
    }

    /** Hands on what is written, except a high surrogate whose low half may still come, as OutputStreamWriter does. */
    @Override
    public void flush() throws IOException {
        ensureOpen();
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        try (OutputStream closing = out) {
            endPendingHigh();
            drain();
            closing.flush();
        } finally {
            closed = true;
        }
    }
}
