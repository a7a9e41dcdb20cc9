package org.inviteaudit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.DataInput;
import java.io.DataOutput;
import java.lang.management.ManagementFactory;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.inviteaudit.reader.Problem;
import org.inviteaudit.reader.RecordCodecs;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class SortedSpillingListTest {

    // Problems sorted by a bucket of their line (first), then by its text's length (second), ties in the order added.
    private static final SortedSpillingList.SortKey<Problem> BY_BUCKET_THEN_LENGTH = new SortedSpillingList.SortKey<>() {
        @Override
        public long first(Problem problem) {
            return -(problem.line() % 7);
        }

        @Override
        public long second(Problem problem) {
            return problem.message().length();
        }
    };

    private static Problem problem(long line, String text) {
        return new Problem("in.csv", line, text, false);
    }

    private static List<Problem> items(SortedSpillingList<Problem> list) {
        List<Problem> items = new ArrayList<>();
        list.forEach(items::add);
        return items;
    }

    /** What the list must give: the items stably sorted by their keys, so that equal keys keep the order added. */
    private static List<Problem> expected(List<Problem> added) {
        List<Problem> sorted = new ArrayList<>(added);
        sorted.sort(Comparator.comparingLong(BY_BUCKET_THEN_LENGTH::first)
                .thenComparingLong(BY_BUCKET_THEN_LENGTH::second));
        return sorted;
    }

    @Test
    void givesTheItemsSortedByKeyAndEqualKeysInTheOrderAddedWhateverTheRuns() {
        Random random = new Random(23);
        for (long budget : new long[] {200, 3_000, 1 << 20}) {
            List<Problem> added = new ArrayList<>();
            try (SortedSpillingList<Problem> list =
                    new SortedSpillingList<>(RecordCodecs.PROBLEM, budget, BY_BUCKET_THEN_LENGTH)) {
                for (long line = 1; line <= 600; line++) {
                    Problem problem = problem(line, "x".repeat(random.nextInt(4)));
                    added.add(problem);
                    list.add(problem);
                }
                assertThat(list.size()).isEqualTo(600);
                assertThat(items(list)).as("budget %d, %d runs", budget, list.spilledRuns())
                        .isEqualTo(expected(added));
                assertThat(items(list)).as("read twice").isEqualTo(expected(added));
                if (budget < 1 << 20) {
                    assertThat(list.spilledRuns()).isGreaterThan(1);
                } else {
                    assertThat(list.spilledRuns()).isZero();
                }
            }
        }
    }

    @Test
    void anEmptyListGivesNothing() {
        try (SortedSpillingList<Problem> list = new SortedSpillingList<>(RecordCodecs.PROBLEM, 100,
                BY_BUCKET_THEN_LENGTH)) {
            assertThat(items(list)).isEmpty();
        }
    }

    /** Held as bytes, an item added is not kept alive by the list: it can die young. */
    @Test
    void holdsNoItemAddedOnlyItsBytes() {
        Assumptions.assumeFalse(ManagementFactory.getRuntimeMXBean().getInputArguments()
                .contains("-XX:+DisableExplicitGC"), "a collection cannot be asked for");
        try (SortedSpillingList<Problem> list = new SortedSpillingList<>(RecordCodecs.PROBLEM, 1 << 20,
                BY_BUCKET_THEN_LENGTH)) {
            Problem problem = problem(3, "held");
            WeakReference<Problem> added = new WeakReference<>(problem);
            list.add(problem);
            problem = null;
            for (int i = 0; i < 10 && added.get() != null; i++) {
                System.gc();
            }
            assertThat(added.get()).isNull();
            assertThat(list.memoryBytes()).isPositive();
            assertThat(items(list)).singleElement().isEqualTo(problem(3, "held"));
        }
    }

    @Test
    void deletesItsRunsOnClose() throws IOException {
        List<Path> before = OurTemporaryFiles.list();
        SortedSpillingList<Problem> list = new SortedSpillingList<>(RecordCodecs.PROBLEM, 200, BY_BUCKET_THEN_LENGTH);
        for (long line = 1; line <= 100; line++) {
            list.add(problem(line, "a note"));
        }
        assertThat(OurTemporaryFiles.list()).hasSizeGreaterThan(before.size());
        list.close();
        assertThat(OurTemporaryFiles.list()).containsExactlyInAnyOrderElementsOf(before);
    }

    /** A run cut short (a disk that filled, a file another program truncated) is an error, never a shorter list. */
    @Test
    void aRunCutShortIsAnErrorNotAShorterList() throws IOException {
        List<Path> before = OurTemporaryFiles.list();
        try (SortedSpillingList<Problem> list = new SortedSpillingList<>(RecordCodecs.PROBLEM, 2_000,
                BY_BUCKET_THEN_LENGTH)) {
            for (long line = 1; line <= 1_000; line++) {
                list.add(problem(line, "a note"));
            }
            OurTemporaryFiles.cutShortOneMadeSince(before);

            assertThatThrownBy(() -> list.forEach(problem -> { })).isInstanceOf(TemporaryFileException.class);
        }
    }

    /** A reader that stops short leaves its runs open until the list is closed, and none after. */
    @Test
    void closingItClosesTheRunsAReaderStoppedShortOf() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(OurTemporaryFiles.DESCRIPTORS), "no /proc/self/fd here");
        long openBefore = OurTemporaryFiles.openDescriptors();
        SortedSpillingList<Problem> list = new SortedSpillingList<>(RecordCodecs.PROBLEM, 2_000, BY_BUCKET_THEN_LENGTH);
        for (long line = 1; line <= 1_000; line++) {
            list.add(problem(line, "a note"));
        }
        Iterator<Problem> cut = list.iterator();
        cut.next();
        list.iterator().next();
        assertThat(OurTemporaryFiles.openDescriptors() - openBefore).as("two readers of every run")
                .isEqualTo(2L * list.spilledRuns());
        list.close();
        assertThat(OurTemporaryFiles.openDescriptors()).as("once closed").isEqualTo(openBefore);
    }

    @Test
    void addingWhileItIsReadFailsTheReader() {
        try (SortedSpillingList<Problem> list = new SortedSpillingList<>(RecordCodecs.PROBLEM, 1 << 20,
                BY_BUCKET_THEN_LENGTH)) {
            list.add(problem(1, "a"));
            list.add(problem(2, "b"));
            Iterator<Problem> reading = list.iterator();
            list.add(problem(3, "c"));
            assertThatThrownBy(reading::next).isInstanceOf(ConcurrentModificationException.class);
        }
    }

    /** An item its codec fails to write leaves nothing of it behind: the items added after it read back whole. */
    @Test
    void anItemThatFailsToBeWrittenLeavesNothingBehind() {
        SpillingList.Codec<Problem> failingOnLineSeven = new SpillingList.Codec<>() {
            @Override
            public void write(DataOutput out, Problem problem) throws IOException {
                out.writeLong(problem.line());
                if (problem.line() == 7) {
                    throw new IllegalStateException("cannot write line 7");
                }
                out.writeUTF(problem.message());
            }

            @Override
            public Problem read(DataInput in) throws IOException {
                long line = in.readLong();
                return problem(line, in.readUTF());
            }

            @Override
            public long estimatedBytes(Problem problem) {
                return 0;
            }
        };
        // Budgets that spill before the failure, after it, and never: the failed item's bytes among others held.
        List<Long> budgets = new ArrayList<>(List.of(1L << 20));
        for (long budget = 50; budget <= 400; budget += 25) {
            budgets.add(budget);
        }
        for (long budget : budgets) {
            List<Problem> added = new ArrayList<>();
            try (SortedSpillingList<Problem> list = new SortedSpillingList<>(failingOnLineSeven, budget,
                    BY_BUCKET_THEN_LENGTH)) {
                for (long line = 1; line <= 20; line++) {
                    Problem problem = problem(line, "note " + line);
                    try {
                        list.add(problem);
                        added.add(problem);
                    } catch (IllegalStateException e) {
                        assertThat(line).isEqualTo(7);
                    }
                }
                assertThat(items(list)).as("budget %d", budget).isEqualTo(expected(added));
            }
        }
    }

    @Test
    void aBudgetItsOffsetsCannotHoldIsRefused() {
        assertThatThrownBy(() -> new SortedSpillingList<>(RecordCodecs.PROBLEM, 1L << 31, BY_BUCKET_THEN_LENGTH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("memory budget");
    }
}
