package org.inviteaudit.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.inviteaudit.classify.Reason;
import org.inviteaudit.reader.Direction;
import org.inviteaudit.reader.Invitation;
import org.inviteaudit.reader.Problem;

/** Collects classified invitations and problems, in file order, into a {@link Report}. */
public final class ReportBuilder {

    /** What an audit is asked to report, and how. */
    public record Options(AuditScope scope, Selection selection, Listed.Plan plan, boolean redact) {
    }


    private final Options options;
    private final Consumer<ClassifiedInvitation> onListed;
    private final List<String> sources = new ArrayList<>();
    private final OwnerTally owner = new OwnerTally();
    private final Tally all = new Tally();
    private final Tally received = new Tally();
    private final Tally sent = new Tally();
    // At most one entry a month: bounded by the span of dates, not by the number of records.
    private final Map<Direction, SortedMap<YearMonth, Tally>> monthsByDirection = new EnumMap<>(Map.of(
            Direction.RECEIVED, new TreeMap<>(), Direction.SENT, new TreeMap<>()));
    private final RepeatOffenders senders = new RepeatOffenders();
    private final RepeatOffenders sentNotes = new RepeatOffenders();
    private final Listed listed;
    private final Problems problems = new Problems();
    private final AcceptanceTally acceptance = new AcceptanceTally();
    private long repeated;
    private long undatedLeftOut;

    /**
     * @param onListed told of each listed invitation as it is read, for a renderer that writes as it goes
     */
    public ReportBuilder(Options options, Consumer<ClassifiedInvitation> onListed) {
        this.options = options;
        this.onListed = onListed;
        this.listed = new Listed(options.plan());
    }

    public ReportBuilder(Options options) {
        this(options, invitation -> { });
    }

    public void source(String name) {
        sources.add(name);
    }

    public void add(ClassifiedInvitation classified) {
        // The owner is told from every record, so that the scope does not change whose export it is.
        String ownerSide = classified.invitation().ownerSide();
        owner.add(options.redact() ? Redaction.initials(ownerSide) : ownerSide);
        if (!options.scope().includes(classified.invitation())) {
            undatedLeftOut += options.scope().leavesOutForWantOfADate(classified.invitation()) ? 1 : 0;
            return;
        }
        all.add(classified.verdict());
        switch (classified.invitation().direction()) {
            case RECEIVED -> received.add(classified.verdict());
            case SENT -> {
                sent.add(classified.verdict());
                acceptance.add(classified.verdict(), classified.acceptance());
            }
        }
        if (classified.verdict().isOffender() && options.plan().repeatOffenders()) {
            repeatOffender(classified);
        }
        if (classified.invitation().sentAt() != null) {
            YearMonth month = YearMonth.from(classified.invitation().sentAt());
            monthsByDirection.get(classified.invitation().direction()).computeIfAbsent(month, m -> new Tally())
                    .add(classified.verdict());
        }
        if (options.selection().lists(classified.verdict())) {
            // Redaction changes no date, direction or verdict: only what is listed needs it.
            ClassifiedInvitation shown = options.redact() ? Redaction.apply(classified) : classified;
            listed.add(shown);
            onListed.accept(shown);
        }
    }

    /**
     * Counts an offender by its sender, when received; by its note when sent, the names of both people set aside, so
     * that one template sent to many is one group ("Hi {name}, … — {me}"). A sent invitation without a note, or with
     * none beyond a greeting ("Hi!", "."), is in no group: the counts already say how many went without one.
     */
    private void repeatOffender(ClassifiedInvitation classified) {
        Invitation invitation = classified.invitation();
        if (invitation.direction() == Direction.RECEIVED) {
            String sender = invitation.from();
            senders.add(sender, options.redact() ? Redaction.initials(sender) : sender, classified.verdict(),
                    classified.headlineReason());
        } else if (!classified.classification().reasons().contains(Reason.NO_NOTE)) {
            String note = SentNoteTemplate.of(invitation);
            sentNotes.add(note, note, classified.verdict(), classified.headlineReason());
        }
    }

    /** Whether the report tells acceptance at all: only of sent invitations, so not with --direction received. */
    public boolean needsAcceptance() {
        return options.scope().direction().includes(Direction.SENT);
    }

    /** Says that the export's Connections.csv was read: acceptance is told. */
    public void connectionsRead() {
        acceptance.known();
    }

    /** Counts an invitation left out because an earlier input held it too. */
    public void repeated() {
        repeated++;
    }

    public void problem(Problem problem) {
        problems.add(problem);
    }

    /** Drops what was collected, temporary files included, when the audit cannot finish. */
    public void discard() {
        build().close();
    }

    public Report build() {
        return new Report(owner.owner(), List.copyOf(sources), options.scope(), options.selection(), all, received,
                sent, acceptance, monthsByDirection, senders, sentNotes, listed, problems, repeated,
                undatedLeftOut);
    }
}
