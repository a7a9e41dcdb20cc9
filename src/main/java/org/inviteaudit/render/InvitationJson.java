package org.inviteaudit.render;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.inviteaudit.classify.Reason;
import org.inviteaudit.reader.Invitation;
import org.inviteaudit.report.ClassifiedInvitation;

/** The INVITATION object of the JSON and NDJSON formats, written one way for both. */
final class InvitationJson {

    private InvitationJson() {
    }

    static void write(ClassifiedInvitation classified, JsonGenerator json) throws IOException {
        Invitation invitation = classified.invitation();
        json.writeStartObject();
        json.writeStringField("source", invitation.source());
        json.writeNumberField("line", invitation.line());
        json.writeStringField("direction", invitation.direction().id());
        json.writeStringField("from", invitation.from());
        json.writeStringField("to", invitation.to());
        json.writeStringField("sentAt", invitation.sentAt() == null ? null : invitation.sentAt().toString());
        json.writeStringField("sentAtRaw", invitation.sentAtRaw());
        json.writeStringField("message", invitation.message());
        json.writeStringField("verdict", classified.verdict().id());
        json.writeNumberField("score", classified.score());
        json.writeArrayFieldStart("reasons");
        for (Reason reason : classified.reasons()) {
            json.writeString(reason.id());
        }
        json.writeEndArray();
        json.writeStringField("inviterProfileUrl", emptyToNull(invitation.inviterProfileUrl()));
        json.writeStringField("inviteeProfileUrl", emptyToNull(invitation.inviteeProfileUrl()));
        json.writeFieldName("accepted");
        switch (classified.acceptance()) {
            case ACCEPTED -> json.writeBoolean(true);
            case NOT_ACCEPTED -> json.writeBoolean(false);
            case AMBIGUOUS, UNKNOWN -> json.writeNull();
        }
        json.writeEndObject();
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
