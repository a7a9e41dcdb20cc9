package org.inviteaudit.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A record may hold up to a mebibyte of note, and standard input may hand {@code check} more. The classifier's work
 * grows in step with the note: each of these hostile notes, 400,000 characters long, once took seconds and grew with
 * the square of its length (a word start scanning to the next space, a topic read from the rest of the note, a list
 * searched for each of its own items); in linear time each takes well under a second here, so the bound is far
 * from the machine's noise and still far below what the square would cost.
 */
class LongNotesTest {

    private static final int LENGTH = 400_000;
    private static final Classifier CLASSIFIER = new Classifier();

    @ParameterizedTest(name = "\"{0}\" repeated")
    @ValueSource(strings = {"a-", "your talk on it. ", "linkedin foo ", "you ", "我想", "x'", "{first_name} "})
    void aHostileNoteOfFourHundredThousandCharactersIsClassifiedInLinearTime(String unit) {
        String note = unit.repeat(LENGTH / unit.length());
        Classification got = assertTimeoutPreemptively(Duration.ofSeconds(15),
                () -> CLASSIFIER.classify(note, "Ada Byron", "Jordan Pike"));
        assertThat(got.verdict()).isNotNull();
    }
}
