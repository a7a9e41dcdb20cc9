package org.inviteaudit.classify;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The classifier shipped with invite-audit, built once per run. Reading its wording and model and indexing them is
 * a fifth of a short run's time, and nothing in it waits on the command line: the process starts building it on a
 * thread of its own ({@link #startBuilding}) while picocli reads the arguments, which takes as long on the other core.
 * Whoever asks for it first without that start builds it on its own thread, as before.
 */
public final class ShippedClassifier {

    private static final FutureTask<Classifier> BUILT = new FutureTask<>(Classifier::new);

    private ShippedClassifier() {
    }

    /** Starts building the classifier in the background; a run that ends without asking for it does not wait. */
    public static void startBuilding() {
        Thread builder = new Thread(BUILT, "invite-audit-classifier");
        builder.setDaemon(true);
        builder.start();
    }

    /** The classifier: built on this thread unless it already is, or is being built, on another. */
    public static Classifier get() {
        BUILT.run(); // does nothing once the task has started anywhere
        try {
            return BUILT.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the classifier was being built", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
