package org.inviteaudit.classify;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class PersonalizationScoreTest {

    @Test
    void defaultScoresNothingWhateverTheModelSays() {
        assertThat(PersonalizationScore.of(Verdict.DEFAULT, 0.99, 0.5)).isZero();
    }

    @Test
    void theThresholdIsWhereGenericEndsAndPersonalizedStarts() {
        assertThat(PersonalizationScore.of(Verdict.GENERIC, 0.0, 0.4)).isZero();
        assertThat(PersonalizationScore.of(Verdict.GENERIC, 0.2, 0.4)).isEqualTo(19);
        assertThat(PersonalizationScore.of(Verdict.PERSONALIZED, 0.4, 0.4)).isEqualTo(40);
        assertThat(PersonalizationScore.of(Verdict.PERSONALIZED, 0.7, 0.4)).isEqualTo(70);
        assertThat(PersonalizationScore.of(Verdict.PERSONALIZED, 1.0, 0.4)).isEqualTo(100);
    }

    @Property
    void theScoreStaysInItsVerdictsBandAndRisesWithTheProbability(
            @ForAll @DoubleRange(min = 0, max = 1) double p, @ForAll @DoubleRange(min = 0, max = 1) double q,
            @ForAll @DoubleRange(min = 0.01, max = 0.99) double threshold) {
        for (Verdict verdict : new Verdict[] {Verdict.GENERIC, Verdict.PERSONALIZED}) {
            int low = PersonalizationScore.of(verdict, Math.min(p, q), threshold);
            int high = PersonalizationScore.of(verdict, Math.max(p, q), threshold);
            assertThat(low).isLessThanOrEqualTo(high);
            assertThat(verdict == Verdict.GENERIC ? high <= PersonalizationScore.GENERIC_MAX
                    : low >= PersonalizationScore.PERSONALIZED_MIN && high <= 100).isTrue();
        }
    }
}
