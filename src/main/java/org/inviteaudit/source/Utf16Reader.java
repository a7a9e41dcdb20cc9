package org.inviteaudit.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.function.LongConsumer;

/**
 * Decodes UTF-16 (after its byte-order mark), showing each sequence that is not valid UTF-16 (a lone surrogate, an
 * odd byte at the end) as U+FFFD; the caller is told once, with the line, where the first one is.
 */
final class Utf16Reader extends Reader {

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final LongConsumer invalidAtLine;
    private final ByteBuffer bytes = ByteBuffer.allocate(8192);
    private final CharBuffer chars = CharBuffer.allocate(8192);
    private boolean told;
    private boolean ended;
    private long line = 1;

    Utf16Reader(InputStream in, Charset charset, LongConsumer invalidAtLine) {
        this.in = in;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.invalidAtLine = invalidAtLine;
        bytes.flip();
        chars.flip();
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (ended) {
                return -1;
            }
            fill();
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        return n;
    }

    /** Decodes what the bytes at hand hold, reading more first; at the end, what is left over is invalid. */
    private void fill() throws IOException {
        bytes.compact();
        int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (read > 0) {
            bytes.position(bytes.position() + read);
        }
        bytes.flip();
        boolean atEnd = read < 0;
        chars.clear();
        while (true) {
            CoderResult result = decoder.decode(bytes, chars, atEnd);
            if (result.isError()) {
                if (!chars.hasRemaining()) {
                    break; // no room for the replacement: the decoder finds the same sequence next time
                }
                invalid();
                bytes.position(bytes.position() + result.length());
                chars.put('\uFFFD');
                continue;
            }
            if (atEnd && result.isUnderflow()) {
                if (decoder.flush(chars).isUnderflow()) {
                    ended = true;
                }
            }
            break;
        }
        chars.flip();
        countLines();
    }

    private void invalid() {
        if (!told) {
            told = true;
            // The lines counted so far end where the decoded text does.
            long at = line;
            for (int i = 0; i < chars.position(); i++) {
                if (chars.get(i) == '\n') {
                    at++;
                }
            }
            invalidAtLine.accept(at);
        }
    }

    private void countLines() {
        for (int i = chars.position(); i < chars.limit(); i++) {
            if (chars.get(i) == '\n') {
                line++;
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
