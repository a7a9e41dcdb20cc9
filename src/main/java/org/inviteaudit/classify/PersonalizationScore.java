package org.inviteaudit.classify;

import java.util.Map;
import java.util.Set;

/**
 * How personal a note is, from 0 to 100. Each signal found adds its weight, the evidence that the note was written
 * for its recipient weighing most, and each word of the sender's own adds a little more; the sum is then kept inside
 * the band of the verdict, so that the score never contradicts it: default is always 0, generic at most
 * {@value #GENERIC_MAX}, personalized at least {@value #PERSONALIZED_MIN}.
 *
 * <p>A note that pitches, offers a job or asks for one is scored on its evidence alone: its length says how much the
 * sender wrote about themselves, not about the recipient. Such a note scores at most {@value #PITCH_GENERIC_MAX}
 * when generic and at most {@value #PITCH_PERSONALIZED_MAX} when a shared history makes it personal.
 */
public final class PersonalizationScore {

    static final int GENERIC_MAX = 39;
    static final int PERSONALIZED_MIN = 40;
    static final int PITCH_GENERIC_MAX = 15;
    static final int PITCH_PERSONALIZED_MAX = 70;

    /** The README's table shows these; {@code PersonalizationScoreTest} holds the two to the same numbers. */
    static final Map<Reason, Integer> SIGNAL_WEIGHTS = Map.of(
            Reason.SHARED_CONTEXT, 35,
            Reason.THEIR_WORK, 35,
            Reason.GREETS_BY_NAME, 10,
            Reason.SPECIFIC_DETAIL, 10,
            Reason.INTRODUCES_SENDER, 5);
    static final int POINTS_PER_OWN_WORD = 2;
    static final int OWN_WORDS_MAX_POINTS = 20;

    private PersonalizationScore() {
    }

    /** @param pitched whether the note pitches, offers a job or asks for one */
    static int of(Verdict verdict, Set<Reason> signals, int ownWords, boolean pitched) {
        if (verdict == Verdict.DEFAULT) {
            return 0;
        }
        int points = 0;
        for (Reason signal : signals) {
            if (!pitched || Classifier.EVIDENCE.contains(signal)) {
                points += SIGNAL_WEIGHTS.getOrDefault(signal, 0);
            }
        }
        if (!pitched) {
            points += Math.min(OWN_WORDS_MAX_POINTS, ownWords * POINTS_PER_OWN_WORD);
        }
        if (verdict == Verdict.GENERIC) {
            return Math.min(pitched ? PITCH_GENERIC_MAX : GENERIC_MAX, points);
        }
        return Math.max(PERSONALIZED_MIN, Math.min(pitched ? PITCH_PERSONALIZED_MAX : 100, points));
    }
}
