package org.inviteaudit.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class LongCountsTest {

    /** Keys from a small range repeat, and thousands of them make the table grow several times. */
    @Property(tries = 200)
    void countsAsAMapOfBoxedKeysWould(@ForAll @Size(max = 5000) List<@LongRange(min = -3000, max = 3000) Long> small,
            @ForAll long spread) {
        LongCounts counts = new LongCounts(5000);
        Map<Long, Integer> expected = new HashMap<>();
        for (long value : small) {
            // Multiplying keeps 0 at 0 and spreads the rest over all 64 bits, high and low.
            long key = value * (spread | 1);
            int after = expected.merge(key, 1, Integer::sum);
            assertThat(counts.add(key)).isEqualTo(after);
        }
        assertThat(counts.size()).isEqualTo(expected.size());
        expected.forEach((key, count) -> assertThat(counts.get(key)).isEqualTo(count));
        Map<Long, Integer> handed = new HashMap<>();
        counts.forEach((key, count) -> assertThat(handed.put(key, count)).as("handed once").isNull());
        assertThat(handed).isEqualTo(expected);
        assertThat(counts.get(Long.MIN_VALUE + 12345)).isEqualTo(expected.getOrDefault(Long.MIN_VALUE + 12345, 0));
    }

    @Test
    void zeroIsAKeyLikeAnyOther() {
        LongCounts counts = new LongCounts(10);
        assertThat(counts.get(0)).isZero();
        assertThat(counts.add(0)).isEqualTo(1);
        assertThat(counts.add(0)).isEqualTo(2);
        assertThat(counts.add(7)).isEqualTo(1);
        assertThat(counts.size()).isEqualTo(2);
        assertThat(counts.get(0)).isEqualTo(2);
    }

    @Test
    void keysThatShareTheirLowBitsStillCountApart() {
        LongCounts counts = new LongCounts(100_000);
        for (long i = 1; i <= 100_000; i++) {
            counts.add(i << 40);
        }
        assertThat(counts.size()).isEqualTo(100_000);
        assertThat(counts.get(77L << 40)).isEqualTo(1);
        assertThat(counts.get(100_001L << 40)).isZero();
    }

    /**
     * Grown to hold its most keys at half load and no further: the keys past them still count, in the same table,
     * until only the empty slot that ends a probe is left, and then it refuses rather than fill it.
     */
    @Test
    void growsToHoldItsMostKeysAndNoFurther() {
        LongCounts counts = new LongCounts(3000);
        for (long key = 1; key <= 3000; key++) {
            counts.add(key);
        }
        assertThat(counts.capacity()).isEqualTo(8192);
        for (long key = 3001; key <= 8191; key++) {
            counts.add(key);
        }
        assertThat(counts.capacity()).isEqualTo(8192);
        assertThat(counts.size()).isEqualTo(8191);
        assertThat(counts.get(8191)).isEqualTo(1);
        assertThat(counts.get(9000)).as("a probe for an absent key still ends").isZero();
        assertThat(counts.add(5)).isEqualTo(2);
        assertThatThrownBy(() -> counts.add(9000)).isInstanceOf(IllegalStateException.class);
    }
}
