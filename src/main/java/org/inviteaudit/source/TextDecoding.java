package org.inviteaudit.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns an input's bytes into text: UTF-8, with the byte-order mark that spreadsheets add dropped. */
public final class TextDecoding {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private TextDecoding() {
    }

    /**
     * Bytes that are not UTF-8 are reported rather than replaced, so a mis-encoded note never reaches the report
     * silently altered.
     */
    public static Reader utf8(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw);
        in.mark(UTF8_BOM.length);
        byte[] head = in.readNBytes(UTF8_BOM.length);
        if (!java.util.Arrays.equals(head, UTF8_BOM)) {
            in.reset();
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }
}
