package org.inviteaudit.render;

import java.io.IOException;
import java.io.Writer;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.inviteaudit.classify.Reason;
import org.inviteaudit.classify.Verdict;
import org.inviteaudit.reader.Direction;
import org.inviteaudit.reader.Invitation;
import org.inviteaudit.reader.Problem;
import org.inviteaudit.report.AuditScope;
import org.inviteaudit.report.ClassifiedInvitation;
import org.inviteaudit.report.DirectionScope;
import org.inviteaudit.report.Listing;
import org.inviteaudit.report.Report;
import org.inviteaudit.report.Tally;

/**
 * The report for people: a header, a table of counts (and one month by month when the export spans several), then
 * the listed invitations grouped by verdict, newest first, each on one line with its reason and an excerpt.
 */
final class TextRenderer implements Renderer {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
    private static final int DATE_WIDTH = 16;
    private static final int NAME_WIDTH = 28;
    private static final int SCORE_WIDTH = 5;
    private static final int REASON_WIDTH = 26;
    private static final int EXCERPT_WIDTH = 56;
    private static final String COUNT_HEADER = String.format(Locale.ROOT, "%-10s%7s%9s%9s%14s%8s",
            "", "total", "default", "generic", "personalized", "share");

    private static final Map<Verdict, String> GROUP_TITLES = Map.of(
            Verdict.DEFAULT, "Default: no note, or LinkedIn's stock text",
            Verdict.GENERIC, "Generic: a note that could have gone to anyone",
            Verdict.PERSONALIZED, "Personalized");

    private static final Map<Reason, String> REASON_WORDS = Map.ofEntries(
            Map.entry(Reason.NO_NOTE, "no note"),
            Map.entry(Reason.MASS_TEMPLATE, "mass template"),
            Map.entry(Reason.WRONG_NAME, "wrong name"),
            Map.entry(Reason.SALES_PITCH, "sales pitch"),
            Map.entry(Reason.RECRUITER, "recruiter"),
            Map.entry(Reason.JOB_REQUEST, "job request"),
            Map.entry(Reason.STOCK_TEXT, "stock text"),
            Map.entry(Reason.BOILERPLATE, "boilerplate"),
            Map.entry(Reason.PLACEHOLDER, "unfilled merge field"),
            Map.entry(Reason.GREETS_BY_NAME, "greets by name"),
            Map.entry(Reason.SHARED_CONTEXT, "shared context"),
            Map.entry(Reason.THEIR_WORK, "their work"),
            Map.entry(Reason.INTRODUCES_SENDER, "introduces the sender"),
            Map.entry(Reason.SPECIFIC_DETAIL, "specific detail"),
            Map.entry(Reason.OWN_WORDS, "own words"));

    private static final List<Reason> OFFENDER_REASONS_MOST_TELLING_FIRST =
            List.of(Reason.MASS_TEMPLATE, Reason.WRONG_NAME, Reason.PLACEHOLDER, Reason.JOB_REQUEST,
                    Reason.RECRUITER, Reason.SALES_PITCH, Reason.BOILERPLATE, Reason.STOCK_TEXT, Reason.NO_NOTE);

    private final Writer out;
    private final Palette palette;

    TextRenderer(Writer out, RenderOptions options) {
        this.out = out;
        this.palette = new Palette(options.colour());
    }

    @Override
    public void finish(Report report) throws IOException {
        header(report);
        counts(report);
        months(report);
        listed(report);
        problems(report);
    }

    private void header(Report report) throws IOException {
        line(palette.bold("invite-audit report"));
        line((report.sources().size() == 1 ? "Source: " : "Sources: ")
                + TerminalText.oneLine(String.join(", ", report.sources())));
        line("Owner:  " + report.owner().map(TerminalText::oneLine).orElse("(unknown)"));
        Optional<String> scope = scope(report.scope());
        if (scope.isPresent()) {
            line("Scope:  " + scope.get());
        }
        line("");
    }

    private static Optional<String> scope(AuditScope scope) {
        List<String> parts = new ArrayList<>();
        if (scope.direction() != DirectionScope.ALL) {
            parts.add(scope.direction().name().toLowerCase(Locale.ROOT) + " only");
        }
        scope.since().ifPresent(since -> parts.add("from " + since));
        scope.until().ifPresent(until -> parts.add("to " + until));
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", parts));
    }

