package org.inviteaudit.io;

import java.util.Locale;

/** A count as a person reads it: 5,498, with a comma between thousands whatever the machine's locale. */
public final class Counts {

    private Counts() {
    }

    public static String of(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }
}
