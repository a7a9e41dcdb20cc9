package org.inviteaudit.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NotesPerAnchorTest {

    /**
     * Counted exactly, or moved into the sketch half-way, an anchor's count never reads low, and once settled an
     * anchor of three notes or more has reached three: a count that reads low would leave a template's keys
     * uncounted.
     */
    @Test
    void countsNeverReadLowExactlyOrInTheSketch() {
        for (int exactAnchors : new int[] {NotesPerAnchor.EXACT_ANCHORS, 500, 0}) {
            NotesPerAnchor anchors = new NotesPerAnchor(exactAnchors);
            Map<Long, Integer> truth = new HashMap<>();
            Random random = new Random(exactAnchors);
            for (int note = 0; note < 20_000; note++) {
                long anchor = random.nextInt(4) == 0 ? random.nextInt(50) : random.nextLong();
                int notes = truth.merge(anchor, 1, Integer::sum);
                assertThat(anchors.add(anchor)).isGreaterThanOrEqualTo(Math.min(notes, CountMinSketch.MAX_COUNT));
            }
            anchors.settle(3);
            truth.forEach((anchor, notes) -> assertThat(anchors.reached(anchor) || notes < 3)
                    .as("anchor %d, %d notes", anchor, notes).isTrue());
            long readHigh = truth.entrySet().stream().filter(entry -> entry.getValue() == 1)
                    .filter(entry -> anchors.reached(entry.getKey())).count();
            assertThat(readHigh).as("anchors of one note that read as three, of %d", truth.size()).isLessThan(10);
            assertThatThrownBy(() -> anchors.add(1)).isInstanceOf(IllegalStateException.class);
        }
    }
}
