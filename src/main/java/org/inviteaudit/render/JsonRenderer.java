package org.inviteaudit.render;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.inviteaudit.classify.Verdict;
import org.inviteaudit.reader.Problem;
import org.inviteaudit.report.ClassifiedInvitation;
import org.inviteaudit.report.Report;
import org.inviteaudit.report.Tally;

/** The report as one JSON object; the schema is documented in README.md and is a contract with scripts. */
final class JsonRenderer implements Renderer {


    private final Writer out;

    JsonRenderer(Writer out) {
        this.out = out;
    }

    @Override
    public void finish(Report report) throws IOException {
        try (JsonGenerator json = PrettyJson.generator(out)) {
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
        json.writeStringField("direction", report.scope().direction().name().toLowerCase(Locale.ROOT));
        json.writeStringField("since", report.scope().since().map(Object::toString).orElse(null));
        json.writeStringField("until", report.scope().until().map(Object::toString).orElse(null));
        writeSummary(report, json);
        // One listing serves both arrays: the offenders are read out of it, then (with --all or --only) everything,
        // which reads a spilled listing twice rather than keeping a second copy of it.
        Iterable<ClassifiedInvitation> listed = report.listed().inOne().kept();
        json.writeArrayFieldStart("offenders");
        for (ClassifiedInvitation classified : listed) {
            if (classified.verdict().isOffender()) {
                InvitationJson.write(classified, json);
            }
        }
        json.writeEndArray();
        if (report.selection().all() || report.selection().only().isPresent()) {
            json.writeArrayFieldStart("invitations");
            for (ClassifiedInvitation classified : listed) {
                InvitationJson.write(classified, json);
            }
            json.writeEndArray();
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
}
