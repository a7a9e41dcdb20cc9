package org.inviteaudit.render;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.inviteaudit.io.Counts;
import org.inviteaudit.classify.Verdict;
import org.inviteaudit.reader.Direction;
import org.inviteaudit.reader.Problem;
import org.inviteaudit.report.AcceptanceTally;
import org.inviteaudit.report.ClassifiedInvitation;
import org.inviteaudit.report.Listing;
import org.inviteaudit.report.Period;
import org.inviteaudit.report.ProblemDigest;
import org.inviteaudit.report.RepeatOffenders;
import org.inviteaudit.report.Report;
import org.inviteaudit.report.Tally;

/**
 * The report for people, at the width it is given: first the answer, a sentence per direction; then where it comes
 * from, the counts (and by period when the export spans several), the senders of more than one offender, and the
 * listed invitations grouped by verdict, generic first, newest first in each group (see {@link ListingLayout}).
 */
final class TextRenderer implements Renderer {

    private static final int HEADER_LABEL_WIDTH = 9;
    // The count tables: labels, then total, personalized, generic, default and the personal share; a narrower
    // form with shorter headings where the full one does not fit.
    private static final String COUNTS = "%-9s%6s%14s%9s%9s%12s";
    private static final List<String> COUNT_HEADINGS = List.of("total", "personalized", "generic", "default",
            "personal %");
    private static final String NARROW_COUNTS = "%-9s%{w}s%{w}s%{w}s%{w}s%6s";
    private static final int NARROW_COUNT_WIDTH = 6;
    private static final List<String> NARROW_COUNT_HEADINGS = List.of("total", "pers.", "gen.", "def.", "pers%");
    private static final int SENDER_COUNT_WIDTH = 9;
    private static final int NARROW_SENDER_COUNT_WIDTH = 6;
    private static final int MIN_SENDER_NAME_WIDTH = 14;
    // A note cut shorter than this says too little: the notes table then gives each note lines of its own.
    private static final int MIN_NOTE_WIDTH = 24;
    private static final int MOST_SENDER_NAME_WIDTH = 30;

    private final Writer out;
    private final Palette palette;
    private final int width;
    private long largestCount;
    private final Optional<Period> by;
    // With no --limit the listing keeps every invitation, spilled to disk on a large export: the widths are then
    // taken as each is read, which spares reading it once more at the end. Cut to the newest few, the listing kept
    // in memory is read for them instead, and nothing is done per invitation.
    private final Optional<ListingLayout.Widest> widestListed;

    TextRenderer(Writer out, RenderOptions options) {
        this.out = out;
        this.palette = new Palette(options.colour());
        this.width = options.width();
        this.by = options.by();
        this.widestListed = options.listLimit() == 0 ? Optional.of(new ListingLayout.Widest(width))
                : Optional.empty();
    }

    @Override
    public void listed(ClassifiedInvitation invitation) {
        widestListed.ifPresent(widest -> widest.add(invitation));
    }

    @Override
    public void finish(Report report) throws IOException {
        largestCount = report.all().total();
        answer(report);
        header(report);
        counts(report);
        acceptance(report);
        periods(report);
        senders(report.senders());
        sentNotes(report.sentNotes());
        listed(report);
        problems(report);
    }

    /** One plain sentence per direction in scope that has invitations: what share came with a personal note. */
    private void answer(Report report) throws IOException {
        for (String sentence : ReportWords.answer(report)) {
            title(sentence, Optional.empty());
        }
        line("");
    }

    private void header(Report report) throws IOException {
        for (ReportWords.About about : ReportWords.about(report)) {
            headerLine(about.label() + ":", about.value());
        }
        line("");
    }

    private void headerLine(String label, String value) throws IOException {
        for (String line : TerminalText.hanging(value, width,
                String.format(Locale.ROOT, "%-" + HEADER_LABEL_WIDTH + "s", label), " ".repeat(HEADER_LABEL_WIDTH))) {
            line(line);
        }
    }

    /** A title, bold and in the colour of a verdict if given, on as many lines as the width needs. */
    private void title(String text, Optional<Verdict> verdict) throws IOException {
        for (String line : TerminalText.wrap(text, width, Integer.MAX_VALUE)) {
            String bold = palette.bold(line);
            line(verdict.isPresent() ? palette.verdict(verdict.get(), bold) : bold);
        }
    }

    private void counts(Report report) throws IOException {
        countHeading("");
        for (ReportWords.Counts row : ReportWords.counts(report)) {
            countRow(row.label(), row.tally());
        }
        line("");
    }

