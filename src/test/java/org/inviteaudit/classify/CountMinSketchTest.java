package org.inviteaudit.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CountMinSketchTest {

    /**
     * A sketch so small that keys share cells, and one as wide as a word of bits and wider: the bits of the keys that
     * reached a count must say just what the estimate says, for every count.
     */
    @Test
    void theKeysReachedAreTheKeysWhoseEstimateReached() {
        for (int width : new int[] {8, 64, 256}) {
            CountMinSketch sketch = new CountMinSketch(4, width);
            Random random = new Random(width);
            for (int i = 0; i < 12 * width; i++) {
                sketch.increment(random.nextInt(6 * width));
            }
            int reachedSome = 0;
            for (int count = 1; count <= CountMinSketch.MAX_COUNT; count++) {
                CountMinSketch.Reached reached = sketch.reached(count);
                for (long key = 0; key < 12 * width; key++) {
                    boolean has = reached.has(key);
                    assertThat(has).as("width %d, key %d, count %d", width, key, count)
                            .isEqualTo(sketch.estimate(key) >= count);
                    reachedSome += has && count > 1 ? 1 : 0;
                }
            }
            assertThat(reachedSome).isPositive();
        }
    }

    /** Conservative update: a key's estimate is at least the times it was counted, however many keys share cells. */
    @Test
    void anEstimateNeverReadsLow() {
        CountMinSketch sketch = new CountMinSketch(4, 64);
        Map<Long, Integer> truth = new HashMap<>();
        Random random = new Random(11);
        for (int i = 0; i < 3_000; i++) {
            long key = random.nextInt(400);
            int times = truth.merge(key, 1, Integer::sum);
            assertThat(sketch.increment(key)).isGreaterThanOrEqualTo(Math.min(times, CountMinSketch.MAX_COUNT));
        }
        truth.forEach((key, times) -> assertThat(sketch.estimate(key)).as("key %d", key)
                .isGreaterThanOrEqualTo(Math.min(times, CountMinSketch.MAX_COUNT)));
    }
}
