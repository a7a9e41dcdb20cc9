package org.inviteaudit.reader;

import java.io.IOException;
import java.io.Reader;
import org.inviteaudit.io.Sizes;

/**
 * The lines of a text, numbered from 1, with their terminators (LF, CRLF or a lone CR). A line longer than the
 * limit, in bytes of UTF-8 whatever the input's encoding, is read to its end but not kept, so one enormous line costs
 * no memory.
 */
final class PhysicalLines {

    /**
     * One line.
     *
     * @param text       the line without its terminator, or null when it was longer than the limit
     * @param terminator "\n", "\r\n", "\r", or "" for a last line without one
     * @param bytes      the text's length in UTF-8
     */
    record Line(long number, String text, String terminator, long bytes) {

        boolean oversize() {
            return text == null;
        }
    }

    private final Reader in;
    private final long maxBytes;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    private boolean eof;
    private long lineNumber;
    private Line peeked;

    PhysicalLines(Reader in, long maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line without consuming it, or null at the end of the text. */
    Line peek() throws IOException {
        if (peeked == null) {
            peeked = read();
        }
        return peeked;
    }

    /** The next line, or null at the end of the text. */
    Line next() throws IOException {
        Line line = peek();
        peeked = null;
        return line;
    }

    private Line read() throws IOException {
        if (!fill()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        long bytes = 0;
        boolean oversize = false;
        while (fill()) {
            // The buffer's chars up to a line break, counted one by one but copied in one go.
            int start = position;
            int end = start;
            while (end < limit && buffer[end] != '\n' && buffer[end] != '\r') {
                if (!oversize) {
                    bytes += Sizes.utf8Length(buffer[end]);
                    oversize = bytes > maxBytes;
                    if (oversize) {
                        text.setLength(0);
                        text.trimToSize();
                    }
                }
                end++;
            }
            if (!oversize) {
                text.append(buffer, start, end - start);
            }
            position = end;
            if (end == limit) {
                continue;
            }
            char c = buffer[position++];
            if (c == '\n') {
                return line(text, bytes, oversize, "\n");
            }
            if (fill() && buffer[position] == '\n') {
                position++;
                return line(text, bytes, oversize, "\r\n");
            }
            return line(text, bytes, oversize, "\r");
        }
        return line(text, bytes, oversize, "");
    }

    private Line line(StringBuilder text, long bytes, boolean oversize, String terminator) {
        return new Line(++lineNumber, oversize ? null : text.toString(), terminator, bytes);
    }

    /** Makes at least one character available; false at the end of the text. */
    private boolean fill() throws IOException {
        while (position >= limit) {
            if (eof) {
                return false;
            }
            int n = in.read(buffer, 0, buffer.length);
            if (n < 0) {
                eof = true;
                return false;
            }
            position = 0;
            limit = n;
        }
        return true;
    }
}
