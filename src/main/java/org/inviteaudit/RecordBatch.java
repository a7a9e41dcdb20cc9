package org.inviteaudit;

import java.util.ArrayList;
import java.util.List;
import org.inviteaudit.reader.InputRecord;
import org.inviteaudit.reader.Invitation;
import org.inviteaudit.reader.Problem;
import org.inviteaudit.reader.RecordSink;

/** Records of an input, invitations and problems, held in file order to be handed on later. */
final class RecordBatch implements RecordSink {

    private final List<InputRecord> records = new ArrayList<>();

    @Override
    public void invitation(Invitation invitation) {
        records.add(invitation);
    }

    @Override
    public void problem(Problem problem) {
        records.add(problem);
    }

    int size() {
        return records.size();
    }

    void clear() {
        records.clear();
    }

    /** Hands every record to the sink, in the order they came. */
    void deliverTo(RecordSink sink) {
        for (InputRecord record : records) {
            record.deliverTo(sink);
        }
    }
}
