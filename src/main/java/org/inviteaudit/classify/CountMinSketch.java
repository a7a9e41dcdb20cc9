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
     * Whether {@link #estimate} would be at least {@code count}, which is at most {@value #MAX_COUNT}: every row must
     * be, and the first that is not ends the look-up. Most keys asked about were counted rarely, so this reads one
     * cell, likely a cache miss, where the estimate reads one per row.
     */
    boolean atLeast(long key, int count) {
        for (int row = 0; row < rows.length; row++) {
            if (rows[row][cell(key, row)] < count) {
                return false;
            }
        }
        return true;
    }

    private int cell(long key, int row) {
        return (int) Hash64.combine(key, row) & mask;
    }
}
