package org.inviteaudit.render;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.io.StringWriter;
import org.inviteaudit.io.SpilledText;
import org.inviteaudit.io.SpillingList;
import org.inviteaudit.report.ClassifiedInvitation;
import org.inviteaudit.report.Listing;

/**
 * The JSON report's listed invitations, each rendered once, as the audit's last pass reads it, into the text it has
 * in the report's arrays, and kept so in bounded memory (in a private temporary file past a budget). The report is
 * written whole at the end, its offenders and then, with --all or --only, every listed invitation: rendered once,
 * those are copied, where decoding and rendering each again had made the end of a large report a long, one-thread
 * wait.
 */
final class RenderedInvitations implements Closeable {

    // The arrays of invitations are members of the report's top-level object.
    private static final int DEPTH = 2;
    private static final long OVERHEAD_BYTES = 48;

    private record Rendered(boolean offender, String json) {
    }

    private static final SpillingList.Codec<Rendered> CODEC = new SpillingList.Codec<>() {
        @Override
        public void write(DataOutput out, Rendered rendered) throws IOException {
            out.writeBoolean(rendered.offender());
            SpilledText.write(out, rendered.json());
        }

        @Override
        public Rendered read(DataInput in) throws IOException {
            boolean offender = in.readBoolean();
            return new Rendered(offender, SpilledText.read(in));
        }

        @Override
        public long estimatedBytes(Rendered rendered) {
            return OVERHEAD_BYTES + SpilledText.memoryBytes(rendered.json());
        }
    };

    private final SpillingList<Rendered> rendered;
    private final StringWriter text = new StringWriter();
    private final JsonGenerator json;

    RenderedInvitations() {
        this(Listing.MEMORY_BUDGET);
    }

    RenderedInvitations(long memoryBudget) {
        rendered = new SpillingList<>(CODEC, memoryBudget);
        try {
            json = PrettyJson.generatorAtDepth(text, DEPTH);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    void add(ClassifiedInvitation classified) throws IOException {
        InvitationJson.write(classified, json);
        json.flush();
        rendered.add(new Rendered(classified.verdict().isOffender(), text.toString()));
        text.getBuffer().setLength(0);
    }

    /** Writes the offenders among them, in the order added, as the values of the array {@code report} is in. */
    void writeOffenders(JsonGenerator report) throws IOException {
        checkDepth(report);
        for (Rendered invitation : rendered) {
            if (invitation.offender()) {
                report.writeRawValue(invitation.json());
            }
        }
    }

    /** Writes them all, in the order added, as the values of the array {@code report} is in. */
    void writeAll(JsonGenerator report) throws IOException {
        checkDepth(report);
        for (Rendered invitation : rendered) {
            report.writeRawValue(invitation.json());
        }
    }

    /** They were rendered for an array at {@link #DEPTH}: elsewhere they would be indented wrong. */
    private static void checkDepth(JsonGenerator report) {
        if (report.getOutputContext().getNestingDepth() != DEPTH) {
            throw new IllegalStateException("rendered for an array at depth " + DEPTH + ", written at depth "
                    + report.getOutputContext().getNestingDepth());
        }
    }

    /** Deletes the temporary file, if any. */
    @Override
    public void close() {
        rendered.close();
        try {
            json.close();
        } catch (IOException e) {
            // it writes to a StringWriter, which does not fail
        }
    }
}
