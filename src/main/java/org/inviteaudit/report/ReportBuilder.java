package org.inviteaudit.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.inviteaudit.reader.Problem;

/** Collects classified invitations and problems, in file order, into a {@link Report}. */
public final class ReportBuilder {

    private final DirectionScope scope;
    private final List<String> sources = new ArrayList<>();
    private final OwnerTally owner = new OwnerTally();
    private final Tally all = new Tally();
    private final Tally received = new Tally();
    private final Tally sent = new Tally();
    private final Listing offenders;
    private final Optional<Listing> invitations;
    private final Problems problems = new Problems();

    /**
     * @param listAll whether the report lists every invitation in scope, not only the offenders
     * @param order   which of the listed invitations are kept, and in what order
     */
    public ReportBuilder(DirectionScope scope, boolean listAll, Listing.Order order) {
        this.scope = scope;
        this.offenders = new Listing(order);
        this.invitations = listAll ? Optional.of(new Listing(order)) : Optional.empty();
    }

    public void source(String name) {
        sources.add(name);
    }

    public void add(ClassifiedInvitation classified) {
        // The owner is told from every record, so that --direction does not change whose export it is.
        owner.add(classified.invitation().ownerSide());
        if (!scope.includes(classified.invitation().direction())) {
            return;
        }
        all.add(classified.verdict());
        switch (classified.invitation().direction()) {
            case RECEIVED -> received.add(classified.verdict());
            case SENT -> sent.add(classified.verdict());
        }
        if (classified.verdict().isOffender()) {
            offenders.add(classified);
        }
        invitations.ifPresent(listing -> listing.add(classified));
    }

    public void problem(Problem problem) {
        problems.add(problem);
    }

    /** Drops what was collected, temporary files included, when the audit cannot finish. */
    public void discard() {
        build().close();
    }

    public Report build() {
        return new Report(owner.owner(), List.copyOf(sources), scope, all, received, sent,
                offenders, invitations, problems);
    }
}
