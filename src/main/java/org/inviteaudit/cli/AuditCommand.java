package org.inviteaudit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.inviteaudit.Audit;
import org.inviteaudit.classify.Classifier;
import org.inviteaudit.render.OutputFormat;
import org.inviteaudit.render.RenderOptions;
import org.inviteaudit.report.DirectionScope;
import org.inviteaudit.report.Report;
import org.inviteaudit.report.ReportBuilder;
import org.inviteaudit.source.Sources;
import org.inviteaudit.source.UnusableInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code invite-audit [OPTIONS] FILE...}: maps the options onto an audit, runs it and renders the report. */
@Command(
        name = "invite-audit",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Tells, for every LinkedIn invitation in an export, whether it was sent with the default wording "
                    + "(no note, or LinkedIn's stock text), with a generic note that could have gone to anyone, "
                    + "or with a personalized one.",
            "Works offline: nothing is sent anywhere."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the audit ran and every record was read",
            "2:usage error: an unknown option or a bad value",
            "3:an input cannot be used (missing, unreadable, empty, not an invitations export, a required column "
                    + "missing), or a record had to be skipped; in the second case the report is still printed "
                    + "for the rest",
            "70:internal error in invite-audit (please report it; --verbose shows details)"
        })
final class AuditCommand implements Callable<Integer> {

    private static final int DEFAULT_LIMIT = 20;

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
            completionCandidates = OutputFormat.Ids.class, defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private OutputFormat format;

    @Option(names = "--direction", paramLabel = "DIRECTION", converter = DirectionConverter.class,
            completionCandidates = DirectionConverter.Candidates.class, defaultValue = "all",
            description = "Which invitations to audit: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); "
                    + "incoming and outgoing mean received and sent.")
    private DirectionScope direction;

    @Option(names = "--all", description = "List every invitation, not only the offenders (default and generic).")
    private boolean listAll;

    @Option(names = "--limit", paramLabel = "N",
            description = "How many invitations the text report lists (default: " + DEFAULT_LIMIT
                    + ", or all with --all; 0 lists all).")
    private Integer limit;

    @Option(names = "--verbose", description = "Show the details of an error, stack trace included.")
    private boolean verbose;

    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "An Invitations.csv from a LinkedIn data export, of either header era; - reads "
                    + "standard input. Several files are audited together as one report.")
    private List<String> files;

    private final InputStream stdin;

    AuditCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RenderOptions renderOptions = new RenderOptions(listLimit());
        try {
            Audit audit = new Audit(new Classifier(), problem -> InviteAudit.message(err, problem.describe()));
            ReportBuilder builder = new ReportBuilder(direction, listAll, format.listingOrder(renderOptions));
            try (Report report = audit.run(Sources.resolve(files, stdin), builder)) {
                format.renderer().render(report, out);
                out.flush();
                if (report.skipped() > 0) {
                    InviteAudit.message(err, report.skipped() + " record"
                            + (report.skipped() == 1 ? " was" : "s were") + " skipped; the report covers the rest");
                    return ExitCode.INPUT;
                }
                return ExitCode.OK;
            }
        } catch (UnusableInputException e) {
            InviteAudit.message(err, e.getMessage());
            if (verbose) {
                e.printStackTrace(err);
            }
            return ExitCode.INPUT;
        }
    }

    boolean verbose() {
        return verbose;
    }

    private int listLimit() {
        if (limit == null) {
            return listAll ? 0 : DEFAULT_LIMIT;
        }
        if (limit < 0) {
            throw new ParameterException(spec.commandLine(),
                    "--limit must be 0 (list all) or more, not " + limit);
        }
        return limit;
    }
}
