package org.inviteaudit.reader;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Records that wait for the column's order are bounded in number and in text, the doubtful and the others alike. */
class DateColumnTest {

    private static Invitation dated(long line, String sentAt, String note) {
        return new Invitation("in.csv", line, Direction.RECEIVED, "Ada Byron", "Jordan Pike",
                SentAtParser.parse(sentAt).orElse(null), sentAt, note, "", "");
    }

    @Test
    void oneDoubtfulDateFollowedByPlainOnesHoldsNoMoreThanTheBound() {
        CollectingSink sink = new CollectingSink();
        DateColumn column = new DateColumn("in.csv", sink);
        column.invitation(dated(2, "1/2/2026 10:00", ""));
        for (int line = 3; line < 3 + DateColumn.MOST_HELD; line++) {
            column.invitation(dated(line, "1/29/26, 2:37 PM", "")); // LinkedIn's own: in no doubt
        }
        assertThat(sink.invitations).as("passed on before the end of the file").hasSize(DateColumn.MOST_HELD + 1);
        column.finish();
        assertThat(sink.invitations).hasSize(DateColumn.MOST_HELD + 1);
        assertThat(sink.problems).extracting(Problem::line).containsExactly(2L);
    }

    @Test
    void theTextOfEveryRecordThatWaitsCountsTowardsTheBound() {
        CollectingSink sink = new CollectingSink();
        DateColumn column = new DateColumn("in.csv", sink);
        column.invitation(dated(2, "1/2/2026 10:00", ""));
        String note = "x".repeat(1 << 20);
        for (int line = 3; line < 9; line++) {
            column.invitation(dated(line, "2026-01-29 14:37", note));
        }
        assertThat(sink.invitations).as("4 MiB reached at the fourth long note").isNotEmpty();
        column.problem(new Problem("in.csv", 9, "a problem", false));
        column.finish();
        assertThat(sink.invitations).extracting(Invitation::line).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L);
        assertThat(sink.problems).extracting(Problem::line).containsExactly(2L, 9L);
    }
}
