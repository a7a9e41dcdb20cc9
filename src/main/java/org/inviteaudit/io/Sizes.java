package org.inviteaudit.io;

import java.util.Locale;

/** Sizes as messages give them: "1 MiB", "256 MiB", "64 KiB", "1,000 bytes". */
public final class Sizes {

    private Sizes() {
    }

    public static String describe(long bytes) {
        if (bytes >= 1L << 20 && bytes % (1L << 20) == 0) {
            return String.format(Locale.ROOT, "%,d MiB", bytes >> 20);
        }
        if (bytes >= 1L << 10 && bytes % (1L << 10) == 0) {
            return String.format(Locale.ROOT, "%,d KiB", bytes >> 10);
        }
        return String.format(Locale.ROOT, "%,d byte%s", bytes, bytes == 1 ? "" : "s");
    }

    /** How many bytes a character takes in UTF-8; each half of a surrogate pair counts 2, the pair 4. */
    public static int utf8Length(char c) {
        if (c < 0x80) {
            return 1;
        }
        if (c < 0x800 || Character.isSurrogate(c)) {
            return 2;
        }
        return 3;
    }
}
