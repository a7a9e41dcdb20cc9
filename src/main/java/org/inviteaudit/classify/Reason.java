package org.inviteaudit.classify;

import java.util.Optional;

/** Why an invitation got its verdict. The ids are part of the output contract: never rename one. */
public enum Reason {
    NO_NOTE("no-note"),
    /** One sender sent the same note, or nearly the same, to many people. */
    MASS_TEMPLATE("mass-template"),
    /** The note greets someone other than its recipient: a mail-merge slip. */
    WRONG_NAME("wrong-name"),
    STOCK_TEXT("stock-text"),
    BOILERPLATE("boilerplate"),
    PLACEHOLDER("placeholder"),
    GREETS_BY_NAME("greets-by-name"),
    SHARED_CONTEXT("shared-context"),
    THEIR_WORK("their-work"),
    INTRODUCES_SENDER("introduces-sender"),
    SPECIFIC_DETAIL("specific-detail"),
    /** Personal words that none of the named signals describes. */
    OWN_WORDS("own-words");

    private final String id;

    Reason(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Reason> fromId(String id) {
        for (Reason reason : values()) {
            if (reason.id.equals(id)) {
                return Optional.of(reason);
            }
        }
        return Optional.empty();
    }
}
