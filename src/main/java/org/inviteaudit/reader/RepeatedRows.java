package org.inviteaudit.reader;

import java.util.function.LongConsumer;
import org.inviteaudit.io.Hash64;

/**
 * Tells an invitation that an earlier input already held: the same export given twice (the zip and the folder it
 * unzips to), or two exports that overlap. Rows are the same when their sender, recipient, date and note are; rows
 * alike within one input are all kept, since one export does not repeat itself. Each row of every input but the last
 * is remembered as a 64-bit hash in a table kept a quarter to half full: 16 to 32 bytes a row, at most 32 MiB for a
 * million.
 */
public final class RepeatedRows {

    private final LongSet earlierInputs = new LongSet();
    private final LongSet thisInput = new LongSet();
    private int input = -1;
    private long repeated;

    /** Whether an earlier input held this row; {@code inputIndex} never goes down. */
    public boolean isRepeat(Invitation invitation, int inputIndex) {
        if (inputIndex != input) {
            thisInput.forEach(earlierInputs::add);
            thisInput.clear();
            input = inputIndex;
        }
        long row = hash(invitation);
        if (earlierInputs.contains(row)) {
            repeated++;
            return true;
        }
        thisInput.add(row);
        return false;
    }

    /** How many rows were found repeated. */
    public long repeated() {
        return repeated;
    }

    private static long hash(Invitation invitation) {
        long hash = Hash64.of(invitation.from());
        hash = Hash64.combine(hash, Hash64.of(invitation.to()));
        // The date as read, so that two header eras writing one moment alike, or not, agree where it matters.
        hash = Hash64.combine(hash, Hash64.of(invitation.sentAt() == null ? invitation.sentAtRaw()
                : invitation.sentAt().toString()));
        return Hash64.combine(hash, Hash64.of(invitation.message()));
    }

    /** A set of longs by open addressing: no boxing, for a million rows. 0 stands for empty, so it is kept apart. */
    private static final class LongSet {
        private static final int FIRST_CAPACITY = 16;
        private long[] slots = new long[FIRST_CAPACITY];
        private int size;
        private boolean hasZero;

        void add(long value) {
            if (value == 0) {
                hasZero = true;
                return;
            }
            if (2 * (size + 1) > slots.length) {
                grow();
            }
            int slot = find(slots, value);
            if (slots[slot] == 0) {
                slots[slot] = value;
                size++;
            }
        }

        boolean contains(long value) {
            return value == 0 ? hasZero : slots[find(slots, value)] == value;
        }

        void forEach(LongConsumer action) {
            if (hasZero) {
                action.accept(0);
            }
            for (long value : slots) {
                if (value != 0) {
                    action.accept(value);
                }
            }
        }

        void clear() {
            if (size > 0 || hasZero) {
                slots = new long[FIRST_CAPACITY];
                size = 0;
                hasZero = false;
            }
        }

        private void grow() {
            long[] old = slots;
            slots = new long[old.length * 2];
            for (long value : old) {
                if (value != 0) {
                    slots[find(slots, value)] = value;
                }
            }
        }

        /** The slot that holds the value, or the empty one where it would go. */
        private static int find(long[] slots, long value) {
            int mask = slots.length - 1;
            int slot = (int) Hash64.mix(value) & mask;
            while (slots[slot] != 0 && slots[slot] != value) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }
    }
}
