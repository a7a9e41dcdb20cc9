package org.inviteaudit.report;

import java.util.List;
import org.inviteaudit.classify.Classification;
import org.inviteaudit.classify.Reason;
import org.inviteaudit.classify.Verdict;
import org.inviteaudit.reader.Connections.Acceptance;
import org.inviteaudit.reader.Invitation;

/**
 * An invitation with its verdict, and for a sent one whether it was accepted: the one model that every renderer
 * reads.
 */
public record ClassifiedInvitation(Invitation invitation, Classification classification, Acceptance acceptance) {

    /** One whose acceptance is not known: received, or with no Connections.csv to tell by. */
    public ClassifiedInvitation(Invitation invitation, Classification classification) {
        this(invitation, classification, Acceptance.UNKNOWN);
    }

    /** An offender's reasons, the one that tells most about why it is one first. */
    static final List<Reason> OFFENDER_REASONS_MOST_TELLING_FIRST =
            List.of(Reason.MASS_TEMPLATE, Reason.WRONG_NAME, Reason.PLACEHOLDER, Reason.JOB_REQUEST,
                    Reason.RECRUITER, Reason.SALES_PITCH, Reason.BOILERPLATE, Reason.STOCK_TEXT, Reason.NO_NOTE);

    public Verdict verdict() {
        return classification.verdict();
    }

    public List<Reason> reasons() {
        return classification.reasons();
    }

    public int score() {
        return classification.score();
    }

    /** The reason a one-line summary gives: an offender's most telling one, a personalized invitation's deciding one. */
    public Reason headlineReason() {
        if (verdict().isOffender()) {
            for (Reason telling : OFFENDER_REASONS_MOST_TELLING_FIRST) {
                if (reasons().contains(telling)) {
                    return telling;
                }
            }
        }
        return reasons().get(0);
    }
}
