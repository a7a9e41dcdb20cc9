package org.inviteaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.inviteaudit.reader.Problem;
import org.junit.jupiter.api.Test;

class ProblemDigestTest {

    private static Problem date(String file, long line, String value) {
        return new Problem(file, line, "unreadable Sent At '" + value + "' (expected like 1/29/26, 2:37 PM); the "
                + "invitation is kept without a date", false);
    }

    @Test
    void tellsTheFirstFewOfAKindInAFileThenHowManyMore() {
        ProblemDigest digest = new ProblemDigest();
        List<Long> shown = new ArrayList<>();
        for (long line = 2; line < 5_002; line++) {
            Problem problem = date("a.csv", line, "2026-01-" + (line % 28 + 1) + " 14:37");
            if (digest.show(problem)) {
                shown.add(problem.line());
            }
        }
        assertThat(shown).containsExactly(2L, 3L, 4L, 5L, 6L);
        assertThat(digest.summaries()).containsExactly("a.csv: 4,995 more problems like \"unreadable Sent At "
                + "'2026-01-8 14:37' (expected like 1/29/26…\" not shown, on lines 7 to 5,001; --format json "
                + "lists every problem");
    }

    @Test
    void keepsKindsAndFilesApart() {
        ProblemDigest digest = new ProblemDigest();
        int shown = 0;
        for (int i = 0; i < 6; i++) {
            shown += digest.show(date("a.csv", 2 + i, "x" + i)) ? 1 : 0;
            shown += digest.show(date("b.csv", 2 + i, "y" + i)) ? 1 : 0;
            shown += digest.show(new Problem("a.csv", 20 + i, "the record has " + (3 + i) + " fields where 5 are "
                    + "needed", true)) ? 1 : 0;
        }
        assertThat(shown).isEqualTo(15);
        assertThat(digest.summaries()).hasSize(3)
                .allSatisfy(summary -> assertThat(summary).contains(": 1 more problem like"));
    }

    @Test
    void aKindIsTheMessageWithoutItsValuesAndNumbers() {
        assertThat(ProblemDigest.kindOf("unknown Direction 'SIDEWAYS' (expected INCOMING or OUTGOING)"))
                .isEqualTo("unknown Direction '…' (expected INCOMING or OUTGOING)");
        assertThat(ProblemDigest.kindOf("the record has 12 fields where 1,234 are needed"))
                .isEqualTo("the record has # fields where # are needed");
    }
}
