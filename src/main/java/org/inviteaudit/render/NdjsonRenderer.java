package org.inviteaudit.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import org.inviteaudit.report.ClassifiedInvitation;
import org.inviteaudit.report.Report;

/**
 * One INVITATION object per line, written as each record is read in the audit's last pass, so a script sees the first
 * invitations before that pass ends (before the input ends too, when templates are not looked for and there is only
 * one pass). Problems go to stderr only.
 */
final class NdjsonRenderer implements Renderer {

    private final JsonGenerator json;
    private final boolean lineBuffered;

    /** @param lineBuffered whether each line is flushed, or the output only when a buffer is full and at the end */
    NdjsonRenderer(Writer out, boolean lineBuffered) {
        this.lineBuffered = lineBuffered;
        try {
            json = JsonFactory.builder().build().createGenerator(out);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.setPrettyPrinter(new MinimalPrettyPrinter(""));
    }

    /**
     * Line-buffered, a line is flushed when written and a reader of the stream sees it at once; otherwise lines go out
     * a buffer at a time, as grep's do, without a system call per line.
     */
    @Override
    public void listed(ClassifiedInvitation invitation) throws IOException {
        InvitationJson.write(invitation, json);
        json.writeRaw('\n');
        if (lineBuffered) {
            json.flush();
        }
    }

    @Override
    public void finish(Report report) throws IOException {
        json.flush();
    }
}
