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
            hold(invitation);
            return;
        }
        if (reading.isAmbiguous()) {
            order.tellFor(invitation.line()).ifPresent(this::problem);
        }
        pass(dated(invitation, reading));
    }

    void problem(Problem problem) {
        pass(problem);
    }

    /** At the end of the file: what still waits is read month first, and that is said. */
    void finish() {
        if (!held.isEmpty()) {
            settleUnsettled();
        }
    }

    private void settleUnsettled() {
        Invitation first = (Invitation) held.stream().filter(Invitation.class::isInstance).findFirst().orElseThrow();
        sink.problem(order.unsettled(first.sentAtRaw(), first.line()));
        flush();
    }

    private void flush() {
        List<Object> waiting = new ArrayList<>(held);
        held.clear();
        heldInvitations = 0;
        heldChars = 0;
        for (Object record : waiting) {
            if (record instanceof Invitation invitation) {
                sink.invitation(dated(invitation, SentAtParser.read(invitation.sentAtRaw())));
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
        if (record instanceof Invitation invitation) {
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

    private void pass(Object record) {
        if (!held.isEmpty()) {
            hold(record);
        } else if (record instanceof Invitation invitation) {
            sink.invitation(invitation);
        } else {
            sink.problem((Problem) record);
        }
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
