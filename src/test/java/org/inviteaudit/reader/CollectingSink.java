package org.inviteaudit.reader;

import java.util.ArrayList;
import java.util.List;

/** A sink for tests: everything a reader handed out, in order. */
public final class CollectingSink implements RecordSink {

    public final List<Invitation> invitations = new ArrayList<>();
    public final List<Problem> problems = new ArrayList<>();
    /** Invitations and problems together, in the order they came. */
    public final List<InputRecord> records = new ArrayList<>();

    @Override
    public void invitation(Invitation invitation) {
        invitations.add(invitation);
        records.add(invitation);
    }

    @Override
    public void problem(Problem problem) {
        problems.add(problem);
        records.add(problem);
    }
}
