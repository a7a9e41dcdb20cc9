package org.inviteaudit.report;

import java.util.EnumMap;
import java.util.Map;
import org.inviteaudit.classify.Verdict;
import org.inviteaudit.reader.Connections.Acceptance;

/** How many sent invitations of each verdict were accepted, as far as the export's Connections.csv tells. */
public final class AcceptanceTally {

    /** Fewer invitations of a verdict than this tell too little to compare its rate with another's. */
    public static final int SMALL_SAMPLE = 10;
    // The normal quantile for a two-sided 95 % interval.
    private static final double Z = 1.959964;

    /**
     * One verdict's sent invitations.
     *
     * @param ambiguous those whose recipient's name two connections share: neither accepted nor not
     */
    public record Rate(long accepted, long notAccepted, long ambiguous) {

        /** The invitations that could be told: accepted or not. */
        public long told() {
            return accepted + notAccepted;
        }

        public boolean smallSample() {
            return told() < SMALL_SAMPLE;
        }

        /** The share accepted, from 0 to 1; NaN when none could be told. */
        public double share() {
            return told() == 0 ? Double.NaN : (double) accepted / told();
        }

        /** The Wilson score interval at 95 %: {low, high}, both NaN when none could be told. */
        public double[] interval() {
            if (told() == 0) {
                return new double[] {Double.NaN, Double.NaN};
            }
            double n = told();
            double p = share();
            double z2 = Z * Z;
            double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
            double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
            return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
        }
    }

    private final Map<Verdict, long[]> counts = new EnumMap<>(Verdict.class);
    private boolean known;

    /** Says that a Connections.csv was read, so that acceptance can be told. */
    void known() {
        known = true;
    }

    void add(Verdict verdict, Acceptance acceptance) {
        long[] of = counts.computeIfAbsent(verdict, v -> new long[3]);
        switch (acceptance) {
            case ACCEPTED -> of[0]++;
            case NOT_ACCEPTED -> of[1]++;
            case AMBIGUOUS -> of[2]++;
            case UNKNOWN -> { }
        }
    }

    /** Whether a Connections.csv was read: without one, no acceptance can be told. */
    public boolean isKnown() {
        return known;
    }

    public Rate of(Verdict verdict) {
        long[] of = counts.getOrDefault(verdict, new long[3]);
        return new Rate(of[0], of[1], of[2]);
    }
}
