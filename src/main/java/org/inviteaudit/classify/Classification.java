package org.inviteaudit.classify;

import java.util.List;

/** A verdict and the reasons for it, most telling first. */
public record Classification(Verdict verdict, List<Reason> reasons) {

    public Classification {
        reasons = List.copyOf(reasons);
    }
}
