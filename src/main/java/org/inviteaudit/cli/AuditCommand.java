package org.inviteaudit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.inviteaudit.Audit;
import org.inviteaudit.classify.TemplateCensus;
import org.inviteaudit.classify.Verdict;
import org.inviteaudit.io.TemporaryFileException;
import org.inviteaudit.reader.Problem;
import org.inviteaudit.render.OutputFormat;
import org.inviteaudit.render.RenderOptions;
import org.inviteaudit.render.Renderer;
import org.inviteaudit.io.Counts;
import org.inviteaudit.report.AuditScope;
import org.inviteaudit.report.DirectionScope;
import org.inviteaudit.report.Period;
import org.inviteaudit.report.ProblemDigest;
import org.inviteaudit.report.Report;
import org.inviteaudit.report.ReportBuilder;
import org.inviteaudit.report.Selection;
import org.inviteaudit.source.Sources;
import org.inviteaudit.source.UnusableInputException;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/** {@code invite-audit [OPTIONS] FILE...}: maps the options onto an audit, runs it and renders the report. */
final class AuditCommand implements Callable<Integer> {

    private static final int DEFAULT_LIMIT = 20;

    private final CommandSpec spec;
    private final Given<OutputFormat> format;
    private final Given<DirectionScope> direction;
    private final Given<DateBound> since;
    private final Given<DateBound> until;
    private final Given<Boolean> listAll;
    private final Given<Verdict> only;
    private final Given<Integer> limit;
    private final Given<Verdict> failOn;
    private final Given<Integer> templateMin;
    private final PhrasesOption phrases;
    private final Given<Boolean> redact;
    private final Given<WhenConverter.When> color;
    private final Given<WhenConverter.When> bom;
    private final Given<Integer> width;
    private final Given<Boolean> wide;
    private final Given<Period> by;
    private final Given<Boolean> lineBuffered;
    private final Given<String> output;
    private final Given<Boolean> verbose;
    private final Given<List<String>> files;

    private final InputStream stdin;
    private final Environment environment;
    // Whether the audit got as far as writing its report: a report whose input had records skipped is still kept.
    private boolean reported;

