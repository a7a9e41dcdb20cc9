package org.inviteaudit.classify;

import java.util.Map;
import java.util.Set;

/**
 * How personal a note is, from 0 to 100. Each signal found adds its weight, and each word of the sender's own adds
 * a little more; the sum is then kept inside the band of the verdict, so that the score never contradicts it:
 * default is always 0, generic at most {@value #GENERIC_MAX}, personalized at least {@value #PERSONALIZED_MIN}.
 */
public final class PersonalizationScore {

    static final int GENERIC_MAX = 39;
    static final int PERSONALIZED_MIN = 40;

    /** The README's table shows these; {@code PersonalizationScoreTest} holds the two to the same numbers. */
    static final Map<Reason, Integer> SIGNAL_WEIGHTS = Map.of(
            Reason.GREETS_BY_NAME, 15,
            Reason.SHARED_CONTEXT, 25,
            Reason.THEIR_WORK, 25,
            Reason.INTRODUCES_SENDER, 20,
            Reason.SPECIFIC_DETAIL, 15);
    static final int POINTS_PER_OWN_WORD = 2;
    static final int OWN_WORDS_MAX_POINTS = 20;

    private PersonalizationScore() {
    }

    static int of(Verdict verdict, Set<Reason> signals, int ownWords) {
        if (verdict == Verdict.DEFAULT) {
            return 0;
        }
        int points = Math.min(OWN_WORDS_MAX_POINTS, ownWords * POINTS_PER_OWN_WORD);
        for (Reason signal : signals) {
            points += SIGNAL_WEIGHTS.getOrDefault(signal, 0);
        }
        return verdict == Verdict.GENERIC
                ? Math.min(GENERIC_MAX, points)
                : Math.max(PERSONALIZED_MIN, Math.min(100, points));
    }
}
