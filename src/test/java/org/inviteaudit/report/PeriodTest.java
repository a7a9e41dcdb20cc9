package org.inviteaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.inviteaudit.classify.Verdict;
import org.junit.jupiter.api.Test;

class PeriodTest {

    private static SortedMap<YearMonth, Tally> months(YearMonth first, int count) {
        SortedMap<YearMonth, Tally> months = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            Tally tally = new Tally();
            tally.add(i % 2 == 0 ? Verdict.PERSONALIZED : Verdict.DEFAULT);
            months.put(first.plusMonths(i), tally);
        }
        return months;
    }

    @Test
    void twelveMonthsStayMonths() {
        Period.Breakdown breakdown = Period.breakdown(months(YearMonth.of(2025, 3), 12), Optional.empty());
        assertThat(breakdown.by()).isEqualTo(Period.MONTH);
        assertThat(breakdown.rows()).hasSize(12).first().extracting(Period.Row::label).isEqualTo("2025-03");
    }

    @Test
    void thirteenMonthsFoldIntoQuartersThatAddUp() {
        Period.Breakdown breakdown = Period.breakdown(months(YearMonth.of(2025, 3), 13), Optional.empty());
        assertThat(breakdown.by()).isEqualTo(Period.QUARTER);
        assertThat(breakdown.rows()).extracting(Period.Row::label)
                .containsExactly("2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1");
        assertThat(breakdown.rows().get(0).tally().total()).isEqualTo(1); // March alone
        assertThat(breakdown.rows().get(1).tally().total()).isEqualTo(3);
        assertThat(breakdown.rows().stream().mapToLong(row -> row.tally().total()).sum()).isEqualTo(13);
        assertThat(breakdown.rows().stream().mapToLong(row -> row.tally().count(Verdict.PERSONALIZED)).sum())
                .isEqualTo(7);
    }

    @Test
    void moreThanTwelveQuartersFoldIntoYears() {
        Period.Breakdown breakdown = Period.breakdown(months(YearMonth.of(2020, 1), 40), Optional.empty());
        assertThat(breakdown.by()).isEqualTo(Period.YEAR);
        assertThat(breakdown.rows()).extracting(Period.Row::label).containsExactly("2020", "2021", "2022", "2023");
    }

    @Test
    void aChosenPeriodIsKeptHoweverManyRowsItMakes() {
        assertThat(Period.breakdown(months(YearMonth.of(2020, 1), 40), Optional.of(Period.MONTH)).rows())
                .hasSize(40);
        assertThat(Period.breakdown(months(YearMonth.of(2020, 1), 2), Optional.of(Period.YEAR)).rows()).hasSize(1);
    }
}
