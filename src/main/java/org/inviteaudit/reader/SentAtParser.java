package org.inviteaudit.reader;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the export's {@code Sent At} column, {@code M/D/YY, h:mm AM}. Parsed by hand rather than with a
 * locale-bound formatter, so a machine set to French or to Tokyo time reads it the same way.
 */
public final class SentAtParser {

    // Horizontal spaces of any kind: newer locale data puts U+202F before AM/PM, spreadsheets U+00A0.
    private static final String SPACE = "[\\h]";
    private static final Pattern SENT_AT = Pattern.compile(
            "(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4}),?" + SPACE + "*"
                    + "(\\d{1,2}):(\\d{2})(?::(\\d{2}))?" + SPACE + "*"
                    + "([AaPp])\\.?[Mm]\\.?");

    private SentAtParser() {
    }

    public static Optional<LocalDateTime> parse(String text) {
        Matcher m = SENT_AT.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int month = Integer.parseInt(m.group(1));
        int day = Integer.parseInt(m.group(2));
        int year = Integer.parseInt(m.group(3));
        if (m.group(3).length() == 2) {
            year += 2000; // LinkedIn was founded in 2002: a two-digit year is never in the 1900s
        }
        int hour12 = Integer.parseInt(m.group(4));
        int minute = Integer.parseInt(m.group(5));
        int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        boolean pm = Character.toUpperCase(m.group(7).charAt(0)) == 'P';
        if (hour12 < 1 || hour12 > 12) {
            return Optional.empty();
        }
        int hour = hour12 % 12 + (pm ? 12 : 0);
        try {
            return Optional.of(LocalDateTime.of(year, month, day, hour, minute, second));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
