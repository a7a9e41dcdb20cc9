package org.inviteaudit.check;

import java.util.List;
import org.inviteaudit.classify.Reason;
import org.inviteaudit.classify.Verdict;

/**
 * What {@code invite-audit check} says of a draft note.
 *
 * @param score    how personal the draft is, from 0 to 100, as the audit scores an invitation
 * @param length   the draft's length in characters, as LinkedIn counts them
 * @param hints    concrete suggestions, from what a good note does
 * @param warnings limits the draft runs into
 */
public record DraftAdvice(Verdict verdict, int score, List<Reason> reasons, List<String> hints, List<String> warnings,
        int length) {

    public DraftAdvice {
        reasons = List.copyOf(reasons);
        hints = List.copyOf(hints);
        warnings = List.copyOf(warnings);
    }
}
