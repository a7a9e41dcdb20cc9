package org.inviteaudit.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class RepeatedRowsTest {

    private static Invitation row(long line, String from, String note, String sentAtRaw) {
        LocalDateTime sentAt = SentAtParser.parse(sentAtRaw).orElse(null);
        return new Invitation("in.csv", line, Direction.RECEIVED, from, "Robin Calloway", sentAt, sentAtRaw, note,
                "", "");
    }

    @Test
    void aRowOfAnEarlierInputIsARepeatAndOneAlikeWithinAnInputIsNot() {
        RepeatedRows rows = new RepeatedRows();
        Invitation hello = row(2, "Ann Lee", "Hello!", "1/29/26, 2:37 PM");
        assertThat(rows.isRepeat(hello, 0)).isFalse();
        assertThat(rows.isRepeat(row(3, "Ann Lee", "Hello!", "1/29/26, 2:37 PM"), 0)).as("same input").isFalse();
        assertThat(rows.isRepeat(row(9, "Ann Lee", "Hello!", "1/29/26, 2:37 PM"), 1)).isTrue();
        assertThat(rows.isRepeat(row(10, "Ann Lee", "Hello!", "1/29/26, 2:37 PM"), 2)).isTrue();
        assertThat(rows.repeated()).isEqualTo(2);
    }

    @Test
    void rowsThatDifferInSenderDateOrNoteAreNotRepeats() {
        RepeatedRows rows = new RepeatedRows();
        rows.isRepeat(row(2, "Ann Lee", "Hello!", "1/29/26, 2:37 PM"), 0);
        assertThat(rows.isRepeat(row(2, "Ann Lea", "Hello!", "1/29/26, 2:37 PM"), 1)).isFalse();
        assertThat(rows.isRepeat(row(2, "Ann Lee", "Hello!", "1/29/26, 2:38 PM"), 1)).isFalse();
        assertThat(rows.isRepeat(row(2, "Ann Lee", "Hello", "1/29/26, 2:37 PM"), 1)).isFalse();
        assertThat(rows.isRepeat(row(2, "Ann Lee", "Hello!", "1/29/26,  2:37 PM"), 1))
                .as("the same moment written otherwise").isTrue();
        assertThat(rows.repeated()).isEqualTo(1);
    }

    @Test
    void manyRowsAreAllRemembered() {
        RepeatedRows rows = new RepeatedRows();
        for (int i = 0; i < 50_000; i++) {
            rows.isRepeat(row(i, "Sender " + i, "note " + i, "1/29/26, 2:37 PM"), 0);
        }
        int repeats = 0;
        for (int i = 0; i < 50_000; i++) {
            repeats += rows.isRepeat(row(i, "Sender " + i, "note " + i, "1/29/26, 2:37 PM"), 1) ? 1 : 0;
        }
        assertThat(repeats).isEqualTo(50_000);
        assertThat(rows.isRepeat(row(1, "Sender x", "note x", "1/29/26, 2:37 PM"), 1)).isFalse();
    }
}
