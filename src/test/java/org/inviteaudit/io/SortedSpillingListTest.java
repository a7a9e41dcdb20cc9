package org.inviteaudit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.inviteaudit.reader.Problem;
import org.inviteaudit.reader.RecordCodecs;
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
}
