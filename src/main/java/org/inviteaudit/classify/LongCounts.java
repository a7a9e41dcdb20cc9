package org.inviteaudit.classify;

/**
 * How many times each 64-bit key was added, exactly: the census's small-export counts, asked tens of times per note.
 * Open addressing in two arrays, so that a look-up is a probe or two in adjacent slots, where a {@code HashMap<Long,
 * Integer>} boxes every key and follows a pointer per entry (on a repetitive export most of the census's time).
 * Its callers count exactly up to a number of keys and then let it go: it grows to hold that many at half load, and
 * no further, so that the key that tells them to let it go does not double its memory first.
 */
final class LongCounts {

    private static final int FIRST_CAPACITY = 1 << 10;
    private static final long SPREAD = 0x9e3779b97f4a7c15L;

    // Key 0 marks an empty slot; the key 0 itself is counted apart.
    private long[] keys = new long[FIRST_CAPACITY];
    private int[] counts = new int[FIRST_CAPACITY];
    private int shift = Long.SIZE - Integer.numberOfTrailingZeros(FIRST_CAPACITY);
    private final int largestCapacity;
    private int zeroCount;
    private int size;

    /** @param mostKeys how many keys it is grown to hold; a few more fit, but the table is full at twice as many */
    LongCounts(int mostKeys) {
        largestCapacity = Math.max(FIRST_CAPACITY, Integer.highestOneBit(Math.max(1, 2 * mostKeys - 1)) << 1);
    }

    /** Adds the key once and gives its count with this one: 1 when it is new. */
    int add(long key) {
        if (key == 0) {
            if (zeroCount == 0) {
                size++;
            }
            return zeroCount = saturated(zeroCount);
        }
        int slot = slotOf(key, keys);
        if (keys[slot] == 0) {
            // The last empty slot is what ends a probe for a key not in the table.
            if (size - (zeroCount > 0 ? 1 : 0) + 1 == keys.length) {
                throw new IllegalStateException("more keys than the " + keys.length + " a LongCounts holds");
            }
            keys[slot] = key;
            size++;
            if (2 * size > keys.length && keys.length < largestCapacity) {
                grow();
                slot = slotOf(key, keys);
            }
        }
        return counts[slot] = saturated(counts[slot]);
    }

    /** One more, but never past the largest int: an export can repeat a key more often than that. */
    private static int saturated(int count) {
        return count == Integer.MAX_VALUE ? count : count + 1;
    }

    /** How many times the key was added; 0 for one never added. */
    int get(long key) {
        if (key == 0) {
            return zeroCount;
        }
        return counts[slotOf(key, keys)];
    }

    /** How many different keys were added. */
    int size() {
        return size;
    }

    /** How many slots its table has. */
    int capacity() {
        return keys.length;
    }

    /** What {@link #forEach} hands each key to. */
    interface KeyCount {
        void accept(long key, int count);
    }

    /** Each key added, with its count, in no particular order. */
    void forEach(KeyCount action) {
        if (zeroCount > 0) {
            action.accept(0, zeroCount);
        }
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) {
                action.accept(keys[i], counts[i]);
            }
        }
    }

    /** The key's slot, or the empty slot where it would go. */
    private int slotOf(long key, long[] table) {
        int mask = table.length - 1;
        int slot = (int) ((key * SPREAD) >>> shift);
        while (table[slot] != 0 && table[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new int[oldKeys.length * 2];
        shift--;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = slotOf(oldKeys[i], keys);
                keys[slot] = oldKeys[i];
                counts[slot] = oldCounts[i];
            }
        }
    }
}
