package org.inviteaudit.report;

import java.util.List;
import org.inviteaudit.classify.Classification;
import org.inviteaudit.classify.Reason;
import org.inviteaudit.classify.Verdict;
import org.inviteaudit.reader.Invitation;

/** An invitation with its verdict: the one model that every renderer reads. */
public record ClassifiedInvitation(Invitation invitation, Classification classification) {

    public Verdict verdict() {
        return classification.verdict();
    }

    public List<Reason> reasons() {
        return classification.reasons();
    }

    public int score() {
        return classification.score();
    }
}
