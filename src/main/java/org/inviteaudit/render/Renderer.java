package org.inviteaudit.render;

import java.io.IOException;
import org.inviteaudit.report.ClassifiedInvitation;
import org.inviteaudit.report.Report;

/**
 * Writes a report in one output format. A format that streams writes each listed invitation as the audit's last
 * pass reads it (see {@link org.inviteaudit.Audit}); the others write everything once the report is complete, and
 * may keep what they are told of until then: close a renderer when done with it, written or not.
 */
public interface Renderer extends AutoCloseable {

    /** Told of each listed invitation as it is read. */
    default void listed(ClassifiedInvitation invitation) throws IOException {
    }

    /** Told of the complete report. */
    void finish(Report report) throws IOException;

    /** Lets go of what it kept, temporary files included. */
    @Override
    default void close() {
    }
}
