package org.inviteaudit.reader;

/** Receives, in file order, every record of an input: either as an invitation or as a problem. */
public interface RecordSink {

    void invitation(Invitation invitation);

    void problem(Problem problem);
}
