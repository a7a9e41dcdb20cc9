package org.inviteaudit.render;

import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.inviteaudit.classify.Reason;
import org.inviteaudit.classify.Verdict;
import org.inviteaudit.reader.Direction;
import org.inviteaudit.reader.Invitation;
import org.inviteaudit.reader.Problem;
import org.inviteaudit.report.ClassifiedInvitation;
import org.inviteaudit.report.DirectionScope;
import org.inviteaudit.report.Listing;
import org.inviteaudit.report.Report;
import org.inviteaudit.report.Tally;

/** The report for people: a header, a table of counts, then the invitations to look at, newest first. */
final class TextRenderer implements Renderer {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
    private static final int DATE_WIDTH = 16;
    private static final int NAME_WIDTH = 30;
    private static final int EXCERPT_WIDTH = 60;

    @Override
    public void render(Report report, Writer text) throws IOException {
        header(report, text);
        counts(report, text);
        if (report.invitations().isPresent()) {
            list("Invitations", report.invitations().get(), text);
        } else {
            list("Offenders (default or generic)", report.offenders(), text);
        }
        problems(report, text);
    }

    private static void header(Report report, Writer text) throws IOException {
        text.append("invite-audit report\n");
        text.append(report.sources().size() == 1 ? "Source: " : "Sources: ")
                .append(TerminalText.oneLine(String.join(", ", report.sources()))).append('\n');
        text.append("Owner:  ").append(report.owner().map(TerminalText::oneLine).orElse("(unknown)")).append('\n');
        text.append('\n');
    }

    private static void counts(Report report, Writer text) throws IOException {
        text.append(String.format(Locale.ROOT, "%-10s%7s%9s%9s%14s%20s",
                "", "total", "default", "generic", "personalized", "personalized share")).append('\n');
        if (report.scope().includes(Direction.RECEIVED)) {
            countRow("received", report.received(), text);
        }
        if (report.scope().includes(Direction.SENT)) {
            countRow("sent", report.sent(), text);
        }
        if (report.scope() == DirectionScope.ALL) {
            countRow("all", report.all(), text);
        }
        text.append('\n');
    }

    private static void countRow(String label, Tally tally, Writer text) throws IOException {
        String share = tally.personalizedPercent().isPresent() ? tally.personalizedPercent().getAsLong() + "%" : "-";
        text.append(String.format(Locale.ROOT, "%-10s%7d%9d%9d%14d%20s",
                label, tally.total(), tally.count(Verdict.DEFAULT), tally.count(Verdict.GENERIC),
                tally.count(Verdict.PERSONALIZED), share)).append('\n');
    }

    /** The listing comes cut and ordered, newest first, as {@link OutputFormat#TEXT} asked. */
    private static void list(String title, Listing listing, Writer text) throws IOException {
        if (listing.count() == 0) {
            text.append(title).append(": none\n");
            return;
        }
        text.append(title).append(", newest first (").append(String.valueOf(listing.count())).append("):\n");
        for (ClassifiedInvitation classified : listing.kept()) {
            row(classified, text);
        }
        if (listing.keptCount() < listing.count()) {
            text.append("  … and ").append(String.valueOf(listing.count() - listing.keptCount()))
                    .append(" more (--limit 0 lists them all)\n");
        }
    }

    private static void row(ClassifiedInvitation classified, Writer text) throws IOException {
        Invitation invitation = classified.invitation();
        String date = invitation.sentAt() == null
                ? TerminalText.column(invitation.sentAtRaw(), DATE_WIDTH) : DATE.format(invitation.sentAt());
        String who = (invitation.direction() == Direction.RECEIVED ? "from " : "to ") + invitation.otherParty();
        text.append("  ").append(date)
                .append("  ").append(TerminalText.column(who, NAME_WIDTH))
                .append("  ").append(TerminalText.column(classified.verdict().id(), 12))
                .append("  ").append(note(classified))
                .append('\n');
    }

    private static String note(ClassifiedInvitation classified) {
        if (classified.reasons().contains(Reason.NO_NOTE)) {
            return "(no note)";
        }
        return "\"" + TerminalText.excerpt(classified.invitation().message(), EXCERPT_WIDTH) + "\"";
    }

    private static void problems(Report report, Writer text) throws IOException {
        if (report.problems().count() == 0) {
            return;
        }
        text.append('\n').append("Problems (").append(String.valueOf(report.problems().count())).append("):\n");
        for (Problem problem : report.problems()) {
            text.append("  ").append(TerminalText.oneLine(problem.describe())).append('\n');
        }
    }
}
