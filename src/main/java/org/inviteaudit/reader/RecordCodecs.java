package org.inviteaudit.reader;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.inviteaudit.io.SpilledText;
import org.inviteaudit.io.SpillingList;

/** How the records read are written to spill files and read back, field by field. */
public final class RecordCodecs {

    // An object's headers and references, roughly, besides its text.
    private static final long OVERHEAD_BYTES = 200;
    // values() copies its array at every call; a spill is read a record at a time.
    private static final Direction[] DIRECTIONS = Direction.values();
    private static final byte INVITATION_TAG = 0;
    private static final byte PROBLEM_TAG = 1;

    private RecordCodecs() {
    }

    /** An invitation of any input. */
    public static final SpillingList.Codec<Invitation> INVITATION = invitationOf(null);
    /** A problem of any input. */
    public static final SpillingList.Codec<Problem> PROBLEM = problemOf(null);

    /**
     * A record of one input, an invitation or a problem, tagged as which, each written without the input's name, which
     * the list that holds them knows: the records kept of an input all carry it, a path that can be longer than the
     * rest of a record.
     */
    public static SpillingList.Codec<InputRecord> recordOf(String source) {
        SpillingList.Codec<Invitation> invitations = invitationOf(source);
        SpillingList.Codec<Problem> problems = problemOf(source);
        return new SpillingList.Codec<>() {
            @Override
            public void write(DataOutput out, InputRecord record) throws IOException {
                if (record instanceof Invitation invitation) {
                    out.writeByte(INVITATION_TAG);
                    invitations.write(out, invitation);
                } else {
                    out.writeByte(PROBLEM_TAG);
                    problems.write(out, (Problem) record);
                }
            }

            @Override
            public InputRecord read(DataInput in) throws IOException {
                return in.readByte() == INVITATION_TAG ? invitations.read(in) : problems.read(in);
            }

            @Override
            public long estimatedBytes(InputRecord record) {
                return record instanceof Invitation invitation ? invitations.estimatedBytes(invitation)
                        : problems.estimatedBytes((Problem) record);
            }
        };
    }

    /**
     * An invitation, written without the input's name when it is {@code source}: the records kept of one input all
     * carry the same name, a path that can be longer than the rest of the record.
     */
    private static SpillingList.Codec<Invitation> invitationOf(String source) {
        return new SpillingList.Codec<>() {
            @Override
            public void write(DataOutput out, Invitation invitation) throws IOException {
                writeSource(out, invitation.source(), source);
                out.writeLong(invitation.line());
                out.writeByte(invitation.direction().ordinal());
                SpilledText.write(out, invitation.from());
                SpilledText.write(out, invitation.to());
                out.writeBoolean(invitation.sentAt() != null);
                if (invitation.sentAt() != null) {
                    out.writeLong(invitation.sentAt().toEpochSecond(ZoneOffset.UTC));
                }
                SpilledText.write(out, invitation.sentAtRaw());
                SpilledText.write(out, invitation.message());
                SpilledText.write(out, invitation.inviterProfileUrl());
                SpilledText.write(out, invitation.inviteeProfileUrl());
            }

            @Override
            public Invitation read(DataInput in) throws IOException {
                String input = readSource(in, source);
                long line = in.readLong();
                Direction direction = DIRECTIONS[in.readByte()];
                String sender = SpilledText.read(in);
                String recipient = SpilledText.read(in);
                LocalDateTime sentAt = in.readBoolean()
                        ? LocalDateTime.ofEpochSecond(in.readLong(), 0, ZoneOffset.UTC) : null;
                return new Invitation(input, line, direction, sender, recipient, sentAt, SpilledText.read(in),
                        SpilledText.read(in), SpilledText.read(in), SpilledText.read(in));
            }

            @Override
            public long estimatedBytes(Invitation invitation) {
                return OVERHEAD_BYTES + SpilledText.memoryBytes(invitation.source())
                        + SpilledText.memoryBytes(invitation.from()) + SpilledText.memoryBytes(invitation.to())
                        + SpilledText.memoryBytes(invitation.sentAtRaw())
                        + SpilledText.memoryBytes(invitation.message())
                        + SpilledText.memoryBytes(invitation.inviterProfileUrl())
                        + SpilledText.memoryBytes(invitation.inviteeProfileUrl());
            }
        };
    }

    /** A problem, written without the input's name when it is {@code source}, as {@link #invitationOf} does. */
    private static SpillingList.Codec<Problem> problemOf(String source) {
        return new SpillingList.Codec<>() {
            @Override
            public void write(DataOutput out, Problem problem) throws IOException {
                writeSource(out, problem.source(), source);
                out.writeLong(problem.line());
                SpilledText.write(out, problem.message());
                out.writeBoolean(problem.skipped());
            }

            @Override
            public Problem read(DataInput in) throws IOException {
                return new Problem(readSource(in, source), in.readLong(), SpilledText.read(in), in.readBoolean());
            }

            @Override
            public long estimatedBytes(Problem problem) {
                return OVERHEAD_BYTES + SpilledText.memoryBytes(problem.source())
                        + SpilledText.memoryBytes(problem.message());
            }
        };
    }

    private static void writeSource(DataOutput out, String source, String known) throws IOException {
        boolean isKnown = source.equals(known);
        out.writeBoolean(isKnown);
        if (!isKnown) {
            SpilledText.write(out, source);
        }
    }

    private static String readSource(DataInput in, String known) throws IOException {
        return in.readBoolean() ? known : SpilledText.read(in);
    }
}
