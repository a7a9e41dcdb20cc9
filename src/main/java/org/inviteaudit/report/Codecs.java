package org.inviteaudit.report;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.inviteaudit.classify.Classification;
import org.inviteaudit.classify.Reason;
import org.inviteaudit.classify.Verdict;
import org.inviteaudit.io.SpillingList;
import org.inviteaudit.reader.Connections.Acceptance;
import org.inviteaudit.reader.Invitation;
import org.inviteaudit.reader.RecordCodecs;

/** How the report's listed records are written to its spill files and read back, field by field. */
final class Codecs {

    // values() copies its array at every call; a spill is read a record at a time.
    private static final Verdict[] VERDICTS = Verdict.values();
    private static final Reason[] REASONS = Reason.values();
    private static final Acceptance[] ACCEPTANCES = Acceptance.values();

    private Codecs() {
    }

    static final SpillingList.Codec<Listing.Entry> ENTRY = new SpillingList.Codec<>() {
        @Override
        public void write(DataOutput out, Listing.Entry entry) throws IOException {
            out.writeLong(entry.arrival());
            RecordCodecs.INVITATION.write(out, entry.invitation().invitation());
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
            Invitation invitation = RecordCodecs.INVITATION.read(in);
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
            return RecordCodecs.INVITATION.estimatedBytes(entry.invitation().invitation());
        }
    };
}
