package org.inviteaudit.report;

import java.io.Closeable;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;
import org.inviteaudit.io.HeldItems;
import org.inviteaudit.io.SortedSpillingList;
import org.inviteaudit.io.SpillingList;

/**
 * The invitations a report lists, in the order a renderer shows them, in bounded memory: a listing cut to the
 * newest few holds only those few; a listing of all of them spills past a budget to temporary files.
 */
public final class Listing implements Closeable {

    /** Which invitations a listing keeps, and in what order. */
    public record Order(boolean newestFirst, int limit) {

        /** Every invitation, in the order read. */
        public static final Order FILE_ORDER = new Order(false, 0);

        /** The {@code limit} newest invitations, newest first; 0 keeps them all. */
        public static Order newestFirst(int limit) {
            if (limit < 0) {
                throw new IllegalArgumentException("limit must not be negative: " + limit);
            }
            return new Order(true, limit);
        }
    }

    /** An invitation and its place in the order read, which breaks ties. */
    record Entry(ClassifiedInvitation invitation, long arrival) {
    }

    /** What a listing may hold in memory before it spills to disk; a renderer's own listing keeps to it too. */
    public static final long MEMORY_BUDGET = 8L << 20;

    // Up to this many, the newest are kept in a heap; a larger --limit is served like "all", sorted on disk.
    private static final int HEAP_LIMIT = 10_000;

    /**
     * Newest first, by two numbers: newer first, then the later within a second, the undated last; equal dates in
     * the order read. (The records' codec keeps whole seconds, which is all an export's dates have.)
     */
    private static final SortedSpillingList.SortKey<Entry> NEWEST_FIRST_KEY = new SortedSpillingList.SortKey<>() {
        @Override
        public long first(Entry entry) {
            LocalDateTime sentAt = entry.invitation().invitation().sentAt();
            return sentAt == null ? Long.MAX_VALUE : -sentAt.toEpochSecond(ZoneOffset.UTC);
        }

        @Override
        public long second(Entry entry) {
            LocalDateTime sentAt = entry.invitation().invitation().sentAt();
            return sentAt == null ? 0 : -sentAt.getNano();
        }
    };

    // The same order for the few newest kept in a heap: ties by arrival, the order read.
    private static final Comparator<Entry> NEWEST_FIRST = Comparator.comparingLong(NEWEST_FIRST_KEY::first)
            .thenComparingLong(NEWEST_FIRST_KEY::second).thenComparingLong(Entry::arrival);

    /** The newest {@code limit}, in a heap whose head is the entry to drop first. */
    private static final class Newest implements HeldItems<Entry> {
        private final int limit;
        private final PriorityQueue<Entry> heap = new PriorityQueue<>(NEWEST_FIRST.reversed());

        Newest(int limit) {
            this.limit = limit;
        }

        @Override
        public void add(Entry entry) {
            heap.add(entry);
            if (heap.size() > limit) {
                heap.poll();
            }
        }

        @Override
        public Iterator<Entry> iterator() {
            List<Entry> entries = new ArrayList<>(heap);
            entries.sort(NEWEST_FIRST);
            return entries.iterator();
        }

        @Override
        public void close() {
            // nothing to delete: the heap is in memory
        }
    }

    private final Order order;
    // The few newest in a heap, or all of them spilling, sorted or in the order read.
    private final HeldItems<Entry> held;
    private long count;

    public Listing(Order order) {
        this(order, MEMORY_BUDGET);
    }

    Listing(Order order, long memoryBudget) {
        this.order = order;
        if (!order.newestFirst()) {
            held = new SpillingList<>(Codecs.ENTRY, memoryBudget);
        } else if (order.limit() > 0 && order.limit() <= HEAP_LIMIT) {
            held = new Newest(order.limit());
        } else {
            held = new SortedSpillingList<>(Codecs.ENTRY, memoryBudget, NEWEST_FIRST_KEY);
        }
    }

    void add(ClassifiedInvitation invitation) {
        held.add(new Entry(invitation, count++));
    }

    /** How many invitations were offered to the listing, kept or not. */
    public long count() {
        return count;
    }

    /** How many invitations {@link #kept()} gives. */
    public long keptCount() {
        return order.limit() > 0 ? Math.min(order.limit(), count) : count;
    }

    /** The invitations kept, in the listing's order, read back from disk where they were spilled. */
    public Iterable<ClassifiedInvitation> kept() {
        return () -> new Iterator<>() {
            private final Iterator<Entry> entries = held.iterator();
            private long given;

            @Override
            public boolean hasNext() {
                return given < keptCount() && entries.hasNext();
            }

            @Override
            public ClassifiedInvitation next() {
                given++;
                return entries.next().invitation();
            }
        };
    }

    /** Deletes the temporary files, if any. */
    @Override
    public void close() {
        held.close();
    }
}
