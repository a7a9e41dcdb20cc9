package org.inviteaudit.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/** The length of the periods a report counts invitations by: a month, a quarter ("2026-Q3") or a year. */
public enum Period {
    MONTH("month"),
    QUARTER("quarter"),
    YEAR("year");

    /** More rows than this make a table too long to read at a glance: the automatic choice folds them. */
    static final int MOST_ROWS = 12;

    private final String id;

    Period(String id) {
        this.id = id;
    }

    /** The stable lower-case name used on the command line and in JSON. */
    public String id() {
        return id;
    }

    /** The period a month falls in, as the report labels it. */
    public String label(YearMonth month) {
        return switch (this) {
            case MONTH -> month.toString();
            case QUARTER -> month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);
            case YEAR -> String.valueOf(month.getYear());
        };
    }

    /** Counts by period, oldest first. */
    public record Breakdown(Period by, List<Row> rows) {
    }

    /** One period's counts. */
    public record Row(String label, Tally tally) {
    }

    /**
     * The month-by-month counts folded into the chosen periods; with none chosen, into months when there are at most
     * twelve rows, else quarters when there are at most twelve of those, else years.
     */
    public static Breakdown breakdown(SortedMap<YearMonth, Tally> months, Optional<Period> chosen) {
        if (chosen.isPresent()) {
            return chosen.get().fold(months);
        }
        Breakdown folded = MONTH.fold(months);
        for (Period coarser : List.of(QUARTER, YEAR)) {
            if (folded.rows().size() <= MOST_ROWS) {
                break;
            }
            folded = coarser.fold(months);
        }
        return folded;
    }

    private Breakdown fold(SortedMap<YearMonth, Tally> months) {
        Map<String, Tally> byLabel = new LinkedHashMap<>();
        months.forEach((month, tally) -> byLabel.computeIfAbsent(label(month), label -> new Tally()).addAll(tally));
        List<Row> rows = new ArrayList<>();
        byLabel.forEach((label, tally) -> rows.add(new Row(label, tally)));
        return new Breakdown(this, List.copyOf(rows));
    }
}
