package org.inviteaudit.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.inviteaudit.classify.Classification;
import org.inviteaudit.classify.Classifier;
import org.inviteaudit.classify.Explanation;
import org.inviteaudit.classify.Reason;
import org.inviteaudit.classify.Verdict;

/**
 * Judges a draft with the audit's classifier and turns what it found into advice, drawn from what a personal note
 * does: it greets the person, says how you know each other, and if you don't, introduces you and says why.
 */
public final class DraftAdvisor {

    /** LinkedIn refuses longer notes. */
    public static final int NOTE_LIMIT = 300;
    /** Third parties report this limit for free accounts; LinkedIn's help does not confirm it. */
    public static final int FREE_ACCOUNT_LIMIT = 200;

    // What a note that sells, offers or asks lacks: the reason it goes to this person.
    private static final Map<Reason, String> PITCH_HINTS = Map.of(
            Reason.SALES_PITCH, "Say why this person, not what you sell: what of their own work, or of your shared "
                    + "history, makes you write to them?",
            Reason.RECRUITER, "Say why them rather than anyone with their title: which of their own work fits the "
                    + "role, or who pointed you to them.",
            Reason.JOB_REQUEST, "Say what ties you to them before you ask: where you met, whom you both know, or "
                    + "which of their work brought you to them.");

    private final Classifier classifier;

    public DraftAdvisor(Classifier classifier) {
        this.classifier = classifier;
    }

    /**
     * @param recipient the person the note is for, when given: the advice then checks the greeting
     */
    public DraftAdvice advise(String draft, Optional<String> recipient) {
        Explanation explanation = classifier.explain(draft, "", recipient.orElse(""));
        Classification classification = explanation.classification();
        List<Reason> reasons = classification.reasons();
        Set<Reason> signals = explanation.signals();
        List<String> hints = new ArrayList<>();

        // Conditions and loops, not Optional.map or streams: check links no lambda (docs/code.md).
        Optional<String> firstName = recipient.isPresent() ? Optional.of(firstName(recipient.get())) : Optional.empty();
        Optional<String> greeted = explanation.greeted();
        if (firstName.isEmpty() && greeted.isPresent()) {
            hints.add("Check that " + greeted.get() + " is how they write their name (give --to NAME "
                    + "and check will).");
        } else if (firstName.isEmpty()) {
            hints.add("Greet them by name (give --to NAME and check will look for it).");
        } else if (reasons.contains(Reason.WRONG_NAME)) {
            hints.add("The greeting names someone else: this note is for " + firstName.get() + ".");
        } else if (!signals.contains(Reason.GREETS_BY_NAME)) {
            hints.add("Greet " + firstName.get() + " by name: start with \"Hi " + firstName.get() + ",\".");
        }
        // A note that names their work has its reason to write; only one with neither tie is told to find one.
        if (!signals.contains(Reason.SHARED_CONTEXT) && !signals.contains(Reason.THEIR_WORK)) {
            hints.add("Say how you know each other or where you met, as in \"Great talking with you at the meetup "
                    + "yesterday\".");
            if (!signals.contains(Reason.INTRODUCES_SENDER)) {
                hints.add("If you don't know them, introduce yourself and say why you're reaching out.");
            }
            hints.add("Or name what of theirs brought you to them, as in \"your talk on event sourcing at "
                    + "JFokus\".");
        }
        if (classification.verdict() != Verdict.PERSONALIZED) {
            for (Reason reason : reasons) {
                String hint = PITCH_HINTS.get(reason);
                if (hint != null) {
                    hints.add(hint);
                }
            }
        }
        for (String stock : explanation.stockTexts()) {
            hints.add("Replace LinkedIn's stock text \"" + stock + "\" with words of your own.");
        }
        for (String phrase : explanation.boilerplate()) {
            hints.add("Replace the boilerplate \"" + phrase + "\": it could go to anyone.");
        }
        for (String placeholder : explanation.placeholders()) {
            hints.add("Fill in the merge field " + placeholder + ".");
        }
        String stripped = draft.strip();
        int length = stripped.codePointCount(0, stripped.length());
        return new DraftAdvice(classification.verdict(), classification.score(), reasons, hints, warnings(length),
                length);
    }

    private static List<String> warnings(int length) {
        String freeAccounts = "free accounts may be held to " + FREE_ACCOUNT_LIMIT
                + " characters and to 5 personal notes a month";
        if (length > NOTE_LIMIT) {
            return List.of("The draft is " + length + " characters, over LinkedIn's " + NOTE_LIMIT
                    + "-character limit for a note; " + freeAccounts + ".");
        }
        if (length > FREE_ACCOUNT_LIMIT) {
            return List.of("The draft is " + length + " characters: within LinkedIn's " + NOTE_LIMIT + ", but "
                    + freeAccounts + ".");
        }
        return List.of();
    }

    private static String firstName(String name) {
        String trimmed = name.strip();
        int space = trimmed.indexOf(' ');
        return space > 0 ? trimmed.substring(0, space) : trimmed;
    }
}
