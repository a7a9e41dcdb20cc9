package org.inviteaudit.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.stream.Collectors;
import org.inviteaudit.io.Counts;
import org.inviteaudit.classify.Reason;
import org.inviteaudit.classify.Verdict;
import org.inviteaudit.reader.Direction;
import org.inviteaudit.reader.Invitation;
import org.inviteaudit.reader.Problem;
import org.inviteaudit.report.AcceptanceTally;
import org.inviteaudit.report.ClassifiedInvitation;
import org.inviteaudit.report.Period;
import org.inviteaudit.report.ProblemDigest;
import org.inviteaudit.report.RepeatOffenders;
import org.inviteaudit.report.Report;
import org.inviteaudit.report.Tally;

/**
 * The report as one self-contained HTML page to look at and to share: the answer, the counts, the personal share by
 * month and acceptance by verdict as charts, the repeat offenders, and the listed invitations in a table that the
 * page's own script sorts and filters. It loads nothing: its style and script are inline, and its
 * Content-Security-Policy allows only those two, by their hashes, so that nothing a note holds can run or fetch.
 */
final class HtmlRenderer implements Renderer {

    /**
     * The most invitations the page lists: 300,000 rows had made a page of 148 MB that a browser had not shown after
     * two minutes; this many keep it to a few megabytes, which opens in a second or two.
     */
    static final int MOST_ROWS = 5_000;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd");
    private static final String STYLE = resource("report.css");
    private static final String SCRIPT = resource("report.js");
    private static final String POLICY = "default-src 'none'; style-src '" + sha256(STYLE) + "'; script-src '"
            + sha256(SCRIPT) + "'";

    private final Writer out;
    private final Optional<Period> by;

    HtmlRenderer(Writer out, Optional<Period> by) {
        this.out = out;
        this.by = by;
    }

    @Override
    public void finish(Report report) throws IOException {
        head(report);
        w("<body>\n<main>\n");
        answer(report);
        counts(report);
        months(report);
        acceptance(report);
        groups("senders", ReportWords.SENDERS_TITLE, "sender", report.senders());
        groups("sent-notes", ReportWords.SENT_NOTES_TITLE, "note", report.sentNotes());
        listed(report);
        problems(report);
        w("</main>\n<footer>Written by invite-audit. This page is self-contained: it loads nothing, and sends "
                + "nothing anywhere.</footer>\n");
        w("<script>").w(SCRIPT).w("</script>\n</body>\n</html>\n");
    }