    AuditCommand(InputStream stdin, Environment environment) {
        this.stdin = stdin;
        this.environment = environment;
        spec = CommandSpec.wrapWithoutInspection(this).name("invite-audit").versionProvider(new VersionProvider());
        spec.usageMessage().sortOptions(false).autoWidth(true)
                .customSynopsis("invite-audit [OPTIONS] FILE...",
                        "       invite-audit check [OPTIONS] TEXT|-",
                        "       invite-audit help [check]")
                .description("Tells, for every LinkedIn invitation in an export, whether it was sent with the default "
                        + "wording (no note, or LinkedIn's stock text), with a generic note that could have gone to "
                        + "anyone, or with a personalized one.", "Works offline: nothing is sent anywhere.")
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(ExitCode.described(
                        "0", "the audit ran and every record was read",
                        "1", "--fail-on found an invitation in scope with that verdict or a worse one",
                        "2", "usage error: an unknown option or a bad value",
                        "3", "an input cannot be used (missing, unreadable, empty, not an invitations export, another "
                                + "file of the export, a required column missing, a zip or folder without "
                                + "Invitations.csv, a possible zip bomb, a file named twice), or a record had to be "
                                + "skipped, in which case the report is still printed for the rest; or the --output "
                                + "file cannot be written",
                        "69", "no Java 17 or newer was found to run invite-audit (said by the installed command's "
                                + "launcher)",
                        "70", "internal error in invite-audit (please report it; --verbose shows details)",
                        "74", "standard output or standard error was closed when it started (it exits at once, "
                                + "saying nothing)"))
                .footerHeading("%nExamples:%n")
                .footer("  invite-audit Basic_LinkedInDataExport.zip",
                        "      who sent you generic invitations, and how yours fared",
                        "  invite-audit --direction sent --since 3m Basic_LinkedInDataExport.zip",
                        "      your own invitations of the last three months, and which were accepted",
                        "  invite-audit --format html -o report.html Invitations.csv",
                        "      a page to open in a browser",
                        "  invite-audit --format json Invitations.csv | jq '.summary'",
                        "      the counts, for a script",
                        "  invite-audit check --to \"Ada Byron\" \"Hi Ada, loved your JFokus talk\"",
                        "      judge a draft before you send it");
        format = CommandOptions.add(spec, OutputFormat.class, OptionSpec.builder("--format").paramLabel("FORMAT")
                .converters(new FormatConverter())
                .completionCandidates(new FormatConverter()).defaultValue("text")
                .description("Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})."));
        direction = CommandOptions.add(spec, DirectionScope.class, OptionSpec.builder("--direction")
                .paramLabel("DIRECTION")
                .converters(new DirectionConverter())
                .completionCandidates(new DirectionConverter()).defaultValue("all")
                .description("Which invitations to audit: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); "
                        + "incoming and outgoing mean received and sent."));
        since = CommandOptions.add(spec, DateBound.class, OptionSpec.builder("--since").paramLabel("DATE")
                .converters(new DateConverter())
                .description("Only invitations sent on or after this day (YYYY-MM-DD), from the first day of this "
                        + "month (YYYY-MM), or from this long ago (30d, 6w, 3m, 1y)."));
        until = CommandOptions.add(spec, DateBound.class, OptionSpec.builder("--until").paramLabel("DATE")
                .converters(new DateConverter())
                .description("Only invitations sent on or before this day (YYYY-MM-DD), up to the last day of this "
                        + "month (YYYY-MM), or up to this long ago (30d, 6w, 3m, 1y)."));
        listAll = CommandOptions.flag(spec, "--all",
                "List every invitation, not only the offenders (default and generic).");
        only = CommandOptions.add(spec, Verdict.class, OptionSpec.builder("--only").paramLabel("VERDICT")
                .converters(new VerdictConverter()).completionCandidates(new VerdictConverter())
                .description("List only the invitations with this verdict: ${COMPLETION-CANDIDATES}. "
                        + "The counts still cover every verdict."));
        limit = CommandOptions.add(spec, Integer.class, OptionSpec.builder("--limit").paramLabel("N")
                .converters(new LimitConverter())
                .description("How many invitations of each verdict the text report lists, newest first (default: "
                        + DEFAULT_LIMIT + ", or all with --all or --only; 0 lists all). The other formats list every "
                        + "invitation selected, and refuse it."));
        // A label of its own: picocli's completion script keeps each option's values under its label, and --only's
        // under the same one were lost to these.
        failOn = CommandOptions.add(spec, Verdict.class, OptionSpec.builder("--fail-on").paramLabel("OFFENDER")
                .converters(new VerdictConverter())
                .completionCandidates(new VerdictConverter.Offenders())
                .description("Exit with 1 when any invitation in scope has this verdict or a worse one: "
                        + "${COMPLETION-CANDIDATES} (generic includes default)."));
        templateMin = CommandOptions.add(spec, int.class, OptionSpec.builder("--template-min").paramLabel("N")
                .converters(new TemplateMinConverter())
                .defaultValue("" + TemplateCensus.DEFAULT_MIN_RECIPIENTS)
                .description("A note one sender sent to at least N people, the same once their names are set aside, "
                        + "or nearly, is a mass template, and generic (default: ${DEFAULT-VALUE}). The invitations "
                        + "then go through two or three passes, those of a large input kept in a private temporary "
                        + "file; 0 does not look for templates."));
        phrases = new PhrasesOption(spec);
        redact = CommandOptions.flag(spec, "--redact",
                "Replace names by initials and drop profile URLs, so that the report can be shared.");
        color = CommandOptions.add(spec, WhenConverter.When.class, OptionSpec.builder("--color").paramLabel("WHEN")
                .converters(new WhenConverter())
                .completionCandidates(new WhenConverter()).defaultValue("auto")
                .description("Colour in the text report: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: on a "
                        + "terminal unless NO_COLOR is set; always wins over NO_COLOR)."));
        bom = CommandOptions.add(spec, WhenConverter.When.class, OptionSpec.builder("--bom").paramLabel("WHEN")
                .converters(new WhenConverter())
                .completionCandidates(new WhenConverter()).defaultValue("auto")
                .description("Start CSV with a byte-order mark, which Excel and LibreOffice need to read accents "
                        + "right: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: when standard output is a "
                        + "file, as in > report.csv, and not on a pipe, where programs would read it as part of the "
                        + "first heading)."));
        width = CommandOptions.add(spec, Integer.class, OptionSpec.builder("--width").paramLabel("COLUMNS")
                .converters(new WidthConverter())
                .description("How wide the text report may be, in columns (at least " + RenderOptions.MIN_WIDTH
                        + "; default: the terminal's width, or 80 when standard output is not a terminal). At about "
                        + "60 and below, each invitation is a block of lines."));
        wide = CommandOptions.flag(spec, "--wide", "Print whole notes and names, whatever the width of the lines.");
        by = CommandOptions.add(spec, Period.class, OptionSpec.builder("--by").paramLabel("PERIOD")
                .converters(new PeriodConverter()).completionCandidates(new PeriodConverter())
                .description("Count by ${COMPLETION-CANDIDATES} (default: months, folded into quarters or years when "
                        + "there would be more than 12 rows)."));
        lineBuffered = CommandOptions.flag(spec, "--line-buffered",
                "Write each NDJSON line out as soon as it is ready, as grep's option of that name does. On without it "
                        + "when standard output is a terminal, or when standard input is read as it comes (- with "
                        + "--template-min 0); otherwise lines go out a buffer at a time.");
        output = CommandOptions.add(spec, String.class, OptionSpec.builder("-o", "--output").paramLabel("FILE")
                .description("Write the report to FILE instead of standard output: whole or not at all (it is moved "
                        + "into place once complete, readable by you alone), so a failed run never leaves half a "
                        + "report."));
        verbose = CommandOptions.flag(spec, "--verbose", "Show the details of an error, stack trace included.");
        // Not required by picocli, which would then ask for it before the check subcommand too; its label says it is.
        files = CommandOptions.addWords(spec, PositionalParamSpec.builder().paramLabel("FILE...").arity("0..*")
                .hideParamSyntax(true)
                .description("The LinkedIn data export zip, the folder it unzips to, or the Invitations.csv in it "
                        + "(either header era); - reads a CSV from standard input. Several are audited together as "
                        + "one report."));
        CommandOptions.addHelp(spec);
    }

