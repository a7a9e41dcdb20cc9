package org.inviteaudit.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportWordsTest {

    /** "0–0%" for 0 of 1,127 said nothing; within 1 of 0 or 100 an end is told to a tenth. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"0, 0", "1e-17, 0", "0.00339, 0.3", "0.0099, 1", "0.012, 1", "0.5, 50", "0.994, 99.4",
        "0.9999, 100", "1, 100"})
    void anEndOfAnIntervalIsWholeButNearZeroOrAHundred(double share, String shown) {
        assertThat(ReportWords.bound(share)).isEqualTo(shown);
    }
}
