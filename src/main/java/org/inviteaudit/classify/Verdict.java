package org.inviteaudit.classify;

/** How much thought went into an invitation's wording, from none to some: the constants go from worst to best. */
public enum Verdict {
    /** No note, or LinkedIn's own stock wording. */
    DEFAULT("default"),
    /** A note that could have gone to anyone: boilerplate, or a merge field left unfilled. */
    GENERIC("generic"),
    /** A note written for this person. */
    PERSONALIZED("personalized");

    private final String id;

    Verdict(String id) {
        this.id = id;
    }

    /** The stable lower-case name used in every output format. */
    public String id() {
        return id;
    }

    /** Whether this verdict is {@code other} or a worse one: generic is as bad as generic, and default worse. */
    public boolean isAsBadAs(Verdict other) {
        return compareTo(other) <= 0;
    }

    /** Default and generic invitations are the ones the report calls offenders. */
    public boolean isOffender() {
        return this != PERSONALIZED;
    }
}
