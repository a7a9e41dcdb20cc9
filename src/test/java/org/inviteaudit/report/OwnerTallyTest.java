package org.inviteaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OwnerTallyTest {

    @Test
    void tracksABoundedNumberOfNamesYetFindsAMajorityOwnerSeenFirst() {
        OwnerTally tally = new OwnerTally();
        for (int i = 0; i < OwnerTally.MAX_NAMES * 3; i++) {
            tally.add("Jordan Pike");
            tally.add("Stranger " + i);
        }
        tally.add("Jordan Pike");
        assertThat(tally.owner()).contains("Jordan Pike");
    }

    @Test
    void blankNamesNeverOwnTheExport() {
        OwnerTally tally = new OwnerTally();
        tally.add(" ");
        tally.add("");
        assertThat(tally.owner()).isEmpty();
    }
}
