package org.inviteaudit.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.inviteaudit.classify.Reason;
import org.inviteaudit.classify.Verdict;
import org.inviteaudit.reader.Direction;
import org.inviteaudit.report.AcceptanceTally;
import org.inviteaudit.report.AuditScope;
import org.inviteaudit.report.DirectionScope;
import org.inviteaudit.report.Report;
import org.inviteaudit.report.Tally;

/** What the reports for people (text and HTML) say in words, so that both say it alike. */
final class ReportWords {

    /** Generic first: a person wrote something, but nothing for you; the default ones are the expected dull rest. */
    static final List<Verdict> GROUP_ORDER = List.of(Verdict.GENERIC, Verdict.DEFAULT, Verdict.PERSONALIZED);
    /** Best first, as acceptance by verdict is read. */
    static final List<Verdict> BEST_FIRST = List.of(Verdict.PERSONALIZED, Verdict.GENERIC, Verdict.DEFAULT);

    static final String NEEDS_CONNECTIONS = "Whether your invitations were accepted needs the Connections.csv of "
            + "your export: pass the export zip, or the folder it unzips to.";
    static final String ACCEPTANCE_TITLE = "Accepted, of the invitations you sent";
    static final String ACCEPTANCE_CAVEAT = "Not accepted also covers invitations still pending, withdrawn, or "
            + "accepted and since removed: the export cannot tell them apart; and it may hold mostly recent "
            + "invitations. Compare the verdicts with one another.";
    static final String TOO_FEW = "Fewer than " + AcceptanceTally.SMALL_SAMPLE
            + " invitations: too few to compare.";
    static final String SENDERS_TITLE = "Who sent more than one generic or default invitation";
    static final String SENT_NOTES_TITLE = "Notes you sent, generic or default, to more than one person";
    static final String LOWER_BOUNDS = "(so many to count that these counts are lower bounds)";

    private static final Map<Verdict, String> GROUP_TITLES = Map.of(
            Verdict.DEFAULT, "Default: no note, or LinkedIn's stock text",
            Verdict.GENERIC, "Generic: a note that could have gone to anyone",
            Verdict.PERSONALIZED, "Personalized");

    private static final Map<Reason, String> REASONS = Map.ofEntries(
            Map.entry(Reason.NO_NOTE, "no note"),
            Map.entry(Reason.MASS_TEMPLATE, "mass template"),
            Map.entry(Reason.WRONG_NAME, "wrong name"),
            Map.entry(Reason.SALES_PITCH, "sales pitch"),
            Map.entry(Reason.RECRUITER, "recruiter"),
            Map.entry(Reason.JOB_REQUEST, "job request"),
            Map.entry(Reason.STOCK_TEXT, "stock text"),
            Map.entry(Reason.BOILERPLATE, "boilerplate"),
            Map.entry(Reason.PLACEHOLDER, "unfilled field"),
            Map.entry(Reason.GREETS_BY_NAME, "greets by name"),
            Map.entry(Reason.SHARED_CONTEXT, "shared context"),
            Map.entry(Reason.THEIR_WORK, "their work"),
            Map.entry(Reason.INTRODUCES_SENDER, "introduces the sender"),
            Map.entry(Reason.SPECIFIC_DETAIL, "specific detail"),
            Map.entry(Reason.OWN_WORDS, "own words"),
            Map.entry(Reason.NO_TIE, "no tie"));

    private ReportWords() {
    }

    /** A reason as people read it. */
    static String reason(Reason reason) {
        return REASONS.get(reason);
    }

    /** The heading of the invitations of one verdict. */
    static String groupTitle(Verdict verdict) {
        return GROUP_TITLES.get(verdict);
    }

    /** One plain sentence per direction in scope that has invitations: what share came with a personal note. */
    static List<String> answer(Report report) {
        List<String> sentences = new ArrayList<>();
        if (report.scope().direction().includes(Direction.RECEIVED) && report.received().total() > 0) {
            sentences.add(sentence("received", "came with", report.received()));
        }
        if (report.scope().direction().includes(Direction.SENT) && report.sent().total() > 0) {
            sentences.add(sentence("sent", "had", report.sent()));
        }
        if (sentences.isEmpty()) {
            sentences.add("There are no invitations in scope.");
        }
        return sentences;
    }

    private static String sentence(String did, String had, Tally tally) {
        long personal = tally.count(Verdict.PERSONALIZED);
        long generic = tally.count(Verdict.GENERIC);
        long defaults = tally.count(Verdict.DEFAULT);
        if (tally.total() == 1) {
            return "You " + did + " 1 invitation, and it " + (personal == 1 ? had + " a personal note."
                    : generic == 1 ? "was generic: a note that could have gone to anyone."
                    : "was default: no note, or LinkedIn's stock text.");
        }
        return "Of the " + number(tally.total()) + " invitations you " + did + ", " + number(personal) + " ("
                + tally.personalizedPercent().getAsLong() + "%) " + had + " a personal note; " + number(generic)
                + (generic == 1 ? " was" : " were") + " generic and " + number(defaults) + " default.";
    }

