package org.inviteaudit.classify;

import java.util.List;

/**
 * A verdict, the reasons for it (most telling first) and a personalization score from 0 to 100 (see
 * {@link PersonalizationScore}).
 */
public record Classification(Verdict verdict, List<Reason> reasons, int score) {

    public Classification {
        reasons = List.copyOf(reasons);
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score out of 0..100: " + score);
        }
    }
}
