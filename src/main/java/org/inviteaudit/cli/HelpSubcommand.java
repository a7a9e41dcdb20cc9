package org.inviteaudit.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.IHelpCommandInitializable2;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code invite-audit help [check]}: picocli's help subcommand, built as the other commands are ({@link
 * CommandOptions}), worded and behaving as picocli's own {@code HelpCommand}, which is annotated.
 */
final class HelpSubcommand implements IHelpCommandInitializable2, Callable<Integer> {

    private final CommandSpec spec;
    private final PositionalParamSpec command;
    private CommandLine self;
    private ColorScheme colors;
    private PrintWriter out;

    /** @param commands the other subcommands, whose usage it shows: what a shell completes after it */
    HelpSubcommand(List<String> commands) {
        spec = CommandSpec.wrapWithoutInspection(this).name("help").helpCommand(true);
        spec.usageMessage().header("Shows the usage of invite-audit, or of check.").synopsisHeading("%nUsage: ")
                .description("%nWhen no COMMAND is given, the usage help for the main command is displayed.",
                        "If a COMMAND is specified, the help for that command is shown.%n");
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).type(boolean.class).initialValue(false)
                .description("Show usage help for the help command and exit.").build());
        command = PositionalParamSpec.builder().paramLabel("COMMAND").arity("0..1").type(String.class)
                .completionCandidates(commands)
                .description("The COMMAND to display the usage help message for.").build();
        spec.addPositional(command);
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public void init(CommandLine helpCommandLine, ColorScheme colorScheme, PrintWriter outWriter,
            PrintWriter errWriter) {
        this.self = helpCommandLine;
        this.colors = colorScheme;
        this.out = outWriter;
    }

    @Override
    public Integer call() {
        CommandLine parent = self.getParent();
        String name = command.getValue();
        if (name == null) {
            parent.usage(out, colors);
            return parent.getCommandSpec().exitCodeOnUsageHelp();
        }
        CommandLine subcommand = parent.getCommandSpec().subcommands().get(name);
        if (subcommand == null) {
            throw new ParameterException(parent, "Unknown subcommand '" + name + "'.", null, name);
        }
        subcommand.usage(out, colors);
        return subcommand.getCommandSpec().exitCodeOnUsageHelp();
    }
}