    /** What the scope leaves out, as in "sent only from 2026-01-01", or empty when it covers everything. */
    static Optional<String> scope(AuditScope scope) {
        List<String> parts = new ArrayList<>();
        if (scope.direction() != DirectionScope.ALL) {
            parts.add(scope.direction().name().toLowerCase(Locale.ROOT) + " only");
        }
        scope.since().ifPresent(since -> parts.add("from " + since));
        scope.until().ifPresent(until -> parts.add("to " + until));
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", parts));
    }

    /** Whether the report has acceptance to tell, or to say how to get: it has sent invitations in scope. */
    static boolean tellsAcceptance(Report report) {
        return report.scope().direction().includes(Direction.SENT) && report.sent().total() > 0;
    }

    /**
     * How many sent invitations of a verdict were accepted, with the rate and its 95 % interval, and what makes the
     * figure weak; for example "personalized: 3 of 4 accepted (75%, 95% interval 30–95%); fewer than 10, too few to
     * compare".
     */
    static String acceptance(Verdict verdict, AcceptanceTally.Rate rate) {
        String text = verdict.id() + ": " + number(rate.accepted()) + " of " + number(rate.told())
                + " accepted";
        if (rate.told() > 0) {
            double[] interval = rate.interval();
            text += " (" + percent(rate.share()) + "%, 95% interval " + bound(interval[0]) + "–"
                    + bound(interval[1]) + "%)";
        }
        if (rate.smallSample()) {
            text += "; fewer than " + AcceptanceTally.SMALL_SAMPLE + ", too few to compare";
        }
        if (rate.ambiguous() > 0) {
            text += "; " + number(rate.ambiguous()) + " not told (two connections of the name)";
        }
        return text;
    }

    /** Whether a verdict has any sent invitation to tell of. */
    static boolean hasAcceptance(AcceptanceTally.Rate rate) {
        return rate.told() + rate.ambiguous() > 0;
    }

    static long percent(double share) {
        return Math.round(100 * share);
    }

    /**
     * An end of an interval in percent: whole, but to a tenth within 1 of 0 or 100, where rounding would make a
     * narrow interval nothing ("0–0%" for 0 of 1,127 is 0–0.3%).
     */
    static String bound(double share) {
        double percent = 100 * share;
        long tenths = Math.round(percent * 10);
        if ((tenths > 0 && tenths < 10) || (tenths > 990 && tenths < 1000)) {
            return String.format(Locale.ROOT, "%.1f", tenths / 10.0);
        }
        return Long.toString(Math.round(percent));
    }

    /** A line of the report's header: what it is about, and its value. */
    record About(String label, String value) {
    }

    /** The report's header: its sources and owner, and, where they apply, its scope, repeats and skipped records. */
    static List<About> about(Report report) {
        List<About> about = new ArrayList<>();
        about.add(new About(report.sources().size() == 1 ? "Source" : "Sources", String.join(", ", report.sources())));
        about.add(new About("Owner", report.owner().orElse("(unknown)")));
        scope(report.scope()).ifPresent(scope -> about.add(new About("Scope", scope)));
        if (report.repeated() > 0) {
            about.add(new About("Repeats", count(report.repeated(), "invitation")
                    + " in more than one input, counted once"));
        }
        if (report.skipped() > 0) {
            about.add(new About("Skipped", count(report.skipped(), "record") + " that could not be read (see "
                    + "Problems)"));
        }
        return about;
    }

    /** A row of the counts table: the direction, or "all", and its counts. */
    record Counts(String label, Tally tally) {
    }

    /** The counts table's rows: each direction in scope, and all of them when both are. */
    static List<Counts> counts(Report report) {
        List<Counts> rows = new ArrayList<>();
        if (report.scope().direction().includes(Direction.RECEIVED)) {
            rows.add(new Counts("received", report.received()));
        }
        if (report.scope().direction().includes(Direction.SENT)) {
            rows.add(new Counts("sent", report.sent()));
        }
        if (report.scope().direction() == DirectionScope.ALL) {
            rows.add(new Counts("all", report.all()));
        }
        return rows;
    }

    /** Whether the listing holds the offenders, as it does unless --all or --only chose otherwise. */
    static boolean listsOffenders(Report report) {
        return !report.selection().all() && report.selection().only().isEmpty();
    }

    /** What a report says when it has no invitation to list. */
    static String nothingListed(Report report) {
        return listsOffenders(report) && report.all().total() > 0
                ? "No offenders: every invitation in scope is personalized." : "No invitations to list.";
    }

    /** A count as people read it, 1,127 (this class's own Counts is a row of the counts table). */
    private static String number(long count) {
        return org.inviteaudit.io.Counts.of(count);
    }

    private static String count(long count, String thing) {
        return number(count) + " " + thing + (count == 1 ? "" : "s");
    }
}
