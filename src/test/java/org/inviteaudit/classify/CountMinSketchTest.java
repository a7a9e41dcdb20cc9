package org.inviteaudit.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CountMinSketchTest {

    /** A sketch so small that keys share cells: the short look-up must still say just what the estimate says. */
    @Test
    void atLeastSaysWhatTheEstimateSays() {
        CountMinSketch sketch = new CountMinSketch(4, 64);
        Random random = new Random(11);
        for (int i = 0; i < 3_000; i++) {
            sketch.increment(random.nextInt(400));
        }
        int agreeingAbove = 0;
        for (long key = 0; key < 800; key++) {
            for (int count = 1; count <= CountMinSketch.MAX_COUNT; count++) {
                boolean atLeast = sketch.atLeast(key, count);
                assertThat(atLeast).as("key %d, count %d", key, count).isEqualTo(sketch.estimate(key) >= count);
                agreeingAbove += atLeast ? 1 : 0;
            }
        }
        assertThat(agreeingAbove).isPositive();
    }
}
