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

    NdjsonRenderer(Writer out) {
        try {
            json = JsonFactory.builder().build().createGenerator(out);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.setPrettyPrinter(new MinimalPrettyPrinter(""));
    }

    /** Each line is flushed when written: a reader of the stream sees it at once. */
    @Override
    public void listed(ClassifiedInvitation invitation) throws IOException {
        InvitationJson.write(invitation, json);
        json.writeRaw('\n');
        json.flush();
    }

    @Override
    public void finish(Report report) throws IOException {
        json.flush();
    }
}
