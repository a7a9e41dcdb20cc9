package org.inviteaudit.report;

import java.util.Optional;
import org.inviteaudit.classify.Verdict;

/**
 * Which invitations in scope a report lists: the offenders (default and generic), or all of them with
 * {@code --all}; {@code --only} narrows either to one verdict.
 *
 * @param all  whether every invitation is listed, not only the offenders
 * @param only the one verdict to list, if given
 */
public record Selection(boolean all, Optional<Verdict> only) {

    public static final Selection OFFENDERS = new Selection(false, Optional.empty());

    public boolean lists(Verdict verdict) {
        return only.map(wanted -> wanted == verdict).orElse(all || verdict.isOffender());
    }
}
