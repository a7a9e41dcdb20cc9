package org.inviteaudit.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.inviteaudit.classify.Reason;
import org.inviteaudit.classify.Verdict;
import org.inviteaudit.io.Hash64;

/**
 * Offenders counted by what they share: who sent them (the recruiters and agencies among the senders of invitations
 * received), or the note (the templates among one's own sent invitations, their names set aside). One entry per
 * group, in bounded memory: past {@link #CAPACITY} groups, those seen fewest times are dropped, and the counts are
 * then lower bounds (a dropped group that comes back starts again from one).
 */
public final class RepeatOffenders {

    /** How many groups a report shows. */
    public static final int SHOWN = 10;
    /** Groups counted exactly: far more than the offenders of a usual export. */
    static final int CAPACITY = 4096;

    /** The offenders of one group, shown as {@code name}. */
    public record Group(String name, long generic, long defaults, Reason mostCommonReason) {

        public long offenders() {
            return generic + defaults;
        }
    }

    private static final int REASONS = Reason.values().length;
    private static final int INITIAL_ENTRIES = 64;
    // A key's hash that marks an empty slot of the index; a key that hashes to it is taken as hashing to 1.
    private static final long EMPTY = 0;

    private final int capacity;
    // The groups counted, one entry each, at 0 .. size - 1 of these arrays: the hash of what they share, their
    // counts, and the name they are shown by, kept from their second offender on (a group of one is never shown).
    // Held in arrays rather than an object each: a large export's groups of one come and go by the thousand, and as
    // objects they had outlived the young generation and kept the old one filling.
    // They grow, doubling, up to the capacity: a usual export has far fewer groups, and a format that shows no groups
    // counts none.
    private long[] hashes = new long[0];
    private long[] generic = new long[0];
    private long[] defaults = new long[0];
    private long[] reasons = new long[0];
    private String[] names = new String[0];
    private int size;
    // Open addressing over the entries, at most a quarter full: a slot holds an entry's index + 1, or 0.
    private int[] slots = new int[0];
    // Entries counted this many times or fewer are dropped when the table is full; raised when that frees too little.
    private long dropAtMost = 1;
    private boolean exact = true;

    RepeatOffenders() {
        this(CAPACITY);
    }

    RepeatOffenders(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a table of repeat offenders holds one group at least: " + capacity);
        }
        this.capacity = capacity;
    }

    /**
     * Counts an offender. Groups are told apart by a 64-bit hash of their key: two keys of a report share one with
     * odds of some one in thirty million.
     *
     * @param key       what it shares with the others of its group
     * @param shownName how the report shows the group (initials, with --redact): the same for every offender of it
     */
    void add(String key, String shownName, Verdict verdict, Reason reason) {
        long hash = Hash64.of(key);
        hash = hash == EMPTY ? 1 : hash;
        int entry = find(hash);
        if (entry < 0) {
            makeRoom();
            if (size == hashes.length) {
                grow();
            }
            entry = size++;
            hashes[entry] = hash;
            generic[entry] = 0;
            defaults[entry] = 0;
            Arrays.fill(reasons, entry * REASONS, (entry + 1) * REASONS, 0);
            names[entry] = null;
            index(entry);
        }
        if (verdict == Verdict.GENERIC) {
            generic[entry]++;
        } else {
            defaults[entry]++;
        }
        reasons[entry * REASONS + reason.ordinal()]++;
        if (names[entry] == null && total(entry) > 1) {
            names[entry] = shownName;
        }
    }

    private long total(int entry) {
        return generic[entry] + defaults[entry];
    }

    private void grow() {
        int length = Math.min(capacity, Math.max(INITIAL_ENTRIES, 2 * hashes.length));
        hashes = Arrays.copyOf(hashes, length);
        generic = Arrays.copyOf(generic, length);
        defaults = Arrays.copyOf(defaults, length);
        reasons = Arrays.copyOf(reasons, length * REASONS);
        names = Arrays.copyOf(names, length);
        int powerOfTwo = Integer.highestOneBit(length);
        slots = new int[4 * (powerOfTwo < length ? 2 * powerOfTwo : powerOfTwo)];
        for (int entry = 0; entry < size; entry++) {
            index(entry);
        }
    }

    /** The entry of this hash, or -1. */
    private int find(long hash) {
        if (size == 0) {
            return -1;
        }
        int mask = slots.length - 1;
        for (int slot = (int) hash & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
            int entry = slots[slot] - 1;
            if (hashes[entry] == hash) {
                return entry;
            }
        }
        return -1;
    }

    private void index(int entry) {
        int mask = slots.length - 1;
        int slot = (int) hashes[entry] & mask;
        while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = entry + 1;
    }

    private void makeRoom() {
        while (size >= capacity) {
            int before = size;
            dropCountedAtMost(dropAtMost);
            exact = false;
            if (before - size < Math.max(1, capacity / 4)) { // else a table of under 4 could loop on
                dropAtMost++;
            }
        }
    }

    /** Drops the entries counted {@code limit} times or fewer, moving the others down, and indexes them anew. */
    private void dropCountedAtMost(long limit) {
        int kept = 0;
        for (int entry = 0; entry < size; entry++) {
            if (total(entry) > limit) {
                hashes[kept] = hashes[entry];
                generic[kept] = generic[entry];
                defaults[kept] = defaults[entry];
                System.arraycopy(reasons, entry * REASONS, reasons, kept * REASONS, REASONS);
                names[kept] = names[entry];
                kept++;
            }
        }
        Arrays.fill(names, kept, size, null);
        size = kept;
        Arrays.fill(slots, 0);
        for (int entry = 0; entry < size; entry++) {
            index(entry);
        }
    }

    private Group group(int entry) {
        Reason most = null;
        for (Reason reason : ClassifiedInvitation.OFFENDER_REASONS_MOST_TELLING_FIRST) {
            if (most == null || reasons[entry * REASONS + reason.ordinal()]
                    > reasons[entry * REASONS + most.ordinal()]) {
                most = reason;
            }
        }
        return new Group(names[entry], generic[entry], defaults[entry], most);
    }

    /** Whether every count is exact: no group was ever dropped to make room. */
    public boolean exact() {
        return exact;
    }

    /**
     * The groups of more than one offender, most first, then by name, then (two groups shown by the same initials,
     * with --redact) in the order first counted; at most {@link #SHOWN} of them.
     */
    public List<Group> top() {
        return top(SHOWN);
    }

    List<Group> top(int max) {
        List<Group> repeated = new ArrayList<>();
        for (int entry = 0; entry < size; entry++) {
            if (total(entry) > 1) {
                repeated.add(group(entry));
            }
        }
        repeated.sort(Comparator.comparingLong(Group::offenders).reversed().thenComparing(Group::name));
        return List.copyOf(repeated.subList(0, Math.min(max, repeated.size())));
    }
}
