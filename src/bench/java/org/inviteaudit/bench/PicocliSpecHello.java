package org.inviteaudit.bench;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/**
 * {@link PicocliHello}'s command built with picocli's programmatic API ({@code CommandSpec}) instead of annotations:
 * the same option, parameters, help options and line printed, without the reflection over annotated fields that
 * builds the model. bench/run times both, so that which way invite-audit's command line is built is chosen by
 * measurement.
 */
public final class PicocliSpecHello {

    private PicocliSpecHello() {
    }

    public static void main(String[] args) {
        CommandSpec spec = CommandSpec.create().name("hello").version("hello 1").mixinStandardHelpOptions(true);
        spec.addOption(OptionSpec.builder("--format").type(String.class).defaultValue("text").build());
        spec.addPositional(PositionalParamSpec.builder().type(List.class).auxiliaryTypes(String.class)
                .arity("0..*").build());
        CommandLine command = new CommandLine(spec);
        command.setExecutionStrategy(PicocliSpecHello::run);
        System.exit(command.execute(args));
    }

    private static int run(ParseResult parsed) {
        Integer help = CommandLine.executeHelpRequest(parsed);
        if (help != null) {
            return help;
        }
        List<String> files = parsed.matchedPositionals().isEmpty() ? List.of()
                : parsed.matchedPositionals().get(0).getValue();
        System.out.println("Hello " + parsed.matchedOptionValue("--format", "text") + " " + files);
        return 0;
    }
}
