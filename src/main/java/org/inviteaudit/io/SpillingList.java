package org.inviteaudit.io;

import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A sequence that is kept in memory up to a budget and continued in a temporary file past it, so a report over any
 * number of records needs bounded memory; it gives its items back in the order added ({@link SortedSpillingList}
 * gives them sorted).
 *
 * <p>The files hold people's names and notes: they are readable by the user alone, and deleted on {@link #close()}
 * or, failing that, when the JVM exits. The items go to one file, so that reading them back holds one file open
 * whatever their number; once it has spilled, the list writes each item added to that file at once, rather than
 * holding a budget's worth again (items held that long outlive the young generation, and the old one, filled and
 * collected over and over, had cost a large report a tenth of its time).
 */
public final class SpillingList<T> implements HeldItems<T> {

    /** How an item is written to a spill file, read back, and roughly how much memory it takes. */
    public interface Codec<T> {
        void write(DataOutput out, T item) throws IOException;

        T read(DataInput in) throws IOException;

        long estimatedBytes(T item);
    }

    private final Codec<T> codec;
    private final long memoryBudget;
    private final List<T> memory = new ArrayList<>();
    private final List<SpillFiles.Run> runs = new ArrayList<>();
    private long memoryBytes;
    private long size;
    // Once spilled: the spill file that each item added goes to, while open.
    private DataOutputStream appending;

    public SpillingList(Codec<T> codec, long memoryBudget) {
        this.codec = codec;
        this.memoryBudget = memoryBudget;
    }

    public void add(T item) {
        if (!runs.isEmpty()) {
            append(item);
        } else {
            memory.add(item);
            memoryBytes += codec.estimatedBytes(item);
            if (memoryBytes > memoryBudget) {
                spill();
            }
        }
        size++;
    }

    public long size() {
        return size;
    }

    /** How much memory the items not spilled take, by their codec's reckoning. */
    public long memoryBytes() {
        return memoryBytes;
    }

    /** How many temporary files hold items: none, or one. */
    public int spilledRuns() {
        return runs.size();
    }

    @Override
    public Iterator<T> iterator() {
        flushAppended();
        List<T> inMemory = new ArrayList<>(memory);
        return runs.isEmpty() ? inMemory.iterator()
                : concatenation(new RunIterator(runs.get(0)), inMemory.iterator());
    }

    @Override
    public void close() {
        if (appending != null) {
            try {
                appending.close();
            } catch (IOException e) {
                // the file is deleted next: what it failed to take is no longer wanted
            }
            appending = null;
        }
        SpillFiles.delete(runs);
        runs.clear();
        memory.clear();
    }

    /**
     * Writes the items held in memory to the spill file now, to free their memory for something else, and closes the
     * file: see {@link #closeFile()}.
     */
    public void spillMemory() {
        if (!memory.isEmpty()) {
            spill();
        }
        closeFile();
    }

    /**
     * Closes the spill file that the list writes each item to once spilled, until an item is added: a list that is
     * done with holds no file open, whatever the number of lists.
     */
    public void closeFile() {
        if (appending != null) {
            DataOutputStream out = appending;
            appending = null;
            try {
                out.close();
            } catch (IOException e) {
                throw PrivateTempFiles.failure("write", e);
            }
        }
    }

    // A failure to write ends the audit (a list is not used after its TemporaryFileException): what part of the memory
    // was written is not kept track of.
    private void spill() {
        runs.add(new SpillFiles.Run());
        memory.forEach(this::append);
        memory.clear();
        memoryBytes = 0;
    }

    /** Writes an item to the list's one file, opening it if it is closed. */
    private void append(T item) {
        SpillFiles.Run run = runs.get(0);
        try {
            if (appending == null) {
                appending = SpillFiles.append(run);
            }
            codec.write(appending, item);
        } catch (IOException e) {
            throw PrivateTempFiles.failure("write", e);
        }
        run.size++;
    }

    private void flushAppended() {
        if (appending != null) {
            try {
                appending.flush();
            } catch (IOException e) {
                throw PrivateTempFiles.failure("write", e);
            }
        }
    }

    private static <T> Iterator<T> concatenation(Iterator<T> first, Iterator<T> then) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return first.hasNext() || then.hasNext();
            }

            @Override
            public T next() {
                return first.hasNext() ? first.next() : then.next();
            }
        };
    }

    /** Reads one spill file back, item by item, as many as were written to it. */
    private final class RunIterator implements Iterator<T> {
        private final DataInputStream in;
        private long left;
        private T next;

        RunIterator(SpillFiles.Run run) {
            left = run.size;
            in = SpillFiles.read(run, SpillFiles.BUFFER_BYTES);
            advance();
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public T next() {
            if (next == null) {
                throw new NoSuchElementException();
            }
            T item = next;
            advance();
            return item;
        }

        private void advance() {
            if (left == 0) {
                next = null;
                SpillFiles.closeQuietly(in);
                return;
            }
            try {
                next = codec.read(in);
                left--;
            } catch (IOException e) {
                throw SpillFiles.cutShort(in, e);
            }
        }
    }
}
