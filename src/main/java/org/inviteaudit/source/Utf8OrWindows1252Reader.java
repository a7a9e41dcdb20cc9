package org.inviteaudit.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.function.LongConsumer;

/**
 * Decodes UTF-8, taking any byte that is not part of a valid UTF-8 sequence as Windows-1252, the encoding a
 * spreadsheet leaves. Decided byte by byte, so it streams: a file that is UTF-8 throughout reads as UTF-8, a file
 * re-saved as Windows-1252 reads as that, and the caller is told once, with the line, where the fallback began.
 */
final class Utf8OrWindows1252Reader extends Reader {

    // Windows-1252 differs from Latin-1 only in 0x80-0x9F; its five unassigned bytes keep their Latin-1 value.
    private static final char[] WINDOWS_1252_HIGH = (
            "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
            + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178")
            .toCharArray();

    private final InputStream in;
    private final LongConsumer fallbackAtLine;
    private final byte[] bytes = new byte[8192];
    private int position;
    private int limit;
    private boolean eof;
    private long line = 1;
    private int previous;
    private boolean fellBack;
    private char pendingLowSurrogate;

    Utf8OrWindows1252Reader(InputStream in, LongConsumer fallbackAtLine) {
        this.in = in;
        this.fallbackAtLine = fallbackAtLine;
    }

    /** Returns what can be decoded without waiting for more input, once at least one character is decoded. */
    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int n = 0;
        while (n < length) {
            if (pendingLowSurrogate != 0) {
                buffer[offset + n++] = pendingLowSurrogate;
                pendingLowSurrogate = 0;
                continue;
            }
            if (position >= limit && (n > 0 || !available(1))) {
                break;
            }
            int cp = decode();
            // Line ends as the reader counts them: LF, CRLF, or a CR alone (old Mac files).
            if (cp == '\r' || (cp == '\n' && previous != '\r')) {
                line++;
            }
            previous = cp;
            if (Character.isSupplementaryCodePoint(cp)) {
                buffer[offset + n++] = Character.highSurrogate(cp);
                pendingLowSurrogate = Character.lowSurrogate(cp);
            } else {
                buffer[offset + n++] = (char) cp;
            }
        }
        return n == 0 ? -1 : n;
    }

    /** Decodes one code point at the current position, waiting for more bytes only inside a UTF-8 sequence. */
    private int decode() throws IOException {
        int b0 = bytes[position] & 0xFF;
        if (b0 < 0x80) {
            position++;
            return b0;
        }
        int length;
        int min;
        int max = 0xBF;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            length = 2;
            min = 0x80;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            length = 3;
            min = b0 == 0xE0 ? 0xA0 : 0x80;
            max = b0 == 0xED ? 0x9F : 0xBF; // no surrogates
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            length = 4;
            min = b0 == 0xF0 ? 0x90 : 0x80;
            max = b0 == 0xF4 ? 0x8F : 0xBF;
        } else {
            return fallBack(b0);
        }
        available(length);
        if (limit - position < length) {
            return fallBack(b0);
        }
        int b1 = bytes[position + 1] & 0xFF;
        if (b1 < min || b1 > max) {
            return fallBack(b0);
        }
        int cp = b0 & (0xFF >> (length + 1));
        cp = (cp << 6) | (b1 & 0x3F);
        for (int i = 2; i < length; i++) {
            int b = bytes[position + i] & 0xFF;
            if (b < 0x80 || b > 0xBF) {
                return fallBack(b0);
            }
            cp = (cp << 6) | (b & 0x3F);
        }
        position += length;
        return cp;
    }

    private int fallBack(int b0) {
        position++;
        if (!fellBack) {
            fellBack = true;
            fallbackAtLine.accept(line);
        }
        return b0 >= 0x80 && b0 <= 0x9F ? WINDOWS_1252_HIGH[b0 - 0x80] : b0;
    }

    /** Tries to have at least {@code wanted} bytes buffered; true when at least one is. */
    private boolean available(int wanted) throws IOException {
        if (limit - position >= wanted || eof) {
            return limit > position;
        }
        System.arraycopy(bytes, position, bytes, 0, limit - position);
        limit -= position;
        position = 0;
        while (limit < wanted && !eof) {
            int n = in.read(bytes, limit, bytes.length - limit);
            if (n < 0) {
                eof = true;
            } else {
                limit += n;
            }
        }
        return limit > position;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
