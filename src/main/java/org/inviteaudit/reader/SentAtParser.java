package org.inviteaudit.reader;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the export's {@code Sent At} column: LinkedIn's {@code M/D/YY, h:mm AM}, and the forms a spreadsheet or a
 * person rewrites it in ({@code 2026-01-29 14:37:00}, {@code 2026-01-29T14:37:00Z}, {@code 29/01/2026 14:37},
 * {@code 29.01.2026 14:37}, {@code 1/29/26}, {@code 09-04-2021}, {@code Jan 29, 2026 2:37 PM}). Parsed by hand
 * rather than with a locale-bound formatter, so a machine set to French or to Tokyo time reads it the same way.
 *
 * <p>A date of numbers alone, without AM or PM, may have its day or its month first ({@code 09/04/2021}): its {@link
 * Reading} holds both, and the column decides ({@link DateOrder}). With AM or PM it is the American order, month
 * first, as LinkedIn writes it; with dots, the European one, day first. A time with a zone is read in UTC, as
 * LinkedIn gives its times.
 */
public final class SentAtParser {

    // Horizontal spaces of any kind: newer locale data puts U+202F before AM/PM, spreadsheets U+00A0.
    private static final String SPACE = "[\\h]";
    private static final String TIME = "(?:,?" + SPACE + "*(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d{1,9})?)?"
            + SPACE + "*(?:([AaPp])\\.?[Mm]\\.?)?)?";
    private static final Pattern NUMBERS = Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{2}|\\d{4})" + TIME);
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T" + SPACE.substring(1,
            SPACE.length() - 1) + "](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d{1,9})?)?" + SPACE
            + "*(Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern MONTH_NAME_FIRST = Pattern.compile("([A-Za-z]{3,9})\\.?" + SPACE + "+(\\d{1,2}),?"
            + SPACE + "+(\\d{4})" + TIME);
    private static final Pattern DAY_FIRST_NAMED = Pattern.compile("(\\d{1,2})" + SPACE + "+([A-Za-z]{3,9})\\.?,?"
            + SPACE + "+(\\d{4})" + TIME);
    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    /**
     * A value as it may be read: month first and day first. Both the same where the form leaves no doubt; one empty
     * where the numbers allow only the other ({@code 29/01/2026}); both empty for what is no date.
     */
    public record Reading(Optional<LocalDateTime> monthFirst, Optional<LocalDateTime> dayFirst) {

        static final Reading NONE = new Reading(Optional.empty(), Optional.empty());

        static Reading of(Optional<LocalDateTime> only) {
            return new Reading(only, only);
        }

        /** Whether it is a date in some order. */
        public boolean isDate() {
            return monthFirst.isPresent() || dayFirst.isPresent();
        }

        /** Whether the column must say which order: both orders make a date, and not the same one. */
        public boolean isAmbiguous() {
            return monthFirst.isPresent() && dayFirst.isPresent() && !monthFirst.equals(dayFirst);
        }

        /** The date in the given order, or in the only order it can be read in. */
        public Optional<LocalDateTime> in(boolean dayFirstOrder) {
            Optional<LocalDateTime> wanted = dayFirstOrder ? dayFirst : monthFirst;
            return wanted.isPresent() ? wanted : dayFirstOrder ? monthFirst : dayFirst;
        }
    }

    private SentAtParser() {
    }

    /** The value read month first where it could be either: LinkedIn's own order. */
    public static Optional<LocalDateTime> parse(String text) {
        return read(text).in(false);
    }

    public static Reading read(String text) {
        String value = text.strip();
        Matcher m = NUMBERS.matcher(value);
        if (m.matches()) {
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(3));
            int year = year(m.group(4));
            Optional<int[]> time = time(m.group(5), m.group(6), m.group(7), m.group(8));
            if (time.isEmpty()) {
                return Reading.NONE;
            }
            Optional<LocalDateTime> monthFirst = date(year, first, second, time.get());
            Optional<LocalDateTime> dayFirst = date(year, second, first, time.get());
            if (m.group(2).equals(".")) {
                return Reading.of(dayFirst);
            }
            if (m.group(8) != null) {
                // With AM or PM: the American order, LinkedIn's, unless only the other makes a date (29/01/2026 2:37 PM).
                return Reading.of(monthFirst.isPresent() ? monthFirst : dayFirst);
            }
            return new Reading(monthFirst, dayFirst);
        }
        m = ISO.matcher(value);
        if (m.matches()) {
            return Reading.of(iso(m));
        }
        m = MONTH_NAME_FIRST.matcher(value);
        if (m.matches()) {
            return Reading.of(named(m.group(1), m.group(2), m.group(3), m, 4));
        }
        m = DAY_FIRST_NAMED.matcher(value);
        if (m.matches()) {
            return Reading.of(named(m.group(2), m.group(1), m.group(3), m, 4));
        }
        return Reading.NONE;
    }

    private static Optional<LocalDateTime> named(String monthName, String day, String year, Matcher m, int time) {
        String name = monthName.toLowerCase(Locale.ROOT);
        int month = -1;
        for (int i = 0; i < MONTHS.size(); i++) {
            if (MONTHS.get(i).startsWith(name) && name.length() >= 3) {
                month = i + 1;
            }
        }
        Optional<int[]> clock = time(m.group(time), m.group(time + 1), m.group(time + 2), m.group(time + 3));
        if (month < 0 || clock.isEmpty()) {
            return Optional.empty();
        }
        return date(Integer.parseInt(year), month, Integer.parseInt(day), clock.get());
    }

    private static Optional<LocalDateTime> iso(Matcher m) {
        int[] clock = {0, 0, 0};
        if (m.group(4) != null) {
            clock = new int[] {Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                m.group(6) == null ? 0 : Integer.parseInt(m.group(6))};
        }
        Optional<LocalDateTime> local = date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), clock);
        if (local.isEmpty() || m.group(7) == null) {
            return local;
        }
        try {
            ZoneOffset zone = m.group(7).equals("Z") ? ZoneOffset.UTC
                    : ZoneOffset.of(m.group(7).length() == 5 ? m.group(7).substring(0, 3) + ":" + m.group(7).substring(3)
                            : m.group(7));
            return Optional.of(OffsetDateTime.of(local.get(), zone).withOffsetSameInstant(ZoneOffset.UTC)
                    .toLocalDateTime());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Hours, minutes and seconds; midnight when there is no time; empty for a time that cannot be. */
    private static Optional<int[]> time(String hours, String minutes, String seconds, String meridiem) {
        if (hours == null) {
            return Optional.of(new int[] {0, 0, 0});
        }
        int hour = Integer.parseInt(hours);
        int minute = Integer.parseInt(minutes);
        int second = seconds == null ? 0 : Integer.parseInt(seconds);
        if (meridiem != null) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            hour = hour % 12 + (Character.toUpperCase(meridiem.charAt(0)) == 'P' ? 12 : 0);
        }
        return hour > 23 || minute > 59 || second > 59 ? Optional.empty()
                : Optional.of(new int[] {hour, minute, second});
    }

    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        // LinkedIn was founded in 2002: a two-digit year is never in the 1900s
        return digits.length() == 2 ? year + 2000 : year;
    }

    /**
     * The date and time, or empty for one that cannot be: checked before it is made, not by the exception that would
     * say so, since most values are read both ways and one of the two is often no date.
     */
    private static Optional<LocalDateTime> date(int year, int month, int day, int[] time) {
        if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()
                || time[0] > 23 || time[1] > 59 || time[2] > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalDateTime.of(year, month, day, time[0], time[1], time[2]));
    }
}
