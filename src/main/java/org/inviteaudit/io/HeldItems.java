package org.inviteaudit.io;

import java.io.Closeable;

/**
 * Items added one by one and given back in the holder's order ({@link SpillingList}: as added;
 * {@link SortedSpillingList}: by key), in bounded memory; closing lets go of them, temporary files included.
 *
 * @param <T> the items
 */
public interface HeldItems<T> extends Iterable<T>, Closeable {

    void add(T item);

    /** Lets go of the items and deletes their temporary files, if any; it does not fail. */
    @Override
    void close();
}
