package org.inviteaudit.report;

import java.io.Closeable;
import java.util.Iterator;
import org.inviteaudit.io.SpillingList;
import org.inviteaudit.reader.Problem;
import org.inviteaudit.reader.RecordCodecs;

/** The problems found in the inputs, in file order, in bounded memory however many there are. */
public final class Problems implements Iterable<Problem>, Closeable {

    static final long MEMORY_BUDGET = 4L << 20;

    private final SpillingList<Problem> problems;
    private long skipped;

    Problems() {
        this.problems = new SpillingList<>(RecordCodecs.PROBLEM, MEMORY_BUDGET);
    }

    void add(Problem problem) {
        problems.add(problem);
        if (problem.skipped()) {
            skipped++;
        }
    }

    public long count() {
        return problems.size();
    }

    /** The records left out of the report because they could not be read. */
    public long skipped() {
        return skipped;
    }

    @Override
    public Iterator<Problem> iterator() {
        return problems.iterator();
    }

    @Override
    public void close() {
        problems.close();
    }
}