    private void counts(Report report) throws IOException {
        line(palette.bold(COUNT_HEADER));
        if (report.scope().direction().includes(Direction.RECEIVED)) {
            countRow("received", report.received());
        }
        if (report.scope().direction().includes(Direction.SENT)) {
            countRow("sent", report.sent());
        }
        if (report.scope().direction() == DirectionScope.ALL) {
            countRow("all", report.all());
        }
        line("");
    }

    /** Month by month, when the invitations in scope span more than one. */
    private void months(Report report) throws IOException {
        if (report.months().size() < 2) {
            return;
        }
        line(palette.bold(COUNT_HEADER.replaceFirst("^ {10}", "month     ")));
        for (Map.Entry<YearMonth, Tally> month : report.months().entrySet()) {
            countRow(month.getKey().toString(), month.getValue());
        }
        line("");
    }

    private void countRow(String label, Tally tally) throws IOException {
        String share = tally.personalizedPercent().isPresent() ? tally.personalizedPercent().getAsLong() + "%" : "-";
        line(String.format(Locale.ROOT, "%-10s%7d%9d%9d%14d%8s", label, tally.total(),
                tally.count(Verdict.DEFAULT), tally.count(Verdict.GENERIC), tally.count(Verdict.PERSONALIZED),
                share));
    }

    private void listed(Report report) throws IOException {
        if (report.listed().count() == 0) {
            line(report.selection().all() || report.selection().only().isPresent()
                    ? "No invitations to list." : "No offenders: every invitation in scope is personalized.");
            return;
        }
        line(palette.dim(("  " + TerminalText.column("sent", DATE_WIDTH)
                + "  " + TerminalText.column("to or from", NAME_WIDTH)
                + "  " + "score"
                + "  " + TerminalText.column("why", REASON_WIDTH)
                + "  note").stripTrailing()));
        for (Verdict verdict : Verdict.values()) {
            Listing group = report.listed().withVerdict(verdict);
            if (group.count() > 0) {
                group(verdict, group);
            }
        }
    }

    /** The group comes cut and ordered, newest first, as {@link OutputFormat#TEXT} asked. */
    private void group(Verdict verdict, Listing group) throws IOException {
        line(palette.verdict(verdict, palette.bold(GROUP_TITLES.get(verdict) + " (" + group.count() + ")")));
        for (ClassifiedInvitation classified : group.kept()) {
            row(classified);
        }
        if (group.keptCount() < group.count()) {
            line(palette.dim("  … and " + (group.count() - group.keptCount()) + " more (--limit 0 lists them all)"));
        }
        line("");
    }

    private void row(ClassifiedInvitation classified) throws IOException {
        Invitation invitation = classified.invitation();
        String date = invitation.sentAt() == null
                ? TerminalText.column(invitation.sentAtRaw(), DATE_WIDTH) : DATE.format(invitation.sentAt());
        String who = (invitation.direction() == Direction.RECEIVED ? "from " : "to ") + invitation.otherParty();
        line(("  " + date
                + "  " + TerminalText.column(who, NAME_WIDTH)
                + "  " + String.format(Locale.ROOT, "%" + SCORE_WIDTH + "d", classified.score())
                + "  " + TerminalText.column(reason(classified), REASON_WIDTH)
                + "  " + note(classified)).stripTrailing());
    }

    /** An offender's most telling reason; a personalized note's signals. */
    private static String reason(ClassifiedInvitation classified) {
        if (classified.verdict().isOffender()) {
            for (Reason telling : OFFENDER_REASONS_MOST_TELLING_FIRST) {
                if (classified.reasons().contains(telling)) {
                    return REASON_WORDS.get(telling);
                }
            }
        }
        return classified.reasons().stream().map(REASON_WORDS::get).collect(Collectors.joining(", "));
    }

    private static String note(ClassifiedInvitation classified) {
        if (classified.reasons().contains(Reason.NO_NOTE)) {
            return "";
        }
        return "\"" + TerminalText.excerpt(classified.invitation().message(), EXCERPT_WIDTH) + "\"";
    }

    private void problems(Report report) throws IOException {
        if (report.problems().count() == 0) {
            return;
        }
        line(palette.bold("Problems (" + report.problems().count() + ")"));
        for (Problem problem : report.problems()) {
            line("  " + TerminalText.oneLine(problem.describe()));
        }
    }

    private void line(String text) throws IOException {
        out.write(text);
        out.write('\n');
    }
}
