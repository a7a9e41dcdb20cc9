package org.inviteaudit.render;

import java.util.List;
import java.util.stream.Collectors;
import org.inviteaudit.classify.Reason;
import org.inviteaudit.reader.Invitation;
import org.inviteaudit.report.ClassifiedInvitation;

/** An invitation as a row of fields, for the CSV and TSV formats: their columns, named in their header. */
final class InvitationRow {

    static final List<String> COLUMNS =
            List.of("line", "direction", "from", "to", "sentAt", "verdict", "score", "reasons", "message", "source",
                    "accepted", "sentAtRaw", "inviterProfileUrl", "inviteeProfileUrl");

    private InvitationRow() {
    }

    /**
     * The fields in the order of {@link #COLUMNS}; a missing date is empty, the reasons are joined by ";", and
     * acceptance is true, false or empty when it cannot be told; then the date as the export wrote it and the two
     * profile URLs, as JSON has them, so that a spreadsheet can link back to the people.
     */
    static List<String> fields(ClassifiedInvitation classified) {
        Invitation invitation = classified.invitation();
        return List.of(
                String.valueOf(invitation.line()),
                invitation.direction().id(),
                invitation.from(),
                invitation.to(),
                invitation.sentAt() == null ? "" : invitation.sentAt().toString(),
                classified.verdict().id(),
                String.valueOf(classified.score()),
                classified.reasons().stream().map(Reason::id).collect(Collectors.joining(";")),
                invitation.message(),
                invitation.source(),
                switch (classified.acceptance()) {
                    case ACCEPTED -> "true";
                    case NOT_ACCEPTED -> "false";
                    case AMBIGUOUS, UNKNOWN -> "";
                },
                invitation.sentAtRaw(),
                invitation.inviterProfileUrl(),
                invitation.inviteeProfileUrl());
    }
}
