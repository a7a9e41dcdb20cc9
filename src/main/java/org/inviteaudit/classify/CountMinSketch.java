package org.inviteaudit.classify;

import org.inviteaudit.io.Hash64;

/**
 * Approximate counts of many keys in a fixed amount of memory. A count may read high when keys share cells, never
 * low; conservative update (raising only the cells at the minimum) keeps the excess small. Counters saturate at
 * {@value #MAX_COUNT}, which is all the template census needs to know.
 */
final class CountMinSketch {

    static final int MAX_COUNT = Byte.MAX_VALUE;

    private final byte[][] rows;
    private final int mask;

    /** @param width a power of two */
    CountMinSketch(int depth, int width) {
        if (Integer.bitCount(width) != 1) {
            throw new IllegalArgumentException("width must be a power of two: " + width);
        }
        this.rows = new byte[depth][width];
        this.mask = width - 1;
    }

    /** Counts the key once more and gives its estimate after. */
    int increment(long key) {
        int least = estimate(key);
        if (least >= MAX_COUNT) {
            return least;
        }
        for (int row = 0; row < rows.length; row++) {
            int cell = cell(key, row);
            if (rows[row][cell] == least) {
                rows[row][cell] = (byte) (least + 1);
            }
        }
        return least + 1;
    }

    int estimate(long key) {
        int least = MAX_COUNT;
        for (int row = 0; row < rows.length; row++) {
            least = Math.min(least, rows[row][cell(key, row)]);
        }
        return least;
    }

    /**
     * The keys whose estimate is at least {@code count}, which is all that is asked once counting is over, in an
     * eighth of the memory: a bit per cell, set where the cell reached the count. A key reached it where all its
     * cells did, so the answer is the estimate's exactly; and the bits are more likely in a cache.
     */
    Reached reached(int count) {
        long[][] bits = new long[rows.length][];
        for (int row = 0; row < rows.length; row++) {
            bits[row] = new long[Math.max(1, rows[row].length / Long.SIZE)];
            for (int cell = 0; cell < rows[row].length; cell++) {
                if (rows[row][cell] >= count) {
                    bits[row][cell / Long.SIZE] |= 1L << cell;
                }
            }
        }
        return new Reached(bits, mask);
    }

    /** The keys of a finished sketch whose estimate reached a count, one bit per cell; see {@link #reached(int)}. */
    static final class Reached {
        private final long[][] bits;
        private final int mask;

        private Reached(long[][] bits, int mask) {
            this.bits = bits;
            this.mask = mask;
        }

        boolean has(long key) {
            for (int row = 0; row < bits.length; row++) {
                int cell = cell(key, row, mask);
                if ((bits[row][cell / Long.SIZE] & 1L << cell) == 0) {
                    return false;
                }
            }
            return true;
        }
    }

    private int cell(long key, int row) {
        return cell(key, row, mask);
    }

    private static int cell(long key, int row, int mask) {
        return (int) Hash64.combine(key, row) & mask;
    }
}
