package org.inviteaudit.report;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
    private static final char LAST_ONE_BYTE_CHAR = 0xff;
    private static final int BYTE_MASK = 0xff;
    // values() copies its array at every call; a spill is read a record at a time.
    private static final Direction[] DIRECTIONS = Direction.values();
    private static final Verdict[] VERDICTS = Verdict.values();
    private static final Reason[] REASONS = Reason.values();
    private static final Acceptance[] ACCEPTANCES = Acceptance.values();

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
            Direction direction = DIRECTIONS[in.readByte()];
            String from = readText(in);
            String to = readText(in);
            LocalDateTime sentAt = in.readBoolean()
                    ? LocalDateTime.ofEpochSecond(in.readLong(), 0, ZoneOffset.UTC) : null;
            Invitation invitation = new Invitation(source, line, direction, from, to, sentAt, readText(in),
                    readText(in), readText(in), readText(in));
            Verdict verdict = VERDICTS[in.readByte()];
            int reasonCount = in.readByte();
            List<Reason> reasons = new ArrayList<>(reasonCount);
            for (int i = 0; i < reasonCount; i++) {
                reasons.add(REASONS[in.readByte()]);
            }
            int score = in.readByte();
            Acceptance acceptance = ACCEPTANCES[in.readByte()];
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

    /**
     * A text as its length and its chars, each in one byte where all of them fit in one (names, addresses, dates,
     * most notes), else in two: exactly what it was, char for char (a lone surrogate too, which UTF-8 would lose),
     * and in one write and one read of bytes, where a char at a time cost a call through the buffered stream's lock
     * per byte (a third of the text report's time on a large export). The length is written negative, less one,
     * for two bytes a char. writeUTF would not do: a record's text may pass its limit of 64 KiB.
     */
    static void writeText(DataOutput out, String text) throws IOException {
        int length = text.length();
        boolean oneByte = true;
        for (int i = 0; i < length && oneByte; i++) {
            oneByte = text.charAt(i) <= LAST_ONE_BYTE_CHAR;
        }
        byte[] bytes = new byte[oneByte ? length : 2 * length];
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (oneByte) {
                bytes[i] = (byte) c;
            } else {
                bytes[2 * i] = (byte) (c >>> Byte.SIZE);
                bytes[2 * i + 1] = (byte) c;
            }
        }
        out.writeInt(oneByte ? length : -length - 1);
        out.write(bytes);
    }

    static String readText(DataInput in) throws IOException {
        int header = in.readInt();
        boolean oneByte = header >= 0;
        int length = oneByte ? header : -header - 1;
        byte[] bytes = new byte[oneByte ? length : 2 * length];
        in.readFully(bytes);
        if (oneByte) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = (char) ((bytes[2 * i] & BYTE_MASK) << Byte.SIZE | (bytes[2 * i + 1] & BYTE_MASK));
        }
        return new String(chars);
    }
}