    private void head(Report report) throws IOException {
        w("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .w("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .w("<meta http-equiv=\"Content-Security-Policy\" content=\"").w(POLICY).w("\">\n")
                .w("<meta name=\"generator\" content=\"invite-audit\">\n")
                .w("<title>Invitation audit").w(report.owner().map(owner -> " of " + Html.escape(owner)).orElse(""))
                .w("</title>\n<style>").w(STYLE).w("</style>\n</head>\n");
    }

    private void answer(Report report) throws IOException {
        w("<header>\n<h1>Invitation audit</h1>\n");
        for (String sentence : ReportWords.answer(report)) {
            w("<p class=\"answer\">").text(sentence).w("</p>\n");
        }
        w("<dl class=\"about\">\n");
        for (ReportWords.About about : ReportWords.about(report)) {
            w("<dt>").text(about.label()).w("</dt><dd>").text(about.value()).w("</dd>\n");
        }
        w("</dl>\n</header>\n");
    }

    private void counts(Report report) throws IOException {
        w("<section id=\"counts\">\n<h2>Counts</h2>\n");
        countTable("", ReportWords.counts(report));
        w("</section>\n");
    }

    /** The personal share month by month as a chart, and the counts by period under it as a table to open. */
    private void months(Report report) throws IOException {
        if (report.months().isEmpty()) {
            return;
        }
        w("<section id=\"months\">\n<h2>Personal share, month by month</h2>\n");
        // A chart for each direction: the notes one receives and the notes one writes are not one share.
        for (Direction direction : Direction.values()) {
            SortedMap<YearMonth, Tally> months = report.monthsByDirection().get(direction);
            if (report.scope().direction().includes(direction) && !months.isEmpty()) {
                String did = direction == Direction.RECEIVED ? "received" : "sent";
                w("<h3>").text("Invitations you " + did).w("</h3>\n");
                w(SvgCharts.personalShareByMonth(months, "months-" + did,
                        "Share of the invitations you " + did + " with a personal note, month by month"));
            }
        }
        Period.Breakdown breakdown = Period.breakdown(report.months(), by);
        w("<details>\n<summary>The counts by ").text(breakdown.by().id()).w("</summary>\n");
        countTable(breakdown.by().id(), breakdown.rows().stream()
                .map(row -> new ReportWords.Counts(row.label(), row.tally())).toList());
        w("</details>\n</section>\n");
    }

    private void countTable(String label, List<ReportWords.Counts> rows) throws IOException {
        w("<div class=\"scroll\"><table class=\"counts\">\n<thead><tr><th scope=\"col\">").text(label)
                .w("</th><th scope=\"col\">total</th>").w(shortened("personalized", "pers."))
                .w(shortened("generic", "gen.")).w(shortened("default", "def.")).w(shortened("personal %", "pers. %"))
                .w("</tr></thead>\n<tbody>\n");
        for (ReportWords.Counts row : rows) {
            countRow(row.label(), row.tally());
        }
        w("</tbody>\n</table></div>\n");
    }

    /** A column heading, and the short form a phone shows instead. */
    private static String shortened(String heading, String shortForm) {
        return "<th scope=\"col\"><span class=\"long\">" + heading + "</span><abbr class=\"short\" title=\""
                + heading + "\">" + shortForm + "</abbr></th>";
    }

    private void countRow(String label, Tally tally) throws IOException {
        w("<tr><th scope=\"row\">").text(label).w("</th><td>").w(tally.total()).w("</td><td>")
                .w(tally.count(Verdict.PERSONALIZED)).w("</td><td>").w(tally.count(Verdict.GENERIC))
                .w("</td><td>").w(tally.count(Verdict.DEFAULT)).w("</td><td>")
                .w(tally.personalizedPercent().isPresent() ? tally.personalizedPercent().getAsLong() + "" : "–")
                .w("</td></tr>\n");
    }

    private void acceptance(Report report) throws IOException {
        if (!ReportWords.tellsAcceptance(report)) {
            return;
        }
        w("<section id=\"acceptance\">\n<h2>").text(ReportWords.ACCEPTANCE_TITLE).w("</h2>\n");
        AcceptanceTally acceptance = report.acceptance();
        if (!acceptance.isKnown()) {
            w("<p>").text(ReportWords.NEEDS_CONNECTIONS).w("</p>\n</section>\n");
            return;
        }
        if (ReportWords.BEST_FIRST.stream().anyMatch(verdict -> acceptance.of(verdict).told() > 0)) {
            w(SvgCharts.acceptance(acceptance));
            if (ReportWords.BEST_FIRST.stream().anyMatch(verdict -> acceptance.of(verdict).smallSample())) {
                w("<p class=\"caveat\">* ").text(ReportWords.TOO_FEW).w("</p>\n");
            }
        }
        w("<ul class=\"rates\">\n");
        for (Verdict verdict : ReportWords.BEST_FIRST) {
            AcceptanceTally.Rate rate = acceptance.of(verdict);
            if (ReportWords.hasAcceptance(rate)) {
                w("<li>").text(ReportWords.acceptance(verdict, rate)).w("</li>\n");
            }
        }
        w("</ul>\n<p class=\"caveat\">").text(ReportWords.ACCEPTANCE_CAVEAT).w("</p>\n</section>\n");
    }

    /** The senders, or one's own notes, of more than one offender: most first. */
    private void groups(String id, String title, String nameHeading, RepeatOffenders groups) throws IOException {
        if (groups.top().isEmpty()) {
            return;
        }
        w("<section id=\"").w(id).w("\">\n<h2>").text(title).w("</h2>\n<table class=\"groups\">\n<thead><tr>")
                .w("<th scope=\"col\">").text(nameHeading).w("</th><th scope=\"col\">generic</th>")
                .w("<th scope=\"col\">default</th><th scope=\"col\">most common reason</th></tr></thead>\n<tbody>\n");
        for (RepeatOffenders.Group group : groups.top()) {
            w("<tr><th scope=\"row\">").text(group.name()).w("</th><td data-label=\"generic\">")
                    .w(group.generic()).w("</td><td data-label=\"default\">").w(group.defaults())
                    .w("</td><td data-label=\"most common reason\">")
                    .text(ReportWords.reason(group.mostCommonReason())).w("</td></tr>\n");
        }
        w("</tbody>\n</table>\n");
        if (!groups.exact()) {
            w("<p class=\"caveat\">").text(ReportWords.LOWER_BOUNDS).w("</p>\n");
        }
        w("</section>\n");
    }

    /**
     * The listed invitations (the offenders, or what --all or --only chose) as a table, a row each, newest first, with
     * the verdict and reasons a row carries as data for the page's filters; at most {@link #MOST_ROWS} of them, and
     * then how many more there are and how to get them all.
     */
    private void listed(Report report) throws IOException {
        long count = report.listed().count();
        long kept = report.listed().inOne().keptCount();
        w("<section id=\"listed\">\n<h2>").text(ReportWords.listsOffenders(report) ? "Offenders" : "Invitations")
                .w(" (").w(count).w(")</h2>\n");
        if (count == 0) {
            w("<p>").text(ReportWords.nothingListed(report)).w("</p>\n</section>\n");
            return;
        }
        Optional<Direction> only = report.scope().direction().only();
        boolean accepted = report.acceptance().isKnown() && report.scope().direction().includes(Direction.SENT);
        filters(kept);
        w("<table id=\"listing\" class=\"listing\">\n<thead><tr>");
        heading("date");
        if (only.isEmpty()) {
            heading("direction");
        }
        heading(only.map(direction -> direction == Direction.RECEIVED ? "from" : "to").orElse("who"));
        heading("verdict");
        heading("why");
        heading("note");
        if (accepted) {
            heading("accepted");
        }
        w("</tr></thead>\n<tbody>\n");
        for (ClassifiedInvitation classified : report.listed().inOne().kept()) {
            row(classified, only.isEmpty(), accepted);
        }
        w("</tbody>\n</table>\n");
        if (kept < count) {
            w("<p class=\"caveat\">").text("The " + Counts.of(kept) + " newest are listed, and " + Counts.of(count - kept)
                    + " more are not, so that the page opens at once; --format csv (or json) lists every one.")
                    .w("</p>\n");
        }
        w("</section>\n");
    }

    /**
     * The controls that narrow the table: by verdict, by reason, by words. The script offers the verdicts and reasons
     * that the rows hold, read from the rows themselves (so a long listing, perhaps spilled to disk, is read once),
     * and shows the controls, which are of no use without it.
     */
    private void filters(long count) throws IOException {
        w("<form class=\"filters\" id=\"filters\" hidden>\n<label>Verdict <select id=\"filter-verdict\">")
                .w("<option value=\"\">any</option></select></label>\n<label>Reason <select id=\"filter-reason\">")
                .w("<option value=\"\">any</option></select></label>\n<label>Words <input id=\"filter-words\" ")
                .w("type=\"search\" placeholder=\"a name, a word of the note\"></label>\n<output id=\"shown\" ")
                .w("for=\"filter-verdict filter-reason filter-words\">").w(count).w(" shown</output>\n</form>\n");
    }

    private void heading(String label) throws IOException {
        w("<th scope=\"col\"><button type=\"button\">").text(label).w("</button></th>");
    }

    private void row(ClassifiedInvitation classified, boolean direction, boolean accepted) throws IOException {
        Invitation invitation = classified.invitation();
        Verdict verdict = classified.verdict();
        w("<tr data-verdict=\"").w(verdict.id()).w("\" data-reasons=\"")
                .w(classified.reasons().stream().map(Reason::id).collect(Collectors.joining(" "))).w("\">");
        if (invitation.sentAt() != null) {
            String date = DATE.format(invitation.sentAt());
            w("<td data-label=\"date\" data-sort=\"").w(invitation.sentAt().toString()).w("\">").w(date);
        } else {
            w("<td data-label=\"date\" data-sort=\"\">").text(invitation.sentAtRaw());
        }
        w("</td>");
        if (direction) {
            w("<td data-label=\"direction\">").w(invitation.direction().id()).w("</td>");
        }
        String person = invitation.direction() == Direction.RECEIVED ? invitation.from() : invitation.to();
        w("<td data-label=\"who\" class=\"who\">").text(person).w("</td>");
        w("<td data-label=\"verdict\" data-sort=\"").w(Integer.toString(verdict.ordinal()))
                .w("\"><span class=\"verdict ")
                .w(verdict.id()).w("\">").w(verdict.id()).w("</span></td>");
        w("<td data-label=\"why\">").text(classified.reasons().stream().map(ReportWords::reason)
                .collect(Collectors.joining(", "))).w("</td>");
        if (invitation.message().isBlank()) {
            w("<td data-label=\"note\" class=\"note none\">(no note)</td>");
        } else {
            w("<td data-label=\"note\" class=\"note\">").text(invitation.message()).w("</td>");
        }
        if (accepted) {
            w("<td data-label=\"accepted\">").w(switch (classified.acceptance()) {
                case ACCEPTED -> "yes";
                case NOT_ACCEPTED -> "no";
                case AMBIGUOUS -> "can't tell";
                case UNKNOWN -> "";
            }).w("</td>");
        }
        w("</tr>\n");
    }

    private void problems(Report report) throws IOException {
        if (report.problems().count() == 0) {
            return;
        }
        w("<section id=\"problems\">\n<h2>Problems (").w(report.problems().count()).w(")</h2>\n<ul>\n");
        ProblemDigest digest = new ProblemDigest();
        for (Problem problem : report.problems()) {
            if (digest.show(problem)) {
                w("<li>").text(problem.describe()).w("</li>\n");
            }
        }
        for (String summary : digest.summaries()) {
            w("<li>").text(summary).w("</li>\n");
        }
        w("</ul>\n</section>\n");
    }

    private HtmlRenderer w(String html) throws IOException {
        out.write(html);
        return this;
    }

    /** A count, as people read it: 1,127. */
    private HtmlRenderer w(long number) throws IOException {
        out.write(Counts.of(number));
        return this;
    }

    private HtmlRenderer text(String text) throws IOException {
        out.write(Html.escape(text));
        return this;
    }

    /** A Content-Security-Policy source that allows exactly this inline style or script. */
    private static String sha256(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = HtmlRenderer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
