package org.inviteaudit.cli;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * An end of {@code --since} or {@code --until} as written: a day ({@code 2026-01-31}), a month ({@code 2026-10}: from
 * its first day, or up to its last), or a time back from today ({@code 30d}, {@code 6w}, {@code 3m}, {@code 1y}).
 */
record DateBound(String written, LocalDate firstDay, LocalDate lastDay, int amount, ChronoUnit unit) {

    static final String FORMS = "YYYY-MM-DD, YYYY-MM, or a time back from today like 30d, 6w, 3m or 1y";

    /**
     * @throws IllegalArgumentException what is wrong with it, and how to write it
     */
    static DateBound parse(String value) {
        String text = value.strip().toLowerCase(Locale.ROOT);
        try {
            if (text.matches("\\d{4}-\\d{1,2}-\\d{1,2}")) {
                LocalDate day = LocalDate.parse(pad(text));
                return new DateBound(value, day, day, 0, null);
            }
            if (text.matches("\\d{4}-\\d{1,2}")) {
                YearMonth month = YearMonth.parse(pad(text));
                return new DateBound(value, month.atDay(1), month.atEndOfMonth(), 0, null);
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + value + "' is not a date; write it as " + FORMS);
        }
        if (text.matches("\\d{1,5}[dwmy]")) {
            ChronoUnit unit = switch (text.charAt(text.length() - 1)) {
                case 'd' -> ChronoUnit.DAYS;
                case 'w' -> ChronoUnit.WEEKS;
                case 'm' -> ChronoUnit.MONTHS;
                default -> ChronoUnit.YEARS;
            };
            return new DateBound(value, null, null, Integer.parseInt(text.substring(0, text.length() - 1)), unit);
        }
        throw new IllegalArgumentException("'" + value + "' is not a date; write it as " + FORMS);
    }

    /** "2026-1-5" as "2026-01-05": a month or day of one digit is read as people write it. */
    private static String pad(String text) {
        String[] parts = text.split("-");
        StringBuilder padded = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            padded.append('-').append(parts[i].length() == 1 ? "0" : "").append(parts[i]);
        }
        return padded.toString();
    }

    /** The first day it takes in, as {@code --since}: for a time back, the day that long before today. */
    LocalDate since(LocalDate today) {
        return unit == null ? firstDay : today.minus(amount, unit);
    }

    /** The last day it takes in, as {@code --until}: for a time back, the day that long before today. */
    LocalDate until(LocalDate today) {
        return unit == null ? lastDay : today.minus(amount, unit);
    }
}
