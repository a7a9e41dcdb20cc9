package org.inviteaudit.classify;

import java.util.Optional;

/** Why an invitation got its verdict. The ids are part of the output contract: never rename one. */
public enum Reason {
    NO_NOTE("no-note"),
    /** The same note, or nearly the same, went from one sender to many people, or came from many senders. */
    MASS_TEMPLATE("mass-template"),
    /** The note greets someone other than its recipient: a mail-merge slip. */
    WRONG_NAME("wrong-name"),
    /** The note offers a product or a service, with nothing that ties it to its recipient. */
    SALES_PITCH("sales-pitch"),
    /** The note offers a job opening, with nothing that ties it to its recipient. */
    RECRUITER("recruiter"),
    /** The note asks for a job, a referral or a look at a CV, with nothing that ties it to its recipient. */
    JOB_REQUEST("job-request"),
    STOCK_TEXT("stock-text"),
    BOILERPLATE("boilerplate"),
    PLACEHOLDER("placeholder"),
    GREETS_BY_NAME("greets-by-name"),
    SHARED_CONTEXT("shared-context"),
    THEIR_WORK("their-work"),
    INTRODUCES_SENDER("introduces-sender"),
    SPECIFIC_DETAIL("specific-detail"),
    /** Personal words that none of the named signals describes. */
    OWN_WORDS("own-words"),
    /** Nothing in the note ties it to its recipient: it could have gone to anyone. */
    NO_TIE("no-tie");

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
