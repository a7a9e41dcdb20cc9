package org.inviteaudit.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The invitations a report lists, kept in the order a renderer shows them. A listing cut to the newest few holds
 * only those few, so a text report needs the same memory for ten rows as for ten million.
 */
public final class Listing {

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

    private record Entry(ClassifiedInvitation invitation, long arrival) {
    }

    // Newest first; invitations without a readable date go last; ties keep the order read.
    private static final Comparator<Entry> NEWEST_FIRST = Comparator
            .comparing((Entry e) -> e.invitation().invitation().sentAt(),
                    Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparingLong(Entry::arrival);

    private final Order order;
    private final List<Entry> inOrder = new ArrayList<>();
    // With a limit, a heap whose head is the entry to drop first.
    private final PriorityQueue<Entry> newest = new PriorityQueue<>(NEWEST_FIRST.reversed());
    private long count;

    public Listing(Order order) {
        this.order = order;
    }

    void add(ClassifiedInvitation invitation) {
        Entry entry = new Entry(invitation, count++);
        if (order.newestFirst() && order.limit() > 0) {
            newest.add(entry);
            if (newest.size() > order.limit()) {
                newest.poll();
            }
        } else {
            inOrder.add(entry);
        }
    }

    /** How many invitations were offered to the listing, kept or not. */
    public long count() {
        return count;
    }

    /** The invitations kept, in the listing's order. */
    public List<ClassifiedInvitation> kept() {
        List<Entry> entries = new ArrayList<>(order.limit() > 0 && order.newestFirst() ? newest : inOrder);
        if (order.newestFirst()) {
            entries.sort(NEWEST_FIRST);
        }
        return entries.stream().map(Entry::invitation).toList();
    }
}
