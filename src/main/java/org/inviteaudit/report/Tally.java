package org.inviteaudit.report;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalLong;
import org.inviteaudit.classify.Verdict;

/** Counts of invitations by verdict. */
public final class Tally {

    private final Map<Verdict, Long> byVerdict = new EnumMap<>(Verdict.class);
    private long total;

    void add(Verdict verdict) {
        byVerdict.merge(verdict, 1L, Long::sum);
        total++;
    }

    /** Adds another tally's counts to this one's. */
    void addAll(Tally other) {
        other.byVerdict.forEach((verdict, count) -> byVerdict.merge(verdict, count, Long::sum));
        total += other.total;
    }

    public long total() {
        return total;
    }

    public long count(Verdict verdict) {
        return byVerdict.getOrDefault(verdict, 0L);
    }

    /** The personalized share in whole percent, rounded half up; empty when there is nothing to count. */
    public OptionalLong personalizedPercent() {
        return total == 0 ? OptionalLong.empty() : OptionalLong.of(Math.round(100.0 * count(Verdict.PERSONALIZED) / total));
    }
}
