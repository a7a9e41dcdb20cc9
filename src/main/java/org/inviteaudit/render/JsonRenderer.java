package org.inviteaudit.render;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Optional;
import org.inviteaudit.classify.Verdict;
import org.inviteaudit.reader.Problem;
import org.inviteaudit.report.AcceptanceTally;
import org.inviteaudit.report.ClassifiedInvitation;
import org.inviteaudit.report.Period;
import org.inviteaudit.report.RepeatOffenders;
import org.inviteaudit.report.Report;
import org.inviteaudit.report.Tally;

/**
 * The report as one JSON object: a contract with scripts, documented in docs/json.md and by the JSON Schema
 * {@code src/main/schema/report.schema.json}, whose version {@link #SCHEMA_VERSION} is.
 */
final class JsonRenderer implements Renderer {

    /** Raised when a field is renamed, removed or changes its meaning; adding one leaves it as it is. */
    static final int SCHEMA_VERSION = 1;

    private final Writer out;
    private final Optional<Period> by;
    private final RenderedInvitations listed = new RenderedInvitations();

    JsonRenderer(Writer out, Optional<Period> by) {
        this.out = out;
        this.by = by;
    }

    /** Renders each listed invitation as it is read: the report only copies them at the end. */
    @Override
    public void listed(ClassifiedInvitation invitation) throws IOException {
        listed.add(invitation);
    }

    @Override
    public void finish(Report report) throws IOException {
        try (JsonGenerator json = PrettyJson.generator(out)) {
            // The arrays' copy flushes the generator before each invitation: the output itself is flushed once, at
            // the end, by the command, not once an invitation.
            json.disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
            writeReport(report, json);
        }
        out.write('\n');
    }

    private void writeReport(Report report, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeNumberField("schemaVersion", SCHEMA_VERSION);
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
        writePeriods(Period.breakdown(report.months(), by), json);
        writeGroups("senders", "name", report.senders(), json);
        writeGroups("sentNotes", "note", report.sentNotes(), json);
        // One rendering serves both arrays: the offenders are copied out of it, then (with --all or --only) everything,
        // which reads a spilled one twice rather than keeping a second copy of it.
        json.writeArrayFieldStart("offenders");
        listed.writeOffenders(json);
        json.writeEndArray();
        json.writeArrayFieldStart("invitations");
        if (report.selection().all() || report.selection().only().isPresent()) {
            listed.writeAll(json);
        }
        json.writeEndArray();
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
        json.writeNumberField("repeated", report.repeated());
        json.writeObjectFieldStart("received");
        writeCounts(report.received(), json);
        json.writeEndObject();
        json.writeObjectFieldStart("sent");
        writeCounts(report.sent(), json);
        json.writeEndObject();
        writeAcceptance(report.acceptance(), json);
        json.writeEndObject();
    }

    private static void writePeriods(Period.Breakdown breakdown, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("periods");
        json.writeStringField("by", breakdown.by().id());
        json.writeArrayFieldStart("counts");
        for (Period.Row row : breakdown.rows()) {
            json.writeStartObject();
            json.writeStringField("period", row.label());
            writeCounts(row.tally(), json);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** The groups of repeat offenders, each named in the field {@code nameField}. */
    private static void writeGroups(String field, String nameField, RepeatOffenders groups, JsonGenerator json)
            throws IOException {
        json.writeObjectFieldStart(field);
        json.writeBooleanField("exact", groups.exact());
        json.writeArrayFieldStart("top");
        for (RepeatOffenders.Group group : groups.top()) {
            json.writeStartObject();
            json.writeStringField(nameField, group.name());
            json.writeNumberField("offenders", group.offenders());
            json.writeNumberField(Verdict.GENERIC.id(), group.generic());
            json.writeNumberField(Verdict.DEFAULT.id(), group.defaults());
            json.writeStringField("mostCommonReason", group.mostCommonReason().id());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** Null without a Connections.csv; else, for each verdict, the sent invitations accepted and the rate. */
    private static void writeAcceptance(AcceptanceTally acceptance, JsonGenerator json) throws IOException {
        if (!acceptance.isKnown()) {
            json.writeNullField("acceptance");
            return;
        }
        json.writeObjectFieldStart("acceptance");
        for (Verdict verdict : Verdict.values()) {
            AcceptanceTally.Rate rate = acceptance.of(verdict);
            json.writeObjectFieldStart(verdict.id());
            json.writeNumberField("accepted", rate.accepted());
            json.writeNumberField("notAccepted", rate.notAccepted());
            json.writeNumberField("ambiguous", rate.ambiguous());
            if (rate.told() > 0) {
                double[] interval = rate.interval();
                json.writeNumberField("rate", rounded(rate.share()));
                json.writeNumberField("low", rounded(interval[0]));
                json.writeNumberField("high", rounded(interval[1]));
            } else {
                json.writeNullField("rate");
                json.writeNullField("low");
                json.writeNullField("high");
            }
            json.writeBooleanField("smallSample", rate.smallSample());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    /** Four decimals: enough for a rate, and the same on every machine. */
    private static double rounded(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    private static void writeCounts(Tally tally, JsonGenerator json) throws IOException {
        json.writeNumberField("total", tally.total());
        for (Verdict verdict : Verdict.values()) {
            json.writeNumberField(verdict.id(), tally.count(verdict));
        }
    }

    @Override
    public void close() {
        listed.close();
    }
}
