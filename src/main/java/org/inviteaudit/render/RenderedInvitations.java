package org.inviteaudit.render;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.inviteaudit.io.SpillingList;
import org.inviteaudit.io.Utf8PrintWriter;
import org.inviteaudit.io.Utf8Writer;
import org.inviteaudit.report.ClassifiedInvitation;
import org.inviteaudit.report.Listing;

/**
 * The JSON report's listed invitations, each rendered once, as the audit's last pass reads it, into the UTF-8 bytes it
 * has in the report's arrays, and kept so in bounded memory (in a private temporary file past a budget). The report is
 * written whole at the end, its offenders and then, with --all or --only, every listed invitation: rendered once,
 * those bytes are copied to the output as they are, where decoding, rendering and encoding each again had made the
 * end of a large report a long, one-thread wait.
 */
final class RenderedInvitations implements Closeable {

    // The arrays of invitations are members of the report's top-level object.
    private static final int DEPTH = 2;
    private static final long OVERHEAD_BYTES = 48;

    private record Rendered(boolean offender, byte[] utf8) {
    }

    private static final SpillingList.Codec<Rendered> CODEC = new SpillingList.Codec<>() {
        @Override
        public void write(DataOutput out, Rendered rendered) throws IOException {
            out.writeBoolean(rendered.offender());
            out.writeInt(rendered.utf8().length);
            out.write(rendered.utf8());
        }

        @Override
        public Rendered read(DataInput in) throws IOException {
            boolean offender = in.readBoolean();
            byte[] utf8 = new byte[in.readInt()];
            in.readFully(utf8);
            return new Rendered(offender, utf8);
        }

        @Override
        public long estimatedBytes(Rendered rendered) {
            return OVERHEAD_BYTES + rendered.utf8().length;
        }
    };

    private final SpillingList<Rendered> rendered;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final JsonGenerator json;

    RenderedInvitations() {
        this(Listing.MEMORY_BUDGET);
    }

    RenderedInvitations(long memoryBudget) {
        rendered = new SpillingList<>(CODEC, memoryBudget);
        try {
            // The bytes that the report's own writer would have made of the text: the same encoder writes them.
            json = PrettyJson.generatorAtDepth(new Utf8Writer(bytes), DEPTH);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    void add(ClassifiedInvitation classified) throws IOException {
        InvitationJson.write(classified, json);
        json.flush();
        rendered.add(new Rendered(classified.verdict().isOffender(), bytes.toByteArray()));
        bytes.reset();
    }

    /** Writes the offenders among them, in the order added, as the values of the array that {@code report} is in. */
    void writeOffenders(JsonGenerator report) throws IOException {
        checkDepth(report);
        for (Rendered invitation : rendered) {
            if (invitation.offender()) {
                copy(invitation, report);
            }
        }
    }

    /** Writes them all, in the order added, as the values of the array that {@code report} is in. */
    void writeAll(JsonGenerator report) throws IOException {
        checkDepth(report);
        for (Rendered invitation : rendered) {
            copy(invitation, report);
        }
    }

    /**
     * Jackson writes what goes before a value in an array (a comma, the line break and indentation) when it is told
     * of one: told of an empty raw value, it writes that, and once it is flushed into the writer it writes to, the
     * bytes follow. A writer that takes no bytes (one that a caller of the seam gives, say) gets them decoded.
     */
    private static void copy(Rendered invitation, JsonGenerator report) throws IOException {
        report.writeRawValue("");
        report.flush();
        Object out = report.getOutputTarget();
        if (out instanceof Utf8PrintWriter utf8) {
            utf8.writeUtf8(invitation.utf8(), 0, invitation.utf8().length);
        } else if (out instanceof Writer text) {
            text.write(new String(invitation.utf8(), StandardCharsets.UTF_8));
        } else {
            throw new IllegalStateException("the report's generator writes to no Writer: " + out);
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
            // it writes to a byte array, which does not fail
        }
    }
}
