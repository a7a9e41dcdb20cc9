package org.inviteaudit.io;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A text as spill files hold it: its length and its chars, each in one byte where all of them fit in one (names,
 * addresses, dates, most notes), else in two. It comes back exactly as it was, char for char (a lone surrogate too,
 * which UTF-8 would lose), in one write and one read of bytes, where a char at a time cost a call through the buffered
 * stream's lock per byte (a third of the text report's time on a large export). The length is written negative,
 * less one, for two bytes a char. writeUTF would not do: a record's text may pass its limit of 64 KiB.
 */
public final class SpilledText {

    private static final char LAST_ONE_BYTE_CHAR = 0xff;
    private static final int BYTE_MASK = 0xff;

    private SpilledText() {
    }

    public static void write(DataOutput out, String text) throws IOException {
        int length = text.length();
        boolean oneByte = true;
        for (int i = 0; i < length && oneByte; i++) {
            oneByte = text.charAt(i) <= LAST_ONE_BYTE_CHAR;
        }
        if (oneByte) { // its ISO-8859-1 bytes, which the JDK copies whole
            out.writeInt(length);
            out.write(text.getBytes(StandardCharsets.ISO_8859_1));
            return;
        }
        char[] chars = text.toCharArray();
        byte[] bytes = new byte[2 * length];
        for (int i = 0; i < length; i++) {
            bytes[2 * i] = (byte) (chars[i] >>> Byte.SIZE);
            bytes[2 * i + 1] = (byte) chars[i];
        }
        out.writeInt(-length - 1);
        out.write(bytes);
    }

    public static String read(DataInput in) throws IOException {
        int header = in.readInt();
        boolean oneByte = header >= 0;
        int length = oneByte ? header : -header - 1;
        byte[] bytes = new byte[oneByte ? length : 2 * length];
        in.readFully(bytes);
        if (oneByte) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = (char) ((bytes[2 * i] & BYTE_MASK) << Byte.SIZE | (bytes[2 * i + 1] & BYTE_MASK));
        }
        return new String(chars);
    }

    /** Roughly what a text of this many chars takes in memory, at two bytes a char. */
    public static long memoryBytes(String text) {
        return text == null ? 0 : 2L * text.length();
    }
}