    CommandSpec spec() {
        return spec;
    }


    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (spec.commandLine().getParseResult().originalArgs().isEmpty()) {
            // A bare invite-audit is someone finding out how to use it: the usage, on stderr as for any usage error,
            // short enough to read at a glance; --help has the rest.
            CommandLine.Help help = spec.commandLine().getHelp();
            err.print(help.synopsisHeading() + help.synopsis(0) + help.description() + "\n" + spec.qualifiedName()
                    + " --help lists the options and the exit codes.\n");
            return ExitCode.USAGE;
        }
        if (files.value() == null || files.value().isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Missing required parameter: 'FILE...': the export "
                    + "zip, its folder or its Invitations.csv");
        }
        checkFailOn();
        if (output.value() == null) {
            return audit(spec.commandLine().getOut(), environment);
        }
        try (ReportFile file = ReportFile.start(output.value())) {
            int code = audit(file.writer(), environment.writingToFile());
            if (reported) { // also with records skipped: the report of the rest is whole, and says so
                file.keep();
            }
            return code;
        } catch (ReportFile.Unwritable e) {
            InviteAudit.message(err, e.getMessage());
            return ExitCode.INPUT;
        }
    }

    /** Runs the audit and writes its report; whether a report was written is left in {@link #reported}. */
    private int audit(PrintWriter out, Environment where) throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        // Standard input read in one pass is streamed: what comes out should keep up with what comes in.
        boolean streamingStdin = templateMin.value() == 0 && files.value().contains(Sources.STDIN_ARGUMENT);
        RenderOptions renderOptions = new RenderOptions(listLimit(),
                color.value().applies(where.stdoutIsTerminal() && !where.noColor()),
                lineBuffered.value() || where.stdoutIsTerminal() || streamingStdin, width(where),
                Optional.ofNullable(by.value()),
                bom.value().applies(where.stdoutIsRegularFile()));
        try (Renderer renderer = format.value().renderer(out, renderOptions)) {
            return auditWith(renderer, out, err, new ReportBuilder.Options(scope(),
                    new Selection(listAll.value(), Optional.ofNullable(only.value())),
                    format.value().plan(renderOptions), redact.value()));
        }
    }

    private int auditWith(Renderer renderer, PrintWriter out, PrintWriter err, ReportBuilder.Options options)
            throws IOException {
        ReportBuilder builder = new ReportBuilder(options, invitation -> {
            try {
                renderer.listed(invitation);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        // On stderr as in the text report: the first few problems of a kind, then how many more.
        ProblemDigest digest = new ProblemDigest();
        try {
            Audit audit = new Audit(phrases.classifier(), templateMin.value(), new Audit.Listener() {
                @Override
                public void problem(Problem problem) {
                    if (digest.show(problem)) {
                        InviteAudit.message(err, problem.describe());
                    }
                }

                @Override
                public void notice(String notice) {
                    InviteAudit.message(err, notice);
                }
            });
            try (Report report = audit.run(
                    Sources.resolve(files.value(), stdin, notice -> InviteAudit.message(err, notice)),
                    builder)) {
                digest.summaries().forEach(summary -> InviteAudit.message(err, summary));
                if (report.undatedLeftOut() > 0) {
                    InviteAudit.message(err, Counts.of(report.undatedLeftOut()) + " invitation"
                            + (report.undatedLeftOut() == 1 ? " whose date could not be read is"
                            : "s whose dates could not be read are") + " left out of the counts and lists: "
                            + "--since and --until cannot place them");
                }
                renderer.finish(report);
                out.flush();
                reported = true;
                return exitCode(report, err);
            }
        } catch (UnusableInputException | TemporaryFileException e) {
            digest.summaries().forEach(summary -> InviteAudit.message(err, summary));
            InviteAudit.message(err, e.getMessage());
            if (verbose()) {
                e.printStackTrace(err);
            }
            return ExitCode.INPUT;
        }
    }

    /** A record skipped makes the audit incomplete, which outweighs what --fail-on found in the rest. */
    private int exitCode(Report report, PrintWriter err) {
        if (report.skipped() > 0) {
            InviteAudit.message(err, report.skipped() + " record"
                    + (report.skipped() == 1 ? " was" : "s were") + " skipped; the report covers the rest");
            return ExitCode.INPUT;
        }
        Verdict threshold = failOn.value();
        if (threshold != null) {
            long failing = Arrays.stream(Verdict.values()).filter(verdict -> verdict.isAsBadAs(threshold))
                    .mapToLong(report.all()::count).sum();
            if (failing > 0) {
                InviteAudit.message(err, failing + " invitation" + (failing == 1 ? " is " : "s are ") + threshold.id()
                        + " or worse (--fail-on " + threshold.id() + ")");
                return ExitCode.FINDINGS;
            }
        }
        return ExitCode.OK;
    }

    private void checkFailOn() {
        if (failOn.value() != null && !failOn.value().isOffender()) {
            throw new ParameterException(spec.commandLine(), "--fail-on takes default or generic, not '"
                    + failOn.value().id() + "': failing on personalized invitations would fail every good audit");
        }
    }

    private AuditScope scope() {
        LocalDate today = LocalDate.now();
        Optional<LocalDate> first = Optional.ofNullable(since.value()).map(bound -> bound.since(today));
        Optional<LocalDate> last = Optional.ofNullable(until.value()).map(bound -> bound.until(today));
        if (first.isPresent() && last.isPresent() && first.get().isAfter(last.get())) {
            throw new ParameterException(spec.commandLine(), "--since " + shown(since.value(), first.get())
                    + " is after --until " + shown(until.value(), last.get()) + "; no invitation could be in between");
        }
        return new AuditScope(direction.value(), first, last);
    }

    /** "2026-01-31", or "30d (2026-11-06)": the day a bound came to, where it was not written as that day. */
    private static String shown(DateBound bound, LocalDate day) {
        return bound.written().strip().equals(day.toString()) ? day.toString() : bound.written() + " (" + day + ")";
    }

    boolean verbose() {
        return verbose.value();
    }

    private int width(Environment where) {
        if (wide.value() && width.value() != null) {
            throw new ParameterException(spec.commandLine(), "--wide and --width " + width.value()
                    + " contradict each other; give one of them");
        }
        if (wide.value()) {
            return RenderOptions.UNLIMITED;
        }
        if (width.value() != null) {
            return width.value();
        }
        // Only the text report is laid out to a width; the other formats take none, so the terminal is not asked.
        return format.value() == OutputFormat.TEXT ? where.textWidth() : RenderOptions.MIN_WIDTH;
    }

    private int listLimit() {
        if (limit.value() != null && format.value() != OutputFormat.TEXT) {
            throw new ParameterException(spec.commandLine(), "--limit applies to the text report; --format "
                    + format.value().id() + " lists every invitation selected (narrow them with --only, --direction, "
                    + "--since or --until)");
        }
        if (limit.value() == null) {
            return listAll.value() || only.value() != null ? 0 : DEFAULT_LIMIT;
        }
        return limit.value();
    }
}