    /**
     * Whether personal notes pay off: of the sent invitations of each verdict, how many were accepted, with a 95 %
     * interval, and a warning where there are too few to compare; or, without the export's Connections.csv, how to
     * get this.
     */
    private void acceptance(Report report) throws IOException {
        if (!ReportWords.tellsAcceptance(report)) {
            return;
        }
        if (!report.acceptance().isKnown()) {
            title(ReportWords.NEEDS_CONNECTIONS, Optional.empty());
            line("");
            return;
        }
        title(ReportWords.ACCEPTANCE_TITLE, Optional.empty());
        for (Verdict verdict : ReportWords.BEST_FIRST) {
            AcceptanceTally.Rate rate = report.acceptance().of(verdict);
            if (ReportWords.hasAcceptance(rate)) {
                for (String line : TerminalText.hanging(ReportWords.acceptance(verdict, rate), width, "  ", "    ")) {
                    line(line);
                }
            }
        }
        for (String line : TerminalText.wrap(ReportWords.ACCEPTANCE_CAVEAT, width - 2, Integer.MAX_VALUE)) {
            line(palette.dim("  " + line));
        }
        line("");
    }

    /** By period, when the invitations in scope span more than one. */
    private void periods(Report report) throws IOException {
        Period.Breakdown breakdown = Period.breakdown(report.months(), by);
        if (breakdown.rows().size() < 2) {
            return;
        }
        countHeading(breakdown.by().id());
        for (Period.Row row : breakdown.rows()) {
            countRow(row.label(), row.tally());
        }
        line("");
    }

    /**
     * The counts table's row: in a narrow report each count takes six columns, or as many as the largest count, all
     * of them, takes and one more, so that counts of thousands never run together ("12,34510,234").
     */
    private String countsFormat() {
        if (!narrowCounts()) {
            return COUNTS;
        }
        int columns = Math.max(NARROW_COUNT_WIDTH, Counts.of(largestCount).length() + 1);
        return NARROW_COUNTS.replace("{w}", String.valueOf(columns));
    }

    private boolean narrowCounts() {
        return width < String.format(Locale.ROOT, COUNTS, "", "", "", "", "", "").length();
    }

    private void countHeading(String label) throws IOException {
        List<String> headings = narrowCounts() ? NARROW_COUNT_HEADINGS : COUNT_HEADINGS;
        line(palette.bold(String.format(Locale.ROOT, countsFormat(), label,
                headings.get(0), headings.get(1), headings.get(2), headings.get(3), headings.get(4))));
    }

    private void countRow(String label, Tally tally) throws IOException {
        String share = tally.personalizedPercent().isPresent() ? tally.personalizedPercent().getAsLong() + "" : "-";
        line(String.format(Locale.ROOT, countsFormat(), label, Counts.of(tally.total()),
                Counts.of(tally.count(Verdict.PERSONALIZED)), Counts.of(tally.count(Verdict.GENERIC)),
                Counts.of(tally.count(Verdict.DEFAULT)), share));
    }

    /** The senders of more than one generic or default invitation received, most first. */
    private void senders(RepeatOffenders senders) throws IOException {
        List<RepeatOffenders.Group> top = senders.top();
        if (top.isEmpty()) {
            return;
        }
        int widestName = TerminalText.width("sender");
        int widestReason = TerminalText.width("most common reason");
        for (RepeatOffenders.Group sender : top) {
            widestName = Math.max(widestName, TerminalText.width(TerminalText.oneLine(sender.name())));
            widestReason = Math.max(widestReason, TerminalText.width(ReportWords.reason(sender.mostCommonReason())));
        }
        int countWidth = narrowCounts() ? NARROW_SENDER_COUNT_WIDTH : SENDER_COUNT_WIDTH;
        int room = width - 2 - 2 * countWidth;
        // The reason goes where it leaves a name room enough to tell who it is.
        boolean reason = room - 2 - widestReason >= MIN_SENDER_NAME_WIDTH;
        int name = Math.min(Math.min(widestName, MOST_SENDER_NAME_WIDTH), reason ? room - 2 - widestReason : room);
        SenderRow row = new SenderRow(name, countWidth, reason);
        title(ReportWords.SENDERS_TITLE, Optional.empty());
        line(palette.dim(row.format("sender", narrowCounts() ? "gen." : "generic",
                narrowCounts() ? "def." : "default", "most common reason")));
        for (RepeatOffenders.Group sender : top) {
            line(row.format(sender.name(), String.valueOf(sender.generic()), String.valueOf(sender.defaults()),
                    ReportWords.reason(sender.mostCommonReason())));
        }
        lowerBounds(senders);
        line("");
    }

