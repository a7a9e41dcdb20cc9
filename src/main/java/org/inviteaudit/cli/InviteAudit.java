package org.inviteaudit.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.inviteaudit.render.TerminalText;
import picocli.CommandLine;

/**
 * The seam between the tool and its process: it takes the streams and the arguments and returns the exit code, so
 * tests run the whole tool without {@code System.exit}.
 */
public final class InviteAudit {

    // What every line on stderr starts with, so a user can tell the tool's messages from the shell's.
    private static final String MESSAGE_PREFIX = "invite-audit: ";
    private static final String ROOT = "invite-audit";
    private static final String CHECK = "check";

    private InviteAudit() {
    }

    public static int run(InputStream in, PrintWriter out, PrintWriter err, String... args) {
        return run(in, out, err, Environment.PLAIN, args);
    }

    static int run(InputStream in, PrintWriter out, PrintWriter err, Environment environment, String... args) {
        int code = args.length > 0 && args[0].equals(CHECK)
                ? checkCommandLine(in, out, err, environment).execute(Arrays.copyOfRange(args, 1, args.length))
                : commandLine(in, out, err, environment).execute(args);
        try {
            out.flush();
        } catch (StandardOutput.Closed e) {
            // the reader has gone: nothing left to say
        }
        err.flush();
        return code;
    }

    /**
     * The whole command line, subcommands and all: what a run executes, and what the build writes the shell
     * completion and the manual pages from.
     */
    static CommandLine commandLine(InputStream in, PrintWriter out, PrintWriter err, Environment environment) {
        AuditCommand command = new AuditCommand(in, environment);
        return configured(new CommandLine(command.spec())
                .addSubcommand(CHECK, new CheckCommand(in, environment).spec())
                .addSubcommand("help", new HelpSubcommand(List.of(CHECK)).spec()), out, err,
                Optional.of(command::verbose));
    }

    /**
     * The command line of {@code check} alone, named as it is within the whole one, so that it parses, helps and
     * errs as there: a draft is judged without first building the audit's options for nothing.
     */
    static CommandLine checkCommandLine(InputStream in, PrintWriter out, PrintWriter err, Environment environment) {
        CommandLine check = configured(new CommandLine(new CheckCommand(in, environment).spec()), out, err,
                Optional.empty());
        check.getCommandSpec().name(ROOT + " " + CHECK);
        return check;
    }

    /** @param verbose whether --verbose was given, where the command has it */
    private static CommandLine configured(CommandLine commandLine, PrintWriter out, PrintWriter err,
            Optional<BooleanSupplier> verbose) {
        return commandLine
                // An argument starting with @ is a name ("--to @ada") or a file ("@home.csv"), never a file of
                // arguments to read instead: picocli's expansion of such files is off (a fuzzer found it).
                .setExpandAtFiles(false)
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler(new UsageErrors(err))
                .setExecutionExceptionHandler(new Failures(err, verbose));
    }

    // The handlers are classes, not lambdas: what `check` runs links none (docs/code.md).

    /** A usage error: one line on stderr, a suggestion for an option mistyped, and the usage exit code. */
    private static final class UsageErrors implements CommandLine.IParameterExceptionHandler {
        private final PrintWriter err;

        UsageErrors(PrintWriter err) {
            this.err = err;
        }

        @Override
        public int handleParseException(CommandLine.ParameterException e, String[] arguments) {
            message(err, e.getMessage() + suggestion(e) + " (" + e.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help lists the options)");
            return ExitCode.USAGE;
        }
    }

    /** A failure while running: one line on stderr (the stack trace too with --verbose), and the internal exit code. */
    private static final class Failures implements CommandLine.IExecutionExceptionHandler {
        private final PrintWriter err;
        private final Optional<BooleanSupplier> verbose;

        Failures(PrintWriter err, Optional<BooleanSupplier> verbose) {
            this.err = err;
            this.verbose = verbose;
        }

        @Override
        public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
            if (e instanceof StandardOutput.Closed) {
                return ExitCode.OK; // whoever read the output has all they wanted
            }
            boolean detailed = verbose.isPresent() && verbose.get().getAsBoolean();
            message(err, "internal error: " + e + (verbose.isPresent() && !detailed
                    ? " (run with --verbose for details)" : ""));
            if (detailed) {
                e.printStackTrace(err);
            }
            return ExitCode.INTERNAL;
        }
    }

    /** "; did you mean --format?" for an unknown option close to one that exists; nothing otherwise. */
    private static String suggestion(CommandLine.ParameterException e) {
        if (!(e instanceof CommandLine.UnmatchedArgumentException unmatched)) {
            return "";
        }
        List<String> options = new ArrayList<>();
        for (CommandLine.Model.OptionSpec option : e.getCommandLine().getCommandSpec().options()) {
            options.addAll(List.of(option.names()));
        }
        for (String argument : unmatched.getUnmatched()) {
            if (argument.startsWith("-")) {
                List<String> closest = ClosestOption.to(argument, options);
                return closest.isEmpty() ? "" : "; did you mean " + String.join(" or ", closest) + "?";
            }
        }
        return "";
    }

    /**
     * Writes one line on stderr. Messages quote the input (a file name, a header, a field), so they are made safe
     * for a terminal like the text report.
     */
    static void message(PrintWriter err, String message) {
        err.println(MESSAGE_PREFIX + TerminalText.oneLine(message));
    }
}
