package org.inviteaudit.reader;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One record of an invitations export, as read.
 *
 * @param source    the name of the input it came from
 * @param line      the 1-based line on which the record starts (the header is line 1)
 * @param sentAt    the date and time, or null when {@code sentAtRaw} could not be read
 * @param message   the note as written, empty when there is none
 * @param inviterProfileUrl the sender's profile address as the export gives it, empty when it gives none
 * @param inviteeProfileUrl the recipient's, likewise
 */
public record Invitation(
        String source,
        long line,
        Direction direction,
        String from,
        String to,
        LocalDateTime sentAt,
        String sentAtRaw,
        String message,
        String inviterProfileUrl,
        String inviteeProfileUrl) implements InputRecord {

    public Invitation {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(sentAtRaw, "sentAtRaw");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(inviterProfileUrl, "inviterProfileUrl");
        Objects.requireNonNull(inviteeProfileUrl, "inviteeProfileUrl");
    }

    @Override
    public void deliverTo(RecordSink sink) {
        sink.invitation(this);
    }

    /** The person at the other end from the export's owner. */
    public String otherParty() {
        return direction == Direction.RECEIVED ? from : to;
    }

    /** The export's owner as this record names them. */
    public String ownerSide() {
        return direction == Direction.RECEIVED ? to : from;
    }
}
