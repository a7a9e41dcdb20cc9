package org.inviteaudit.io;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * A sequence given back sorted, kept in memory up to a budget and continued in temporary files past it: each spill is
 * a sorted run, and the runs are merged as they are read. Items are ordered by the two numbers their {@link SortKey}
 * gives, and items of equal keys in the order they were added.
 *
 * <p>An item is encoded as it is added, and only its bytes and its key are held: the item itself can die young. Held
 * as objects until a run was sorted, a large report's listing had outlived the young generation and filled the old
 * one, collected over and over (in a by-hand reading on a million invitations, the text report's collector took
 * 4.3 s of CPU where NDJSON's took 2.4). The files hold people's names and notes, as {@link SpillingList}'s do, and are kept and deleted as
 * they are. Items are not added while the list is read: an iterator then fails rather than give what it no longer
 * holds.
 */
public final class SortedSpillingList<T> implements HeldItems<T> {

    /** The order of the items: by {@link #first}, then {@link #second}, then the order added. */
    public interface SortKey<T> {
        long first(T item);

        long second(T item);
    }

    // Runs, all read at once to merge them, take a small buffer each.
    private static final int RUN_BUFFER_BYTES = 1 << 13;
    // Items are told apart by int offsets into one array, which must be able to double past the budget.
    static final long MAX_BUDGET = Integer.MAX_VALUE / 4;
    // What holding an item costs beside its bytes: where they start, and its two keys.
    private static final int HELD_ITEM_BYTES = Integer.BYTES + 2 * Long.BYTES;
    private static final int INITIAL_ITEMS = 256;

    private final SpillingList.Codec<T> codec;
    private final long memoryBudget;
    private final SortKey<T> key;
    private final HeldBytes held = new HeldBytes();
    private final DataOutputStream heldOut = new DataOutputStream(held);
    private int[] starts = new int[INITIAL_ITEMS];
    private long[] firsts = new long[INITIAL_ITEMS];
    private long[] seconds = new long[INITIAL_ITEMS];
    private int heldCount;
    private final List<SpillFiles.Run> runs = new ArrayList<>();
    // The runs being read, so that close() closes those a reader stopped short of their end.
    private final List<DataInputStream> reading = new ArrayList<>();
    private long size;
    // Items added so far: an iterator made before the last add has been overtaken.
    private long modifications;

    /** @param memoryBudget at most {@link #MAX_BUDGET} */
    public SortedSpillingList(SpillingList.Codec<T> codec, long memoryBudget, SortKey<T> key) {
        if (memoryBudget > MAX_BUDGET) {
            throw new IllegalArgumentException("memory budget over " + MAX_BUDGET + ": " + memoryBudget);
        }
        this.codec = codec;
        this.memoryBudget = memoryBudget;
        this.key = key;
    }

    public void add(T item) {
        if (heldCount == starts.length) {
            starts = Arrays.copyOf(starts, 2 * heldCount);
            firsts = Arrays.copyOf(firsts, 2 * heldCount);
            seconds = Arrays.copyOf(seconds, 2 * heldCount);
        }
        starts[heldCount] = held.size;
        try {
            codec.write(heldOut, item);
            firsts[heldCount] = key.first(item);
            seconds[heldCount] = key.second(item);
        } catch (IOException | RuntimeException e) {
            held.size = starts[heldCount]; // what part of the item was written is not held
            if (e instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        heldCount++;
        size++;
        modifications++;
        if (memoryBytes() > memoryBudget) {
            spill();
        }
    }

    public long size() {
        return size;
    }

    /** What the items not spilled take in memory: their bytes and keys. */
    public long memoryBytes() {
        return held.size + (long) HELD_ITEM_BYTES * heldCount;
    }

    /** How many temporary files hold items. */
    public int spilledRuns() {
        return runs.size();
    }

    @Override
    public Iterator<T> iterator() {
        List<Source<T>> sources = new ArrayList<>();
        try {
            for (SpillFiles.Run run : runs) {
                sources.add(new RunSource(run));
            }
            // Held items last: they were added after every spilled one, which breaks ties so.
            sources.add(new HeldSource(sortedHeld()));
            return new Merge<>(sources);
        } catch (RuntimeException e) {
            closeReaders();
            throw e;
        }
    }

    @Override
    public void close() {
        closeReaders();
        SpillFiles.delete(runs);
        runs.clear();
        held.size = 0;
        heldCount = 0;
    }

    private void closeReaders() {
        reading.forEach(SpillFiles::closeQuietly);
        reading.clear();
    }

    // A failure to write ends the audit (a list is not used after its TemporaryFileException).
    private void spill() {
        SpillFiles.Run run = new SpillFiles.Run();
        runs.add(run);
        try (DataOutputStream out = SpillFiles.append(run)) {
            for (int i : sortedHeld()) {
                out.writeLong(firsts[i]);
                out.writeLong(seconds[i]);
                out.write(held.bytes, starts[i], end(i) - starts[i]);
            }
        } catch (IOException e) {
            throw PrivateTempFiles.failure("write", e);
        }
        run.size = heldCount;
        held.size = 0;
        heldCount = 0;
    }

    private int end(int i) {
        return i + 1 < heldCount ? starts[i + 1] : held.size;
    }

    /** The places of the held items in their order: a merge sort, which keeps items of equal keys as added. */
    private int[] sortedHeld() {
        int[] order = new int[heldCount];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        sort(order, new int[order.length], 0, order.length);
        return order;
    }

    private void sort(int[] order, int[] scratch, int from, int to) {
        if (to - from < 2) {
            return;
        }
        int middle = (from + to) >>> 1;
        sort(order, scratch, from, middle);
        sort(order, scratch, middle, to);
        if (!before(order[middle], order[middle - 1])) {
            return; // already in order, as items added in order mostly are
        }
        System.arraycopy(order, from, scratch, from, to - from);
        int left = from;
        int right = middle;
        for (int at = from; at < to; at++) {
            order[at] = right < to && (left >= middle || before(scratch[right], scratch[left]))
                    ? scratch[right++] : scratch[left++];
        }
    }

    /** Whether the held item at a comes strictly before the one at b by their keys. */
    private boolean before(int a, int b) {
        return firsts[a] != firsts[b] ? firsts[a] < firsts[b] : seconds[a] < seconds[b];
    }

    /** A growable array of bytes, written without a lock, read in place. */
    private static final class HeldBytes extends OutputStream {
        byte[] bytes = new byte[1 << 12];
        int size;

        @Override
        public void write(int b) {
            room(1);
            bytes[size++] = (byte) b;
        }

        @Override
        public void write(byte[] source, int offset, int length) {
            room(length);
            System.arraycopy(source, offset, bytes, size, length);
            size += length;
        }

        private void room(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, size + more));
            }
        }
    }

    /** A sorted sequence of items with their keys, read one ahead. */
    private interface Source<T> {
        /** Moves to the next item; false when there is none. */
        boolean advance();

        long first();

        long second();

        T item();
    }

    /** A spilled run, read back item by item, as many as were written to it. */
    private final class RunSource implements Source<T> {
        private final DataInputStream in;
        private long left;
        private long first;
        private long second;
        private T item;

        RunSource(SpillFiles.Run run) {
            left = run.size;
            in = SpillFiles.read(run, RUN_BUFFER_BYTES);
            reading.add(in);
        }

        @Override
        public boolean advance() {
            if (left == 0) {
                SpillFiles.closeQuietly(in);
                reading.remove(in);
                return false;
            }
            try {
                first = in.readLong();
                second = in.readLong();
                item = codec.read(in);
                left--;
                return true;
            } catch (IOException e) {
                reading.remove(in);
                throw SpillFiles.cutShort(in, e);
            }
        }

        @Override
        public long first() {
            return first;
        }

        @Override
        public long second() {
            return second;
        }

        @Override
        public T item() {
            return item;
        }
    }

    /** The items still held, decoded one at a time in their order. */
    private final class HeldSource implements Source<T> {
        private final int[] order;
        private final long modificationsSeen = modifications;
        private int next;
        private int at;
        private T item;

        HeldSource(int[] order) {
            this.order = order;
        }

        @Override
        public boolean advance() {
            if (modifications != modificationsSeen) {
                throw new ConcurrentModificationException("an item was added while the list was read");
            }
            if (next == order.length) {
                return false;
            }
            at = order[next++];
            try {
                item = codec.read(new DataInputStream(
                        new ByteArrayInputStream(held.bytes, starts[at], end(at) - starts[at])));
            } catch (IOException e) {
                throw new IllegalStateException("an item held in memory cannot be read back", e);
            }
            return true;
        }

        @Override
        public long first() {
            return firsts[at];
        }

        @Override
        public long second() {
            return seconds[at];
        }

        @Override
        public T item() {
            return item;
        }
    }

    /** Merges sorted sources into one sorted sequence; equal keys come from the earlier source first. */
    private static final class Merge<T> implements Iterator<T> {
        private record Head<T>(Source<T> source, int index) {
        }

        private final PriorityQueue<Head<T>> heads;

        Merge(List<Source<T>> sources) {
            heads = new PriorityQueue<>(Math.max(1, sources.size()), (a, b) -> {
                int byFirst = Long.compare(a.source().first(), b.source().first());
                if (byFirst != 0) {
                    return byFirst;
                }
                int bySecond = Long.compare(a.source().second(), b.source().second());
                return bySecond != 0 ? bySecond : Integer.compare(a.index(), b.index());
            });
            for (int i = 0; i < sources.size(); i++) {
                if (sources.get(i).advance()) {
                    heads.add(new Head<>(sources.get(i), i));
                }
            }
        }

        @Override
        public boolean hasNext() {
            return !heads.isEmpty();
        }

        @Override
        public T next() {
            Head<T> head = heads.poll();
            if (head == null) {
                throw new NoSuchElementException();
            }
            T item = head.source().item();
            if (head.source().advance()) {
                heads.add(head);
            }
            return item;
        }
    }
}
