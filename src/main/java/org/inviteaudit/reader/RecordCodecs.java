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

    private RecordCodecs() {
    }

    public static final SpillingList.Codec<Invitation> INVITATION = new SpillingList.Codec<>() {
        @Override
        public void write(DataOutput out, Invitation invitation) throws IOException {
            SpilledText.write(out, invitation.source());
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
            String source = SpilledText.read(in);
            long line = in.readLong();
            Direction direction = DIRECTIONS[in.readByte()];
            String from = SpilledText.read(in);
            String to = SpilledText.read(in);
            LocalDateTime sentAt = in.readBoolean()
                    ? LocalDateTime.ofEpochSecond(in.readLong(), 0, ZoneOffset.UTC) : null;
            return new Invitation(source, line, direction, from, to, sentAt, SpilledText.read(in),
                    SpilledText.read(in), SpilledText.read(in), SpilledText.read(in));
        }

        @Override
        public long estimatedBytes(Invitation invitation) {
            return OVERHEAD_BYTES + SpilledText.memoryBytes(invitation.source())
                    + SpilledText.memoryBytes(invitation.from()) + SpilledText.memoryBytes(invitation.to())
                    + SpilledText.memoryBytes(invitation.sentAtRaw()) + SpilledText.memoryBytes(invitation.message())
                    + SpilledText.memoryBytes(invitation.inviterProfileUrl())
                    + SpilledText.memoryBytes(invitation.inviteeProfileUrl());
        }
    };

    public static final SpillingList.Codec<Problem> PROBLEM = new SpillingList.Codec<>() {
        @Override
        public void write(DataOutput out, Problem problem) throws IOException {
            SpilledText.write(out, problem.source());
            out.writeLong(problem.line());
            SpilledText.write(out, problem.message());
            out.writeBoolean(problem.skipped());
        }

        @Override
        public Problem read(DataInput in) throws IOException {
            return new Problem(SpilledText.read(in), in.readLong(), SpilledText.read(in), in.readBoolean());
        }

        @Override
        public long estimatedBytes(Problem problem) {
            return OVERHEAD_BYTES + SpilledText.memoryBytes(problem.source())
                    + SpilledText.memoryBytes(problem.message());
        }
    };
}
