package org.inviteaudit.render;

import java.io.IOException;
import java.io.Writer;
import org.inviteaudit.report.Report;

/** Writes a report in one output format. */
public interface Renderer {

    void render(Report report, Writer out) throws IOException;
}
