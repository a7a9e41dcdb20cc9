package org.inviteaudit.report;

import java.time.LocalDate;
import java.util.Optional;
import org.inviteaudit.reader.Invitation;

/**
 * Which invitations the counts and lists cover: a direction and, optionally, a span of dates (both ends included).
 * An invitation whose date could not be read is outside any span of dates, since it cannot be placed in one.
 */
public record AuditScope(DirectionScope direction, Optional<LocalDate> since, Optional<LocalDate> until) {

    public static AuditScope of(DirectionScope direction) {
        return new AuditScope(direction, Optional.empty(), Optional.empty());
    }

    /** Whether the invitation is out of scope only because its date could not be read, and a span of dates is set. */
    public boolean leavesOutForWantOfADate(Invitation invitation) {
        return invitation.sentAt() == null && (since.isPresent() || until.isPresent())
                && direction.includes(invitation.direction());
    }

    public boolean includes(Invitation invitation) {
        if (!direction.includes(invitation.direction())) {
            return false;
        }
        if (since.isEmpty() && until.isEmpty()) {
            return true;
        }
        if (invitation.sentAt() == null) {
            return false;
        }
        LocalDate day = invitation.sentAt().toLocalDate();
        return since.map(start -> !day.isBefore(start)).orElse(true)
                && until.map(end -> !day.isAfter(end)).orElse(true);
    }
}
