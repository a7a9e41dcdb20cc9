package org.inviteaudit.reader;

import java.util.Locale;
import java.util.Optional;

/** Whether the export's owner received the invitation or sent it. */
public enum Direction {
    RECEIVED("received", "INCOMING"),
    SENT("sent", "OUTGOING");

    private final String id;
    private final String exportValue;

    Direction(String id, String exportValue) {
        this.id = id;
        this.exportValue = exportValue;
    }

    /** The stable lower-case name used in reports. */
    public String id() {
        return id;
    }

    /** Reads the export's {@code Direction} column; nothing but INCOMING and OUTGOING has been seen in a real one. */
    public static Optional<Direction> fromExport(String value) {
        String wanted = value.trim().toUpperCase(Locale.ROOT);
        for (Direction direction : values()) {
            if (direction.exportValue.equals(wanted)) {
                return Optional.of(direction);
            }
        }
        return Optional.empty();
    }
}
