package org.inviteaudit.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inviteaudit.classify.Reason;
import org.inviteaudit.classify.Verdict;

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

        Group group() {
            Reason most = null;
            for (Reason reason : ClassifiedInvitation.OFFENDER_REASONS_MOST_TELLING_FIRST) {
                if (most == null || reasons[reason.ordinal()] > reasons[most.ordinal()]) {
                    most = reason;
                }
            }
            return new Group(shownName, generic, defaults, most);
        }
    }

    private final int capacity;
    private final Map<String, Counts> byKey = new HashMap<>();
    // Entries counted this many times or fewer are dropped when the table is full; raised when that frees too little.
    private long dropAtMost = 1;
    private boolean exact = true;

    RepeatOffenders() {
        this(CAPACITY);
    }

    RepeatOffenders(int capacity) {
        this.capacity = capacity;
    }

    /**
     * Counts an offender.
     *
     * @param key       what it shares with the others of its group
     * @param shownName how the report shows the group (initials, with --redact)
     */
    void add(String key, String shownName, Verdict verdict, Reason reason) {
        Counts counts = byKey.get(key);
        if (counts == null) {
            makeRoom();
            counts = new Counts(shownName);
            byKey.put(key, counts);
        }
        if (verdict == Verdict.GENERIC) {
            counts.generic++;
        } else {
            counts.defaults++;
        }
        counts.reasons[reason.ordinal()]++;
    }

    private void makeRoom() {
        while (byKey.size() >= capacity) {
            int before = byKey.size();
            long limit = dropAtMost;
            byKey.values().removeIf(counts -> counts.total() <= limit);
            exact = false;
            if (before - byKey.size() < capacity / 4) {
                dropAtMost++;
            }
        }
    }

    /** Whether every count is exact: no group was ever dropped to make room. */
    public boolean exact() {
        return exact;
    }

    /** The groups of more than one offender, most first (then by name), at most {@link #SHOWN} of them. */
    public List<Group> top() {
        return top(SHOWN);
    }

    List<Group> top(int max) {
        List<Group> repeated = new ArrayList<>();
        for (Counts counts : byKey.values()) {
            if (counts.total() > 1) {
                repeated.add(counts.group());
            }
        }
        repeated.sort(Comparator.comparingLong(Group::offenders).reversed().thenComparing(Group::name));
        return List.copyOf(repeated.subList(0, Math.min(max, repeated.size())));
    }
}
