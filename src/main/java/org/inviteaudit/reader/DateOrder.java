package org.inviteaudit.reader;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether a file's dates of numbers alone have the day or the month first, decided from the whole column: a value
 * over 12 where the other would be settles it ({@code 29/01/2026} can only be day first), and where nothing settles
 * it, the month first, as LinkedIn writes them. It says once which reading was taken, or that nothing settled it.
 */
final class DateOrder {

    private final String source;
    private Boolean dayFirst;
    private boolean told;

    DateOrder(String source) {
        this.source = source;
    }

    boolean isSettled() {
        return dayFirst != null;
    }

    boolean isDayFirst() {
        return Boolean.TRUE.equals(dayFirst);
    }

    /**
     * Learns from a value whether the order is settled: it is by a value of numbers alone that only one order makes
     * a date of. Gives what to tell, once, when a value has settled it.
     */
    Optional<Problem> learn(SentAtParser.Reading reading, String raw, long line, boolean ambiguousSeen) {
        if (isSettled() || reading.isAmbiguous() || !isNumbersAlone(raw)) {
            return Optional.empty();
        }
        boolean onlyDayFirst = reading.dayFirst().isPresent() && reading.monthFirst().isEmpty();
        boolean onlyMonthFirst = reading.monthFirst().isPresent() && reading.dayFirst().isEmpty();
        if (!onlyDayFirst && !onlyMonthFirst) {
            return Optional.empty();
        }
        dayFirst = onlyDayFirst;
        return ambiguousSeen ? Optional.of(settledBy(raw, line)) : Optional.empty();
    }

    /** What to tell when an ambiguous value is read under the order settled: once. */
    Optional<Problem> tellFor(long line) {
        if (told || !isSettled()) {
            return Optional.empty();
        }
        told = true;
        return Optional.of(new Problem(source, line, "dates of numbers alone are read " + order() + " first, as the "
                + "column's other dates show", false));
    }

    /** Nothing settled it: the month first, as LinkedIn writes dates, said at the first value it left in doubt. */
    Problem unsettled(String raw, long line) {
        dayFirst = false;
        told = true;
        return new Problem(source, line, "Sent At '" + raw.strip() + "' and the like could have the day or the month "
                + "first, and no date of the column tells which; read month first, as LinkedIn writes them", false);
    }

    private Problem settledBy(String raw, long line) {
        told = true;
        return new Problem(source, line, "dates of numbers alone are read " + order() + " first, as '" + raw.strip()
                + "' here can only be", false);
    }

    private String order() {
        return isDayFirst() ? "day" : "month";
    }

    /** A date written with numbers and / or - alone, and no AM or PM: the form whose order is in doubt. */
    private static boolean isNumbersAlone(String raw) {
        String text = raw.strip().toUpperCase(Locale.ROOT);
        return !text.contains("M") && (text.indexOf('/') > 0 || text.indexOf('-') == 1 || text.indexOf('-') == 2);
    }
}
