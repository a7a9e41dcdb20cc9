package org.inviteaudit.reader;

/**
 * A record of an input as the reader gives it: an invitation, or a problem at its line. Records held to be handed on
 * later (a batch for the worker threads, the records kept for the census's later passes) are held as these, and each
 * knows which of a sink's two doors it goes through.
 */
public sealed interface InputRecord permits Invitation, Problem {

    /** Hands this record to the sink as what it is. */
    void deliverTo(RecordSink sink);
}
