package org.inviteaudit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.inviteaudit.reader.Problem;
import org.inviteaudit.reader.RecordCodecs;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class SpillingListTest {

    private static Problem problem(long line) {
        return new Problem("in.csv", line, "problem " + line, line % 2 == 0);
    }

    private static List<Long> lines(SpillingList<Problem> list) {
        List<Long> lines = new ArrayList<>();
        list.forEach(problem -> lines.add(problem.line()));
        return lines;
    }

    @Test
    void staysInMemoryWithinTheBudget() {
        SpillingList<Problem> list = new SpillingList<>(RecordCodecs.PROBLEM, 1 << 20);
        for (long line = 1; line <= 100; line++) {
            list.add(problem(line));
        }
        assertThat(list.spilledRuns()).isZero();
        assertThat(lines(list)).hasSize(100).isSorted();
    }

    @Test
    void spillsPastTheBudgetToOneFileKeepsTheOrderAddedAndDeletesItOnClose() throws IOException {
        int before = OurTemporaryFiles.list().size();
        SpillingList<Problem> list = new SpillingList<>(RecordCodecs.PROBLEM, 2_000);
        for (long line = 1; line <= 1_000; line++) {
            list.add(problem(line));
        }
        assertThat(list.memoryBytes()).as("most spilled, many times over").isLessThanOrEqualTo(2_000);
        assertThat(list.spilledRuns()).isEqualTo(1);
        assertThat(OurTemporaryFiles.list().size()).isEqualTo(before + 1);
        List<Long> lines = lines(list);
        assertThat(lines).hasSize(1_000).isSorted().startsWith(1L).endsWith(1_000L);
        assertThat(lines(list)).as("read twice").isEqualTo(lines);
        assertThat(list).allSatisfy(problem -> assertThat(problem.skipped()).isEqualTo(problem.line() % 2 == 0));
        list.close();
        assertThat(OurTemporaryFiles.list().size()).isEqualTo(before);
    }

    @Test
    void onceSpilledWritesEachItemAddedToItsFileAtOnceAndHoldsNone() {
        try (SpillingList<Problem> list = new SpillingList<>(RecordCodecs.PROBLEM, 2_000)) {
            long line = 0;
            while (list.spilledRuns() == 0) {
                list.add(problem(++line));
            }
            for (int i = 0; i < 500; i++) {
                list.add(problem(++line));
                assertThat(list.memoryBytes()).as("held after item %d", line).isZero();
            }
            assertThat(lines(list)).hasSize((int) line).isSorted();
            list.spillMemory();
            list.add(problem(++line));
            list.add(problem(++line));
            assertThat(list.memoryBytes()).as("written to the file opened again").isZero();
            assertThat(list.spilledRuns()).isEqualTo(1);
            assertThat(lines(list)).as("read back between adds, and after the file was closed and opened again")
                    .hasSize((int) line).isSorted().endsWith(line);
        }
    }

    /** A list that is done with holds no file open, whatever the number of lists (Linux's /proc tells). */
    @Test
    void closingItsFileLeavesNoDescriptorOpenUntilAnItemIsAdded() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(OurTemporaryFiles.DESCRIPTORS), "no /proc/self/fd here");
        List<Path> before = OurTemporaryFiles.list();
        try (SpillingList<Problem> list = new SpillingList<>(RecordCodecs.PROBLEM, 2_000)) {
            long line = 0;
            while (list.spilledRuns() == 0) {
                list.add(problem(++line));
            }
            List<Path> made = new ArrayList<>(OurTemporaryFiles.list());
            made.removeAll(before);
            Path file = made.get(0).toRealPath();
            assertThat(OurTemporaryFiles.openDescriptorsOf(file)).as("while items are added").isOne();
            list.closeFile();
            assertThat(OurTemporaryFiles.openDescriptorsOf(file)).as("once closed").isZero();
            list.add(problem(++line));
            assertThat(OurTemporaryFiles.openDescriptorsOf(file)).as("an item added").isOne();
            list.spillMemory();
            assertThat(OurTemporaryFiles.openDescriptorsOf(file)).as("its memory spilled").isZero();
            assertThat(lines(list)).hasSize((int) line).isSorted();
        }
    }

    /** A spill file cut short (a disk that filled, a file another program truncated) is an error, never a shorter list. */
    @Test
    void aSpillFileCutShortIsAnErrorNotAShorterList() throws IOException {
        List<Path> before = OurTemporaryFiles.list();
        try (SpillingList<Problem> list = new SpillingList<>(RecordCodecs.PROBLEM, 2_000)) {
            for (long line = 1; line <= 1_000; line++) {
                list.add(problem(line));
            }
            OurTemporaryFiles.cutShortOneMadeSince(before);

            assertThatThrownBy(() -> list.forEach(problem -> { })).isInstanceOf(TemporaryFileException.class);
        }
    }
}
