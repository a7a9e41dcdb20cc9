package org.inviteaudit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.inviteaudit.classify.Verdict;
import org.inviteaudit.reader.Connections.Acceptance;
import org.junit.jupiter.api.Test;

class AcceptanceTallyTest {

    @Test
    void theRateAndItsWilsonIntervalMatchTheTextbookFigures() {
        // 9 of 12: Wilson's 95 % interval is 0.468 to 0.911.
        AcceptanceTally.Rate rate = new AcceptanceTally.Rate(9, 3, 0);
        assertThat(rate.share()).isEqualTo(0.75);
        assertThat(rate.interval()[0]).isCloseTo(0.4677, within(0.001));
        assertThat(rate.interval()[1]).isCloseTo(0.9111, within(0.001));
        assertThat(rate.smallSample()).isFalse();
        // 0 of 5: from 0 to 0.434, never below 0.
        AcceptanceTally.Rate none = new AcceptanceTally.Rate(0, 5, 0);
        assertThat(none.interval()[0]).isZero();
        assertThat(none.interval()[1]).isCloseTo(0.4345, within(0.001));
        assertThat(none.smallSample()).isTrue();
    }

    @Test
    void ambiguousAndUnknownCountInNoRate() {
        AcceptanceTally tally = new AcceptanceTally();
        tally.add(Verdict.GENERIC, Acceptance.ACCEPTED);
        tally.add(Verdict.GENERIC, Acceptance.AMBIGUOUS);
        tally.add(Verdict.GENERIC, Acceptance.UNKNOWN);
        assertThat(tally.of(Verdict.GENERIC)).isEqualTo(new AcceptanceTally.Rate(1, 0, 1));
        assertThat(tally.of(Verdict.DEFAULT).share()).isNaN();
        assertThat(tally.isKnown()).isFalse();
    }
}
