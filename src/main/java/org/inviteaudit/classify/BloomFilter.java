package org.inviteaudit.classify;

import org.inviteaudit.io.Hash64;

/** Remembers which keys were seen, in fixed memory; it may wrongly answer "seen", never wrongly "new". */
final class BloomFilter {

    private final long[] bits;
    private final long mask;
    private final int probes;

    /** @param size the number of bits, a power of two */
    BloomFilter(int size, int probes) {
        if (Integer.bitCount(size) != 1 || size < Long.SIZE) {
            throw new IllegalArgumentException("size must be a power of two of at least 64: " + size);
        }
        this.bits = new long[size / Long.SIZE];
        this.mask = size - 1L;
        this.probes = probes;
    }

    /** Adds the key and tells whether it was new. */
    boolean add(long key) {
        long h1 = Hash64.mix(key);
        long h2 = Hash64.mix(h1) | 1;
        boolean added = false;
        for (int i = 0; i < probes; i++) {
            long bit = (h1 + i * h2) & mask;
            int word = (int) (bit >>> 6);
            long flag = 1L << (bit & 63);
            if ((bits[word] & flag) == 0) {
                bits[word] |= flag;
                added = true;
            }
        }
        return added;
    }
}
