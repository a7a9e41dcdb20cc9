package org.inviteaudit.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.inviteaudit.classify.Reason;
import org.inviteaudit.classify.Verdict;
import org.inviteaudit.reader.Invitation;
import org.inviteaudit.reader.Problem;
import org.inviteaudit.report.ClassifiedInvitation;
import org.inviteaudit.report.Report;
import org.inviteaudit.report.Tally;

/** The report as one JSON object; the schema is documented in README.md and is a contract with scripts. */
final class JsonRenderer implements Renderer {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    @Override
    public void render(Report report, Writer out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            // LF whatever the platform, so output is the same byte for byte everywhere.
            DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            json.setPrettyPrinter(pretty);
            writeReport(report, json);
        }
        out.write('\n');
    }

    private static void writeReport(Report report, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("owner", report.owner().orElse(null));
        json.writeArrayFieldStart("sources");
        for (String source : report.sources()) {
            json.writeString(source);
        }
        json.writeEndArray();
        json.writeStringField("direction", report.scope().name().toLowerCase(Locale.ROOT));
        writeSummary(report, json);
        writeInvitations("offenders", report.offenders().kept(), json);
        if (report.invitations().isPresent()) {
            writeInvitations("invitations", report.invitations().get().kept(), json);
        }
        json.writeArrayFieldStart("problems");
        for (Problem problem : report.problems()) {
            json.writeStartObject();
            json.writeStringField("source", problem.source());
            json.writeNumberField("line", problem.line());
            json.writeStringField("message", problem.message());
            json.writeBooleanField("skipped", problem.skipped());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeSummary(Report report, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("summary");
        writeCounts(report.all(), json);
        json.writeNumberField("skipped", report.skipped());
        json.writeObjectFieldStart("received");
        writeCounts(report.received(), json);
        json.writeEndObject();
        json.writeObjectFieldStart("sent");
        writeCounts(report.sent(), json);
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeCounts(Tally tally, JsonGenerator json) throws IOException {
        json.writeNumberField("total", tally.total());
        for (Verdict verdict : Verdict.values()) {
            json.writeNumberField(verdict.id(), tally.count(verdict));
        }
    }

    private static void writeInvitations(String field, Iterable<ClassifiedInvitation> list, JsonGenerator json)
            throws IOException {
        json.writeArrayFieldStart(field);
        for (ClassifiedInvitation classified : list) {
            writeInvitation(classified, json);
        }
        json.writeEndArray();
    }

    private static void writeInvitation(ClassifiedInvitation classified, JsonGenerator json) throws IOException {
        Invitation invitation = classified.invitation();
        json.writeStartObject();
        json.writeStringField("source", invitation.source());
        json.writeNumberField("line", invitation.line());
        json.writeStringField("direction", invitation.direction().id());
        json.writeStringField("from", invitation.from());
        json.writeStringField("to", invitation.to());
        json.writeStringField("sentAt", invitation.sentAt() == null ? null : invitation.sentAt().toString());
        json.writeStringField("sentAtRaw", invitation.sentAtRaw());
        json.writeStringField("message", invitation.message());
        json.writeStringField("verdict", classified.verdict().id());
        json.writeArrayFieldStart("reasons");
        for (Reason reason : classified.reasons()) {
            json.writeString(reason.id());
        }
        json.writeEndArray();
        json.writeStringField("inviterProfileUrl", emptyToNull(invitation.inviterProfileUrl()));
        json.writeStringField("inviteeProfileUrl", emptyToNull(invitation.inviteeProfileUrl()));
        json.writeEndObject();
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
