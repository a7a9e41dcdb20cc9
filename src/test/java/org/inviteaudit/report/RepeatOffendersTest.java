package org.inviteaudit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.inviteaudit.classify.Reason;
import org.inviteaudit.classify.Verdict;
import org.junit.jupiter.api.Test;

class RepeatOffendersTest {

    @Test
    void listsOnlySendersOfMoreThanOneOffenderMostFirstWithTheirMostCommonReason() {
        RepeatOffenders senders = new RepeatOffenders();
        senders.add("Ann", "Ann", Verdict.GENERIC, Reason.RECRUITER);
        senders.add("Ann", "Ann", Verdict.GENERIC, Reason.RECRUITER);
        senders.add("Ann", "Ann", Verdict.DEFAULT, Reason.NO_NOTE);
        senders.add("Bob", "B.", Verdict.DEFAULT, Reason.STOCK_TEXT);
        senders.add("Bob", "B.", Verdict.DEFAULT, Reason.STOCK_TEXT);
        senders.add("Cy", "Cy", Verdict.GENERIC, Reason.SALES_PITCH);

        assertThat(senders.top(10)).containsExactly(
                new RepeatOffenders.Group("Ann", 2, 1, Reason.RECRUITER),
                new RepeatOffenders.Group("B.", 0, 2, Reason.STOCK_TEXT));
        assertThat(senders.top(1)).hasSize(1);
        assertThat(senders.exact()).isTrue();
    }

    @Test
    void aTieOfReasonsGoesToTheMostTellingOne() {
        RepeatOffenders senders = new RepeatOffenders();
        senders.add("Ann", "Ann", Verdict.GENERIC, Reason.BOILERPLATE);
        senders.add("Ann", "Ann", Verdict.GENERIC, Reason.MASS_TEMPLATE);
        assertThat(senders.top(1).get(0).mostCommonReason()).isEqualTo(Reason.MASS_TEMPLATE);
    }

    @Test
    void pastItsCapacityItDropsTheRarestSendersKeepsTheFrequentOnesAndSaysItIsNoLongerExact() {
        RepeatOffenders senders = new RepeatOffenders(8);
        for (int i = 0; i < 3; i++) {
            senders.add("Frequent", "Frequent", Verdict.GENERIC, Reason.RECRUITER);
        }
        for (int i = 0; i < 300; i++) {
            senders.add("once-" + i, "x", Verdict.DEFAULT, Reason.NO_NOTE);
        }
        senders.add("Frequent", "Frequent", Verdict.DEFAULT, Reason.NO_NOTE);
        assertThat(senders.exact()).isFalse();
        assertThat(senders.top(10)).extracting(RepeatOffenders.Group::name).containsExactly("Frequent");
        assertThat(senders.top(10).get(0).offenders()).isEqualTo(4);
    }

    /** With --redact two senders can be shown by the same initials: the one counted first comes first. */
    @Test
    void groupsShownAlikeWithAsManyOffendersComeInTheOrderFirstCounted() {
        for (List<String> order : List.of(List.of("Ann Lee", "Al Lu"), List.of("Al Lu", "Ann Lee"))) {
            RepeatOffenders senders = new RepeatOffenders();
            for (int i = 0; i < 2; i++) {
                for (String sender : order) {
                    senders.add(sender, "A. L.", sender.equals("Ann Lee") ? Verdict.GENERIC : Verdict.DEFAULT,
                            Reason.NO_NOTE);
                }
            }
            assertThat(senders.top()).extracting(RepeatOffenders.Group::generic)
                    .containsExactly(order.get(0).equals("Ann Lee") ? 2L : 0L, order.get(0).equals("Ann Lee") ? 0L : 2L);
        }
    }

    @Test
    void aTableHoldsOneGroupAtLeast() {
        assertThatThrownBy(() -> new RepeatOffenders(0)).isInstanceOf(IllegalArgumentException.class);
        RepeatOffenders one = new RepeatOffenders(1);
        for (int i = 0; i < 3; i++) {
            one.add("Ann", "Ann", Verdict.GENERIC, Reason.BOILERPLATE);
            one.add("Bo " + i, "Bo", Verdict.DEFAULT, Reason.NO_NOTE);
        }
        assertThat(one.exact()).isFalse();
    }
}
