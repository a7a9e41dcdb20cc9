package org.inviteaudit.report;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.inviteaudit.classify.Classification;
import org.inviteaudit.classify.Reason;
import org.inviteaudit.classify.Verdict;
import org.inviteaudit.reader.Connections.Acceptance;
import org.inviteaudit.reader.Direction;
import org.inviteaudit.reader.Invitation;
import org.inviteaudit.reader.Problem;

/** How the report's records are written to its spill files and read back, field by field. */
final class Codecs {

    // An object's headers and references, roughly, besides its text.
    private static final long OVERHEAD_BYTES = 200;

    private Codecs() {
    }

    static final SpillingList.Codec<Problem> PROBLEM = new SpillingList.Codec<>() {
        @Override
        public void write(DataOutput out, Problem problem) throws IOException {
            writeText(out, problem.source());
            out.writeLong(problem.line());
            writeText(out, problem.message());
            out.writeBoolean(problem.skipped());
        }

        @Override
        public Problem read(DataInput in) throws IOException {
            return new Problem(readText(in), in.readLong(), readText(in), in.readBoolean());
        }

        @Override
        public long estimatedBytes(Problem problem) {
            return OVERHEAD_BYTES + 2L * (problem.source().length() + problem.message().length());
        }
    };

    static final SpillingList.Codec<Listing.Entry> ENTRY = new SpillingList.Codec<>() {
        @Override
        public void write(DataOutput out, Listing.Entry entry) throws IOException {
            out.writeLong(entry.arrival());
            Invitation invitation = entry.invitation().invitation();
            writeText(out, invitation.source());
            out.writeLong(invitation.line());
            out.writeByte(invitation.direction().ordinal());
            writeText(out, invitation.from());
            writeText(out, invitation.to());
            out.writeBoolean(invitation.sentAt() != null);
            if (invitation.sentAt() != null) {
                out.writeLong(invitation.sentAt().toEpochSecond(ZoneOffset.UTC));
            }
            writeText(out, invitation.sentAtRaw());
            writeText(out, invitation.message());
            writeText(out, invitation.inviterProfileUrl());
            writeText(out, invitation.inviteeProfileUrl());
            Classification classification = entry.invitation().classification();
            out.writeByte(classification.verdict().ordinal());
            out.writeByte(classification.reasons().size());
            for (Reason reason : classification.reasons()) {
                out.writeByte(reason.ordinal());
            }
            out.writeByte(classification.score());
            out.writeByte(entry.invitation().acceptance().ordinal());
        }

        @Override
        public Listing.Entry read(DataInput in) throws IOException {
            long arrival = in.readLong();
            String source = readText(in);
            long line = in.readLong();
            Direction direction = Direction.values()[in.readByte()];
            String from = readText(in);
            String to = readText(in);
            LocalDateTime sentAt = in.readBoolean()
                    ? LocalDateTime.ofEpochSecond(in.readLong(), 0, ZoneOffset.UTC) : null;
            Invitation invitation = new Invitation(source, line, direction, from, to, sentAt, readText(in),
                    readText(in), readText(in), readText(in));
            Verdict verdict = Verdict.values()[in.readByte()];
            int reasonCount = in.readByte();
            List<Reason> reasons = new ArrayList<>(reasonCount);
            for (int i = 0; i < reasonCount; i++) {
                reasons.add(Reason.values()[in.readByte()]);
            }
            int score = in.readByte();
            Acceptance acceptance = Acceptance.values()[in.readByte()];
            return new Listing.Entry(new ClassifiedInvitation(invitation, new Classification(verdict, reasons, score),
                    acceptance), arrival);
        }

        @Override
        public long estimatedBytes(Listing.Entry entry) {
            Invitation invitation = entry.invitation().invitation();
            return OVERHEAD_BYTES + 2L * (invitation.source().length() + invitation.from().length()
                    + invitation.to().length() + invitation.sentAtRaw().length() + invitation.message().length()
                    + invitation.inviterProfileUrl().length() + invitation.inviteeProfileUrl().length());
        }
    };

    // Texts can pass writeUTF's 64 KiB limit (a record may hold up to 1 MiB), and must come back char for char.
    private static void writeText(DataOutput out, String text) throws IOException {
        out.writeInt(text.length());
        out.writeChars(text);
    }

    private static String readText(DataInput in) throws IOException {
        char[] chars = new char[in.readInt()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = in.readChar();
        }
        return new String(chars);
    }
}
