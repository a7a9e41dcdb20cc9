package org.inviteaudit.classify;

/**
 * How personal a note is, from 0 to 100: the model's probability that it is personal, laid out so that the score
 * never contradicts the verdict. Default is always 0; a generic note scores from 0 to {@value #GENERIC_MAX} as its
 * probability goes from 0 to the model's threshold, a personalized one from {@value #PERSONALIZED_MIN} to 100 as it
 * goes from the threshold to 1. A note that the rules made generic whatever the model says (a merge field, a mass
 * template) keeps the score of its probability, at most {@value #GENERIC_MAX}.
 */
public final class PersonalizationScore {

    static final int GENERIC_MAX = 39;
    static final int PERSONALIZED_MIN = 40;

    private PersonalizationScore() {
    }

    static int of(Verdict verdict, double probability, double threshold) {
        return switch (verdict) {
            case DEFAULT -> 0;
            case GENERIC -> (int) Math.min(GENERIC_MAX, Math.floor(GENERIC_MAX * probability / threshold));
            case PERSONALIZED -> PERSONALIZED_MIN + (int) Math.round((100 - PERSONALIZED_MIN)
                    * Math.max(0, probability - threshold) / (1 - threshold));
        };
    }
}
