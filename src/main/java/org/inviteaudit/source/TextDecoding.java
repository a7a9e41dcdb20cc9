package org.inviteaudit.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.function.LongConsumer;

/**
 * Turns an input's bytes into text. A byte-order mark decides (UTF-8, UTF-16 little- or big-endian); without
 * one the text is UTF-8, read as Windows-1252 where it is not valid UTF-8, as spreadsheets leave it. Bytes that are
 * plainly not text, such as a zip, are refused with a word on what to pass instead.
 */
public final class TextDecoding {

    // Enough for a zip signature and any byte-order mark.
    private static final int HEAD = ZipSignature.LENGTH;

    private TextDecoding() {
    }

    /**
     * @param faults told of the line where the text first stops being valid in its encoding, and what is made of it
     */
    public static Reader open(InputStream raw, String name, DecodingFault.Listener faults)
            throws IOException, UnusableInputException {
        BufferedInputStream in = new BufferedInputStream(raw);
        in.mark(HEAD);
        byte[] head = in.readNBytes(HEAD);
        in.reset();
        if (ZipSignature.at(head)) {
            throw new UnusableInputException(name + ": is a zip archive; pass the export zip by its file name, or "
                    + "unzip it and pass the Invitations.csv inside it");
        }
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            in.skipNBytes(3);
            return utf8(in, faults);
        }
        if (startsWith(head, 0xFF, 0xFE)) {
            return utf16(in, StandardCharsets.UTF_16LE, faults);
        }
        if (startsWith(head, 0xFE, 0xFF)) {
            return utf16(in, StandardCharsets.UTF_16BE, faults);
        }
        return utf8(in, faults);
    }

    private static Reader utf8(BufferedInputStream in, DecodingFault.Listener faults) {
        return new Utf8OrWindows1252Reader(in, new FaultAt(faults, DecodingFault.NOT_UTF8));
    }

    private static Reader utf16(BufferedInputStream in, Charset charset, DecodingFault.Listener faults)
            throws IOException {
        in.skipNBytes(2);
        return new Utf16Reader(in, charset, new FaultAt(faults, DecodingFault.NOT_UTF16));
    }

    private static boolean startsWith(byte[] head, int... prefix) {
        if (head.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((head[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Tells the listener of the fault at a line. A class, not a lambda: {@code check} links none (docs/code.md). */
    private record FaultAt(DecodingFault.Listener faults, DecodingFault fault) implements LongConsumer {
        @Override
        public void accept(long line) {
            faults.at(line, fault);
        }
    }
}
