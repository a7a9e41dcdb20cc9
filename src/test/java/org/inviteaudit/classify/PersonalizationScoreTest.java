package org.inviteaudit.classify;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

    /** The examples in docs/verdicts.md's "The score", exactly as it shows them. */
    @ParameterizedTest(name = "{3} <- {0}")
    @CsvSource(delimiter = '|', value = {
        "''| default | no-note | 0",
        "Jordan, I'd like to add you to my professional network on LinkedIn. | default | stock-text | 0",
        "Hi Jordan, let's connect! | generic | boilerplate | 1",
        "Hi {first_name}, loved your post on data contracts. | generic | placeholder | 12",
        "Hi Jordan, we help logistics companies like yours cut cloud costs by 35%. Open to a quick demo next week? "
                + "| generic | sales-pitch | 9",
        "Hi Jordan, Priya Shah suggested I reach out: we help teams like yours migrate billing to Stripe. Open to a "
                + "chat? | generic | sales-pitch | 22",
        "Great meeting you at the career fair today! | personalized | shared-context | 70",
        "Hi Jordan, great meeting you at the Leeds career fair today! I'm the founder of Tidewater, and your "
                + "question on data contracts stuck with me. | personalized "
                + "| shared-context greets-by-name introduces-sender specific-detail | 97"})
    void theReadmeExamplesScoreAsShown(String note, String verdict, String reasons, int score) {
        Classification got = new Classifier().classify(note, "Ada Byron", "Jordan Pike");
        assertThat(got.verdict().id()).isEqualTo(verdict);
        assertThat(String.join(" ", got.reasons().stream().map(Reason::id).toList())).isEqualTo(reasons);
        assertThat(got.score()).isEqualTo(score);
    }
}
