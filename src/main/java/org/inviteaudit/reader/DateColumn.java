package org.inviteaudit.reader;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Passes a file's records on with their dates read in the order its column shows ({@link DateOrder}): a record whose
 * date could be read day or month first waits, with every record after it, until a later date settles the order,
 * and is then passed on read so. At most {@link #MOST_HELD} records wait, the doubtful and those after them alike,
 * holding at most {@link #MOST_HELD_CHARS} of text
 * (a record may hold a mebibyte of note): past that, or at the end of the file, nothing has settled it, and the month
 * comes first, as LinkedIn writes it. Records keep their file order whatever waits.
 */
final class DateColumn {

    /** A column whose every date has its day and month at 12 or under is held no further than this. */
    static final int MOST_HELD = 5_000;
    static final long MOST_HELD_CHARS = 4L << 20;

    private final RecordSink sink;
    private final DateOrder order;
    // Problems, and invitations with their Sent At as read, so that none is read again when they are let go.
    private final List<Object> held = new ArrayList<>();
    private int heldInvitations;
    private long heldChars;

    DateColumn(String source, RecordSink sink) {
        this.sink = sink;
        this.order = new DateOrder(source);
    }

    /**
     * @param invitation its date read month first, as {@code reading} gives it
     * @param reading    its Sent At as read, both ways
     */
    void invitation(Invitation invitation, SentAtParser.Reading reading) {
        order.learn(reading, invitation.sentAtRaw(), invitation.line(), heldInvitations > 0).ifPresent(settled -> {
            flush();
            sink.problem(settled);
        });
        if (reading.isAmbiguous() && !order.isSettled()) {
            hold(new Held(invitation, reading));
            return;
        }
        if (reading.isAmbiguous()) {
            order.tellFor(invitation.line()).ifPresent(this::problem);
        }
        if (held.isEmpty()) {
            sink.invitation(dated(invitation, reading));
        } else {
            hold(new Held(invitation, reading));
        }
    }

    void problem(Problem problem) {
        if (held.isEmpty()) {
            sink.problem(problem);
        } else {
            hold(problem);
        }
    }

    /** At the end of the file: what still waits is read month first, and that is said. */
    void finish() {
        if (!held.isEmpty()) {
            settleUnsettled();
        }
    }

    private void settleUnsettled() {
        Invitation first = held.stream().filter(Held.class::isInstance).map(record -> ((Held) record).invitation())
                .findFirst().orElseThrow();
        sink.problem(order.unsettled(first.sentAtRaw(), first.line()));
        flush();
    }

    private void flush() {
        List<Object> waiting = new ArrayList<>(held);
        held.clear();
        heldInvitations = 0;
        heldChars = 0;
        for (Object record : waiting) {
            if (record instanceof Held invitation) {
                sink.invitation(dated(invitation.invitation(), invitation.reading()));
            } else {
                sink.problem((Problem) record);
            }
        }
    }

    /**
     * Keeps a record back, and counts it, whatever it is, against the bounds: once one waits, every record after it
     * does, and all of them take memory.
     */
    private void hold(Object record) {
        held.add(record);
        if (record instanceof Held waiting) {
            Invitation invitation = waiting.invitation();
            heldInvitations++;
            heldChars += invitation.message().length() + invitation.from().length() + invitation.to().length()
                    + invitation.sentAtRaw().length() + invitation.inviterProfileUrl().length()
                    + invitation.inviteeProfileUrl().length();
        } else {
            heldChars += ((Problem) record).message().length();
        }
        if (held.size() >= MOST_HELD || heldChars >= MOST_HELD_CHARS) {
            settleUnsettled();
        }
    }

    /** An invitation kept back, with its Sent At as read both ways. */
    private record Held(Invitation invitation, SentAtParser.Reading reading) {
    }

    /** The invitation with its date read in the column's order: the same one where that changes nothing. */
    private Invitation dated(Invitation invitation, SentAtParser.Reading reading) {
        LocalDateTime sentAt = reading.in(order.isDayFirst()).orElse(null);
        if (invitation.sentAt() == null || invitation.sentAt().equals(sentAt)) {
            return invitation;
        }
        return new Invitation(invitation.source(), invitation.line(), invitation.direction(), invitation.from(),
                invitation.to(), sentAt, invitation.sentAtRaw(), invitation.message(),
                invitation.inviterProfileUrl(), invitation.inviteeProfileUrl());
    }
}
