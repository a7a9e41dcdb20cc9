package org.inviteaudit.reader;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Records that wait for the column's order are bounded in number and in text, the doubtful and the others alike. */
class DateColumnTest {

    /** Hands the column a record as the reader does: dated month first, with its Sent At read both ways. */
    private static void offer(DateColumn column, long line, String sentAt, String note) {
        column.invitation(new Invitation("in.csv", line, Direction.RECEIVED, "Ada Byron", "Jordan Pike",
                SentAtParser.parse(sentAt).orElse(null), sentAt, note, "", ""), SentAtParser.read(sentAt));
    }

    /** A date the column's order reads as the reader did passes on as the very record; another is read again. */
    @Test
    void aRecordIsMadeAgainOnlyWhenTheOrderChangesItsDate() {
        CollectingSink sink = new CollectingSink();
        DateColumn column = new DateColumn("in.csv", sink);
        Invitation linkedIn = new Invitation("in.csv", 2, Direction.RECEIVED, "Ada Byron", "Jordan Pike",
                SentAtParser.parse("1/29/26, 2:37 PM").orElseThrow(), "1/29/26, 2:37 PM", "", "", "");
        column.invitation(linkedIn, SentAtParser.read(linkedIn.sentAtRaw()));
        offer(column, 3, "29/01/2026 10:00", "");
        offer(column, 4, "1/2/2026 10:00", "");
        column.finish();
        assertThat(sink.invitations.get(0)).isSameAs(linkedIn);
        assertThat(sink.invitations.get(2).sentAt()).hasToString("2026-02-01T10:00");
    }

    @Test
    void oneDoubtfulDateFollowedByPlainOnesHoldsNoMoreThanTheBound() {
        CollectingSink sink = new CollectingSink();
        DateColumn column = new DateColumn("in.csv", sink);
        offer(column, 2, "1/2/2026 10:00", "");
        for (int line = 3; line < 3 + DateColumn.MOST_HELD; line++) {
            offer(column, line, "1/29/26, 2:37 PM", ""); // LinkedIn's own: in no doubt
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
        offer(column, 2, "1/2/2026 10:00", "");
        String note = "x".repeat(1 << 20);
        for (int line = 3; line < 9; line++) {
            offer(column, line, "2026-01-29 14:37", note);
        }
        assertThat(sink.invitations).as("4 MiB reached at the fourth long note").isNotEmpty();
        column.problem(new Problem("in.csv", 9, "a problem", false));
        column.finish();
        assertThat(sink.invitations).extracting(Invitation::line).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L);
        assertThat(sink.problems).extracting(Problem::line).containsExactly(2L, 9L);
    }
}
