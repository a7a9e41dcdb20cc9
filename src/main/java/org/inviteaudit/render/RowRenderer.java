package org.inviteaudit.render;

import java.io.IOException;
import java.util.List;
import org.inviteaudit.report.ClassifiedInvitation;
import org.inviteaudit.report.Report;

/**
 * A format of one row per listed invitation, written as the audit's last pass reads each, after a header row of the
 * column names ({@link InvitationRow}); the header is written even when nothing is listed.
 */
abstract class RowRenderer implements Renderer {

    private boolean started;

    @Override
    public final void listed(ClassifiedInvitation classified) throws IOException {
        start();
        writeRow(InvitationRow.fields(classified));
    }

    @Override
    public final void finish(Report report) throws IOException {
        start();
        flush();
    }

    private void start() throws IOException {
        if (!started) {
            started = true;
            beforeHeader();
            writeRow(InvitationRow.COLUMNS);
        }
    }

    /** Whatever comes before the header: nothing, unless a format says otherwise. */
    void beforeHeader() throws IOException {
    }

    abstract void writeRow(List<String> fields) throws IOException;

    abstract void flush() throws IOException;
}
