package org.inviteaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.inviteaudit.classify.Reason;
import org.inviteaudit.classify.Verdict;

/**
 * RepeatOffenders keeps its groups in arrays, told apart by their keys' hashes: it must count as a map from each key
 * to its counts does, with the same groups, counts, reasons and exactness, within its capacity and past it.
 */
class RepeatOffendersProperties {

    private record Offender(String key, Verdict verdict, Reason reason) {
    }

    /** The plain way: a map from each key to its counts, the rarest dropped when full. */
    private static final class Reference {
        private final int capacity;
        private final Map<String, long[]> byKey = new LinkedHashMap<>();
        private long dropAtMost = 1;
        private boolean exact = true;

        Reference(int capacity) {
            this.capacity = capacity;
        }

        void add(Offender offender) {
            long[] counts = byKey.get(offender.key());
            if (counts == null) {
                while (byKey.size() >= capacity) {
                    int before = byKey.size();
                    long limit = dropAtMost;
                    byKey.values().removeIf(c -> c[0] + c[1] <= limit);
                    exact = false;
                    if (before - byKey.size() < Math.max(1, capacity / 4)) {
                        dropAtMost++;
                    }
                }
                counts = new long[2 + Reason.values().length];
                byKey.put(offender.key(), counts);
            }
            counts[offender.verdict() == Verdict.GENERIC ? 0 : 1]++;
            counts[2 + offender.reason().ordinal()]++;
        }

        List<RepeatOffenders.Group> top(int max) {
            List<RepeatOffenders.Group> groups = new ArrayList<>();
            byKey.forEach((key, counts) -> {
                if (counts[0] + counts[1] > 1) {
                    Reason most = null;
                    for (Reason reason : ClassifiedInvitation.OFFENDER_REASONS_MOST_TELLING_FIRST) {
                        if (most == null || counts[2 + reason.ordinal()] > counts[2 + most.ordinal()]) {
                            most = reason;
                        }
                    }
                    groups.add(new RepeatOffenders.Group(key.toUpperCase(), counts[0], counts[1], most));
                }
            });
            groups.sort(Comparator.comparingLong(RepeatOffenders.Group::offenders).reversed()
                    .thenComparing(RepeatOffenders.Group::name));
            return groups.subList(0, Math.min(max, groups.size()));
        }
    }

    @Property(tries = 500)
    void countsAsAMapOfEachKeyToItsCountsDoes(@ForAll("offenders") List<Offender> offenders,
            @ForAll("capacities") int capacity) {
        RepeatOffenders counted = new RepeatOffenders(capacity);
        Reference reference = new Reference(capacity);
        for (Offender offender : offenders) {
            counted.add(offender.key(), offender.key().toUpperCase(), offender.verdict(), offender.reason());
            reference.add(offender);
        }
        assertThat(counted.top(50)).isEqualTo(reference.top(50));
        assertThat(counted.exact()).isEqualTo(reference.exact);
    }

    /** Small tables, filled and emptied over and over; and tables that grow past their first size before filling. */
    @Provide
    Arbitrary<Integer> capacities() {
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.integers().between(1, 24)),
                Tuple.of(1, Arbitraries.integers().between(65, 300)));
    }

    @Provide
    Arbitrary<List<Offender>> offenders() {
        // A few keys that come back often among many that come once or twice, as the senders of a large export do.
        Arbitrary<String> often = Arbitraries.integers().between(0, 5).map(i -> "often-" + i);
        Arbitrary<String> rare = Arbitraries.integers().between(0, 500).map(i -> "rare-" + i);
        Arbitrary<String> key = Arbitraries.frequencyOf(Tuple.of(1, often), Tuple.of(2, rare));
        Arbitrary<Verdict> verdict = Arbitraries.of(Verdict.GENERIC, Verdict.DEFAULT);
        Arbitrary<Reason> reason = Arbitraries.of(ClassifiedInvitation.OFFENDER_REASONS_MOST_TELLING_FIRST);
        return Combinators.combine(key, verdict, reason).as(Offender::new).list().ofMaxSize(400);
    }
}
