package org.inviteaudit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import org.inviteaudit.reader.Invitation;
import org.inviteaudit.reader.Problem;
import org.inviteaudit.reader.RecordSink;
import org.inviteaudit.source.InputSource;

/**
 * Splits the work on an input's records in two. What a record needs on its own (its verdict, or its template keys)
 * is worked out on a pool of threads, a batch of records at a time; what must see the records in file order (counting
 * them, reporting them, telling their problems) is done on the reading thread as each batch comes back, in the order
 * the batches went out. On two cores a large export takes little more than half as long; and since the ordered part
 * sees every record in file order, every result is what one thread would have given. At most {@code depth} batches
 * are out at once, so memory stays bounded.
 *
 * @param <R> what a record comes back with
 */
final class Handoff<R> implements RecordSink {

    /** Records per batch: enough that handing one over costs little beside the work on it. */
    private static final int BATCH = 256;
    /**
     * The first batch's records; each batch after has twice as many, up to {@link #BATCH}. The usual export is small
     * and its code still cold: batches of 256 would give all of a 150-row export to one thread while the others wait.
     */
    private static final int FIRST_BATCH = 32;

    /** The part of the work that needs the records in file order. */
    interface InOrder<R> {
        void invitation(Invitation invitation, R result);

        void problem(Problem problem);
    }

    private final Executor pool;
    private final Function<Invitation, R> alone;
    private final InOrder<R> inOrder;
    private final int maxBatchSize;
    private int nextBatchSize;
    private final int depth;
    private final Deque<Out<R>> out = new ArrayDeque<>();
    private RecordBatch filling = new RecordBatch();

    /** A batch handed to the pool, and its results to come, one per record (none for a problem). */
    private record Out<R>(RecordBatch batch, Future<List<R>> results) {
    }

    /**
     * For a source read as it comes ({@link InputSource#isLive()}), each record is worked on, on this thread, as it
     * is read: output keeps up with input, and no record waits for a thread. Otherwise batches go to the pool, twice
     * as many out at once as it has threads, to keep them all busy while the oldest is taken back.
     */
    static <R> Handoff<R> forSource(InputSource source, ExecutorService pool, Function<Invitation, R> alone,
            InOrder<R> inOrder) {
        return source.isLive() ? new Handoff<>(Runnable::run, alone, inOrder, 1, 0) : pooled(pool, alone, inOrder);
    }

    /** Batches to the pool, whatever the records come from: for a pass whose output waits for its end anyway. */
    static <R> Handoff<R> pooled(ExecutorService pool, Function<Invitation, R> alone, InOrder<R> inOrder) {
        return new Handoff<>(pool, alone, inOrder, BATCH, 2 * threads());
    }

    /**
     * @param pool         runs each batch's work; {@code Runnable::run} runs it on the reading thread
     * @param maxBatchSize the records of the largest batch, which the batches grow to from {@link #FIRST_BATCH}
     */
    Handoff(Executor pool, Function<Invitation, R> alone, InOrder<R> inOrder, int maxBatchSize, int depth) {
        this.pool = pool;
        this.alone = alone;
        this.inOrder = inOrder;
        this.maxBatchSize = maxBatchSize;
        this.nextBatchSize = Math.min(maxBatchSize, FIRST_BATCH);
        this.depth = depth;
    }

    /** A pool of one thread per core, daemons so that they never keep the process alive. */
    static ExecutorService newPool() {
        return Executors.newFixedThreadPool(threads(), work -> {
            Thread thread = new Thread(work, "invite-audit-worker");
            thread.setDaemon(true);
            return thread;
        });
    }

    private static int threads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    @Override
    public void invitation(Invitation invitation) {
        filling.invitation(invitation);
        handWhenFull();
    }

    @Override
    public void problem(Problem problem) {
        filling.problem(problem);
        handWhenFull();
    }

    /** Hands over what is left and takes back every batch; a failure of the work is thrown here. */
    void finish() {
        if (filling.size() > 0) {
            hand();
        }
        while (!out.isEmpty()) {
            takeBackOldest();
        }
    }

    /**
     * After a failure of the work: drops the batches still out. What the pool does with a record touches nothing but
     * the record, so work still running there can be left to end on its own.
     */
    void abandon() {
        out.forEach(batch -> batch.results().cancel(false));
        out.clear();
    }

    private void handWhenFull() {
        if (filling.size() >= nextBatchSize) {
            nextBatchSize = Math.min(maxBatchSize, 2 * nextBatchSize);
            hand();
        }
    }

    private void hand() {
        RecordBatch batch = filling;
        filling = new RecordBatch();
        FutureTask<List<R>> work = new FutureTask<>(() -> {
            List<R> results = new ArrayList<>(batch.size());
            batch.deliverTo(new RecordSink() {
                @Override
                public void invitation(Invitation invitation) {
                    results.add(alone.apply(invitation));
                }

                @Override
                public void problem(Problem problem) {
                    // a problem has nothing to work out
                }
            });
            return results;
        });
        out.add(new Out<>(batch, work));
        pool.execute(work);
        if (out.size() > depth) {
            takeBackOldest();
        }
    }

    private void takeBackOldest() {
        Out<R> oldest = out.poll();
        List<R> results = await(oldest.results());
        oldest.batch().deliverTo(new RecordSink() {
            private int next;

            @Override
            public void invitation(Invitation invitation) {
                inOrder.invitation(invitation, results.get(next++));
            }

            @Override
            public void problem(Problem problem) {
                inOrder.problem(problem);
            }
        });
    }

    private static <T> T await(Future<T> work) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return work.get();
                } catch (InterruptedException e) {
                    interrupted = true; // the batch is under way: wait it out, and keep the interrupt for later
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