    /** The notes sent to more than one person that were generic or default: one's own templates, most used first. */
    private void sentNotes(RepeatOffenders notes) throws IOException {
        List<RepeatOffenders.Group> top = notes.top();
        if (top.isEmpty()) {
            return;
        }
        int widestReason = TerminalText.width("why");
        for (RepeatOffenders.Group note : top) {
            widestReason = Math.max(widestReason, TerminalText.width(ReportWords.reason(note.mostCommonReason())));
        }
        String countFormat = "  %" + NARROW_SENDER_COUNT_WIDTH + "s  %-" + widestReason + "s  ";
        int noteRoom = width - TerminalText.width(String.format(Locale.ROOT, countFormat, "", "")) - 2;
        title(ReportWords.SENT_NOTES_TITLE, Optional.empty());
        if (noteRoom >= MIN_NOTE_WIDTH) {
            line(palette.dim(String.format(Locale.ROOT, countFormat, "times", "why") + "note"));
        }
        for (RepeatOffenders.Group note : top) {
            String why = ReportWords.reason(note.mostCommonReason());
            if (noteRoom >= MIN_NOTE_WIDTH) {
                line(String.format(Locale.ROOT, countFormat, note.offenders(), why)
                        + "\"" + cut(note.name(), noteRoom) + "\"");
            } else { // too narrow for a table: the count and reason, then the note on lines of its own
                line("  " + note.offenders() + " times, " + why);
                for (String noteLine : TerminalText.wrap("\"" + note.name() + "\"", width - 4, 2)) {
                    line("    " + noteLine);
                }
            }
        }
        lowerBounds(notes);
        line("");
    }

    private void lowerBounds(RepeatOffenders groups) throws IOException {
        if (!groups.exact()) {
            line(palette.dim("  " + cut(ReportWords.LOWER_BOUNDS, width - 2)));
        }
    }

    /** The columns of the senders table. */
    private record SenderRow(int nameWidth, int countWidth, boolean reason) {

        String format(String name, String generic, String defaults, String mostCommonReason) {
            String counts = String.format(Locale.ROOT, "%" + countWidth + "s%" + countWidth + "s", generic, defaults);
            return ("  " + TerminalText.column(name, nameWidth) + counts
                    + (reason ? "  " + mostCommonReason : "")).stripTrailing();
        }
    }

    private void listed(Report report) throws IOException {
        if (report.listed().count() == 0) {
            line(ReportWords.nothingListed(report));
            return;
        }
        Optional<Direction> onlyDirection = report.scope().direction().only();
        ListingLayout layout = widestListed.map(widest -> ListingLayout.fit(width, onlyDirection, widest))
                .orElseGet(() -> ListingLayout.fit(width, onlyDirection, keptGroups(report)));
        for (Verdict verdict : ReportWords.GROUP_ORDER) {
            Listing group = report.listed().withVerdict(verdict);
            if (group.count() > 0) {
                group(verdict, group, layout);
            }
        }
    }

    private static List<Iterable<ClassifiedInvitation>> keptGroups(Report report) {
        List<Iterable<ClassifiedInvitation>> groups = new ArrayList<>();
        for (Verdict verdict : ReportWords.GROUP_ORDER) {
            groups.add(report.listed().withVerdict(verdict).kept());
        }
        return groups;
    }

    /** The group comes cut and ordered, newest first, as {@link OutputFormat#TEXT} asked. */
    private void group(Verdict verdict, Listing group, ListingLayout layout) throws IOException {
        title(ReportWords.groupTitle(verdict) + " (" + Counts.of(group.count()) + ")", Optional.of(verdict));
        for (String heading : layout.heading()) {
            line(palette.dim(heading));
        }
        for (ClassifiedInvitation classified : group.kept()) {
            for (String line : layout.lines(classified)) {
                line(line);
            }
        }
        if (group.keptCount() < group.count()) {
            line(palette.dim("  " + cut("… and " + Counts.of(group.count() - group.keptCount())
                    + " more (--limit 0 lists them all)", width - 2)));
        }
        if (!layout.inBlocks() || group.keptCount() < group.count()) {
            line("");
        }
    }

    private void problems(Report report) throws IOException {
        if (report.problems().count() == 0) {
            return;
        }
        line(palette.bold("Problems (" + Counts.of(report.problems().count()) + ")"));
        ProblemDigest digest = new ProblemDigest();
        for (Problem problem : report.problems()) {
            if (digest.show(problem)) {
                problemLine(problem.describe());
            }
        }
        for (String summary : digest.summaries()) {
            problemLine(summary);
        }
    }

    private void problemLine(String text) throws IOException {
        for (String line : TerminalText.hanging(text, width, "  ", "    ")) {
            line(line);
        }
    }

    /** One line of text from the export, cut to fit the width, or whole when the width is unlimited. */
    private static String cut(String text, int columns) {
        return TerminalText.excerpt(text, columns);
    }

    private void line(String text) throws IOException {
        out.write(text);
        out.write('\n');
    }
}
