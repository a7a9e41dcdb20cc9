package org.inviteaudit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.inviteaudit.reader.Direction;
import org.inviteaudit.reader.Invitation;
import org.inviteaudit.reader.Problem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The split of a read's work between a pool and the reading thread, which must see every record in file order. */
class HandoffTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @AfterEach
    void stopThePool() {
        pool.shutdownNow();
    }

    private static Invitation invitation(long line) {
        return new Invitation("in.csv", line, Direction.SENT, "Jo Lee", "Person " + line,
                LocalDateTime.of(2026, 1, 1, 9, 0), "1/1/26, 9:00 AM", "note " + line, "", "");
    }

    /** What the ordered part saw, a line per record. */
    private static class Seen implements Handoff.InOrder<String> {
        final List<String> lines = new ArrayList<>();

        @Override
        public void invitation(Invitation invitation, String result) {
            assertThat(result).isEqualTo(invitation.message().toUpperCase());
            lines.add(invitation.line() + " " + result);
        }

        @Override
        public void problem(Problem problem) {
            lines.add(problem.line() + " problem");
        }
    }

    /** Feeds records 1..n, every seventh a problem, and gives what a single thread would have seen. */
    private static List<String> feed(Handoff<String> handoff, int n) {
        List<String> expected = new ArrayList<>();
        for (long line = 1; line <= n; line++) {
            if (line % 7 == 0) {
                handoff.problem(new Problem("in.csv", line, "bad", true));
                expected.add(line + " problem");
            } else {
                handoff.invitation(invitation(line));
                expected.add(line + " NOTE " + line);
            }
        }
        return expected;
    }

    /** The first batches are small, so that a small input is shared among the threads, and double up to the most. */
    @Test
    void batchesGrowFromTheFirstSizeToTheLargest() {
        List<Integer> batches = new ArrayList<>();
        AtomicInteger records = new AtomicInteger();
        Function<Invitation, String> counting = invitation -> {
            records.incrementAndGet();
            return invitation.message().toUpperCase();
        };
        Seen seen = new Seen();
        Handoff<String> handoff = new Handoff<>(work -> {
            int before = records.get();
            work.run();
            batches.add(records.get() - before);
        }, counting, seen, 256, 2);

        for (long line = 1; line <= 1000; line++) {
            handoff.invitation(invitation(line));
        }
        handoff.finish();

        assertThat(batches).containsExactly(32, 64, 128, 256, 256, 256, 8);
        assertThat(seen.lines).hasSize(1000).startsWith("1 NOTE 1").endsWith("1000 NOTE 1000");
    }

    @Test
    void theOrderedPartSeesEveryRecordInFileOrderHoweverLongEachTakes() {
        Seen seen = new Seen();
        // Later records are quicker: out of order is what a pool would give if nothing kept the order.
        Function<Invitation, String> uneven = invitation -> {
            busyFor(1000 - invitation.line());
            return invitation.message().toUpperCase();
        };
        Handoff<String> handoff = new Handoff<>(pool, uneven, seen, 3, 4);

        List<String> expected = feed(handoff, 1000);
        handoff.finish();

        assertThat(seen.lines).isEqualTo(expected);
    }

    @Test
    void noMoreBatchesAreOutAtOnceThanTheDepthAndOneBeingHanded() {
        AtomicInteger out = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        Seen seen = new Seen() {
            @Override
            public void invitation(Invitation invitation, String result) {
                super.invitation(invitation, result);
                if (invitation.line() % 5 == 0) { // the last record of its batch of 5
                    out.decrementAndGet();
                }
            }
        };
        Function<Invitation, String> counting = invitation -> {
            if (invitation.line() % 5 == 1) {
                most.accumulateAndGet(out.incrementAndGet(), Math::max);
            }
            return invitation.message().toUpperCase();
        };
        Handoff<String> handoff = new Handoff<>(pool, counting, seen, 5, 2);
        for (long line = 1; line <= 500; line++) {
            handoff.invitation(invitation(line));
        }
        handoff.finish();

        assertThat(seen.lines).hasSize(500);
        assertThat(most.get()).isBetween(1, 3);
    }

    @Test
    void aFailureOfTheWorkReachesTheReadingThreadAsItself() {
        IllegalStateException failure = new IllegalStateException("broken note");
        Seen seen = new Seen();
        Handoff<String> handoff = new Handoff<>(pool, invitation -> {
            if (invitation.line() == 40) {
                throw failure;
            }
            return invitation.message().toUpperCase();
        }, seen, 8, 2);

        assertThatThrownBy(() -> {
            feed(handoff, 100);
            handoff.finish();
        }).isSameAs(failure);
        assertThat(seen.lines).hasSizeLessThan(40);
    }

    @Test
    void afterAbandonNothingMoreReachesTheOrderedPart() {
        Seen seen = new Seen();
        Handoff<String> handoff = new Handoff<>(pool, invitation -> invitation.message().toUpperCase(), seen, 4, 8);
        feed(handoff, 20);
        int before = seen.lines.size();

        handoff.abandon();
        handoff.finish();

        assertThat(seen.lines).hasSize(before);
    }

    private static void busyFor(long microseconds) {
        long until = System.nanoTime() + microseconds * 1000;
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }
}
