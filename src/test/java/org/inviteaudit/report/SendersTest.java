package org.inviteaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.inviteaudit.classify.Reason;
import org.inviteaudit.classify.Verdict;
import org.junit.jupiter.api.Test;

class SendersTest {

    @Test
    void listsOnlySendersOfMoreThanOneOffenderMostFirstWithTheirMostCommonReason() {
        Senders senders = new Senders();
        senders.add("Ann", "Ann", Verdict.GENERIC, Reason.RECRUITER);
        senders.add("Ann", "Ann", Verdict.GENERIC, Reason.RECRUITER);
        senders.add("Ann", "Ann", Verdict.DEFAULT, Reason.NO_NOTE);
        senders.add("Bob", "B.", Verdict.DEFAULT, Reason.STOCK_TEXT);
        senders.add("Bob", "B.", Verdict.DEFAULT, Reason.STOCK_TEXT);
        senders.add("Cy", "Cy", Verdict.GENERIC, Reason.SALES_PITCH);

        assertThat(senders.top(10)).containsExactly(
                new Senders.Sender("Ann", 2, 1, Reason.RECRUITER),
                new Senders.Sender("B.", 0, 2, Reason.STOCK_TEXT));
        assertThat(senders.top(1)).hasSize(1);
        assertThat(senders.exact()).isTrue();
    }

    @Test
    void aTieOfReasonsGoesToTheMostTellingOne() {
        Senders senders = new Senders();
        senders.add("Ann", "Ann", Verdict.GENERIC, Reason.BOILERPLATE);
        senders.add("Ann", "Ann", Verdict.GENERIC, Reason.MASS_TEMPLATE);
        assertThat(senders.top(1).get(0).mostCommonReason()).isEqualTo(Reason.MASS_TEMPLATE);
    }

    @Test
    void pastItsCapacityItDropsTheRarestSendersKeepsTheFrequentOnesAndSaysItIsNoLongerExact() {
        Senders senders = new Senders(8);
        for (int i = 0; i < 3; i++) {
            senders.add("Frequent", "Frequent", Verdict.GENERIC, Reason.RECRUITER);
        }
        for (int i = 0; i < 300; i++) {
            senders.add("once-" + i, "x", Verdict.DEFAULT, Reason.NO_NOTE);
        }
        senders.add("Frequent", "Frequent", Verdict.DEFAULT, Reason.NO_NOTE);
        assertThat(senders.exact()).isFalse();
        assertThat(senders.top(10)).extracting(Senders.Sender::name).containsExactly("Frequent");
        assertThat(senders.top(10).get(0).offenders()).isEqualTo(4);
    }
}
