package org.inviteaudit.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inviteaudit.classify.Reason;
import org.inviteaudit.classify.Verdict;

/**
 * The offenders received, counted by who sent them, for the table of the senders of most of them (recruiters and
 * agencies). One entry per sender, in bounded memory: past {@link #CAPACITY} senders, those seen fewest times are
 * dropped, and the counts are then lower bounds (a dropped sender who comes back starts again from one).
 */
public final class Senders {

    /** How many senders a report shows. */
    public static final int SHOWN = 10;
    /** Senders counted exactly: far more than the offenders of a usual export. */
    static final int CAPACITY = 4096;

    /** One sender's offenders. */
    public record Sender(String name, long generic, long defaults, Reason mostCommonReason) {

        public long offenders() {
            return generic + defaults;
        }
    }

    private static final class Counts {
        private final String shownName;
        private long generic;
        private long defaults;
        private final long[] reasons = new long[Reason.values().length];

        Counts(String shownName) {
            this.shownName = shownName;
        }

        long total() {
            return generic + defaults;
        }

        Sender sender() {
            Reason most = null;
            for (Reason reason : ClassifiedInvitation.OFFENDER_REASONS_MOST_TELLING_FIRST) {
                if (most == null || reasons[reason.ordinal()] > reasons[most.ordinal()]) {
                    most = reason;
                }
            }
            return new Sender(shownName, generic, defaults, most);
        }
    }

    private final int capacity;
    private final Map<String, Counts> bySender = new HashMap<>();
    // Entries counted this many times or fewer are dropped when the table is full; raised when that frees too little.
    private long dropAtMost = 1;
    private boolean exact = true;

    Senders() {
        this(CAPACITY);
    }

    Senders(int capacity) {
        this.capacity = capacity;
    }

    /**
     * Counts an offender.
     *
     * @param sender    who sent it, as the export spells it: the key
     * @param shownName how the report shows that sender (initials, with --redact)
     */
    void add(String sender, String shownName, Verdict verdict, Reason reason) {
        Counts counts = bySender.get(sender);
        if (counts == null) {
            makeRoom();
            counts = new Counts(shownName);
            bySender.put(sender, counts);
        }
        if (verdict == Verdict.GENERIC) {
            counts.generic++;
        } else {
            counts.defaults++;
        }
        counts.reasons[reason.ordinal()]++;
    }

    private void makeRoom() {
        while (bySender.size() >= capacity) {
            int before = bySender.size();
            long limit = dropAtMost;
            bySender.values().removeIf(counts -> counts.total() <= limit);
            exact = false;
            if (before - bySender.size() < capacity / 4) {
                dropAtMost++;
            }
        }
    }

    /** Whether every count is exact: no sender was ever dropped to make room. */
    public boolean exact() {
        return exact;
    }

    /** The senders of more than one offender, most first (then by name), at most {@link #SHOWN} of them. */
    public List<Sender> top() {
        return top(SHOWN);
    }

    List<Sender> top(int max) {
        List<Sender> repeated = new ArrayList<>();
        for (Counts counts : bySender.values()) {
            if (counts.total() > 1) {
                repeated.add(counts.sender());
            }
        }
        repeated.sort(Comparator.comparingLong(Sender::offenders).reversed().thenComparing(Sender::name));
        return List.copyOf(repeated.subList(0, Math.min(max, repeated.size())));
    }
}
