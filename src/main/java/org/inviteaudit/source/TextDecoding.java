package org.inviteaudit.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Turns an input's bytes into text: UTF-8, with the byte-order mark that spreadsheets add dropped. Bytes that are
 * plainly not text, such as the export's zip itself, are refused with a message that says what to pass instead.
 */
public final class TextDecoding {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] ZIP_SIGNATURE = {'P', 'K', 3, 4};

    private TextDecoding() {
    }

    /**
     * Bytes that are not UTF-8 are reported rather than replaced, so a mis-encoded note never reaches the report
     * silently altered.
     */
    public static Reader utf8(InputStream raw, String name) throws IOException, UnusableInputException {
        BufferedInputStream in = new BufferedInputStream(raw);
        in.mark(ZIP_SIGNATURE.length);
        byte[] head = in.readNBytes(ZIP_SIGNATURE.length);
        in.reset();
        if (Arrays.equals(head, ZIP_SIGNATURE)) {
            throw new UnusableInputException(name + ": is a zip archive; unzip your LinkedIn export and pass the "
                    + "Invitations.csv inside it");
        }
        if (head.length >= UTF8_BOM.length && Arrays.equals(head, 0, UTF8_BOM.length, UTF8_BOM, 0, UTF8_BOM.length)) {
            in.skipNBytes(UTF8_BOM.length);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }
}
