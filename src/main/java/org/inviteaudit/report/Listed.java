package org.inviteaudit.report;

import java.io.Closeable;
import java.util.EnumMap;
import java.util.Map;
import org.inviteaudit.classify.Verdict;

/**
 * The invitations a report lists, kept as its renderer needs them: in one listing, or in one listing per verdict,
 * or not kept at all by a renderer that writes each as it is read.
 */
public final class Listed implements Closeable {

    /**
     * What a renderer needs of the report beyond its counts: how the listed invitations are kept, and whether the
     * repeat offenders are counted. A format that streams each invitation as it is read (NDJSON, CSV, TSV) keeps
     * none and shows no table of repeat offenders, so it pays for neither; a report written whole at the end (text,
     * HTML, JSON) has both, though the JSON report's renderer keeps the listed invitations itself, rendered as they
     * are read ({@link #RENDERED_AS_READ}).
     *
     * @param repeatOffenders whether to count the repeat senders and sent notes ({@link Report#senders()})
     */
    public record Plan(Keeping keeping, Listing.Order order, boolean repeatOffenders) {

        public static final Plan NOT_KEPT = new Plan(Keeping.NONE, Listing.Order.FILE_ORDER, false);

        /** For a renderer that keeps the listed invitations itself, as it renders them when read. */
        public static final Plan RENDERED_AS_READ = new Plan(Keeping.NONE, Listing.Order.FILE_ORDER, true);

        public static Plan inOne(Listing.Order order) {
            return new Plan(Keeping.IN_ONE, order, true);
        }

        public static Plan byVerdict(Listing.Order order) {
            return new Plan(Keeping.BY_VERDICT, order, true);
        }
    }

    /** Whether and how the listed invitations are kept. */
    public enum Keeping { NONE, IN_ONE, BY_VERDICT }

    private final Plan plan;
    private final Listing one;
    private final Map<Verdict, Listing> byVerdict = new EnumMap<>(Verdict.class);
    private long count;

    Listed(Plan plan) {
        this.plan = plan;
        this.one = plan.keeping() == Keeping.IN_ONE ? new Listing(plan.order()) : null;
        if (plan.keeping() == Keeping.BY_VERDICT) {
            for (Verdict verdict : Verdict.values()) {
                byVerdict.put(verdict, new Listing(plan.order()));
            }
        }
    }

    void add(ClassifiedInvitation invitation) {
        count++;
        switch (plan.keeping()) {
            case IN_ONE -> one.add(invitation);
            case BY_VERDICT -> byVerdict.get(invitation.verdict()).add(invitation);
            case NONE -> { }
        }
    }

    /** How many invitations are listed, kept or not. */
    public long count() {
        return count;
    }

    /** All listed invitations, for a plan that keeps them in one listing. */
    public Listing inOne() {
        if (one == null) {
            throw new IllegalStateException("the listed invitations are kept " + plan.keeping());
        }
        return one;
    }

    /** The listed invitations with one verdict, for a plan that keeps them by verdict. */
    public Listing withVerdict(Verdict verdict) {
        if (byVerdict.isEmpty()) {
            throw new IllegalStateException("the listed invitations are kept " + plan.keeping());
        }
        return byVerdict.get(verdict);
    }

    @Override
    public void close() {
        if (one != null) {
            one.close();
        }
        byVerdict.values().forEach(Listing::close);
    }
}
