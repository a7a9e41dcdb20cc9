package org.inviteaudit.report;

import java.io.Closeable;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of an audit: counts, the invitations to list and what could not be read. Its lists may lie partly in
 * temporary files: close it when the report has been written.
 *
 * @param owner       the export's owner, when it can be told
 * @param sources     the inputs, in the order given
 * @param scope       which directions the counts and lists cover
 * @param offenders   default and generic invitations in scope, in the order the renderer asked for
 * @param invitations every invitation in scope, when the audit was asked to list them all
 * @param problems    what could not be read, in file order
 */
public record Report(
        Optional<String> owner,
        List<String> sources,
        DirectionScope scope,
        Tally all,
        Tally received,
        Tally sent,
        Listing offenders,
        Optional<Listing> invitations,
        Problems problems) implements Closeable {

    /** The records left out of the report because they could not be read. */
    public long skipped() {
        return problems.skipped();
    }

    @Override
    public void close() {
        offenders.close();
        invitations.ifPresent(Listing::close);
        problems.close();
    }
}
