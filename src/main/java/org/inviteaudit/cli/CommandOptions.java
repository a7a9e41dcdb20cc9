package org.inviteaudit.cli;

import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The options every command of invite-audit has, built with picocli's programmatic API, as the commands are: where
 * picocli would read the same from annotations, it makes a proxy class for each kind of annotation and reflects on
 * each field at every start, which the benchmark's two picocli floors show costs more than building the model.
 */
final class CommandOptions {

    private CommandOptions() {
    }

    /** {@code -h, --help} and {@code -V, --version}, worded as picocli's standard help options are. */
    static void addHelp(CommandSpec spec) {
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).type(boolean.class).initialValue(false)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).type(boolean.class)
                .initialValue(false).description("Print version information and exit.").build());
    }

    /** A flag: false unless given. */
    static Given<Boolean> flag(CommandSpec spec, String name, String description) {
        OptionSpec flag = OptionSpec.builder(name).type(boolean.class).initialValue(false).description(description)
                .build();
        spec.addOption(flag);
        return new Given<>(flag);
    }

    /** Adds the option, whose values are of the type given, to the command, and gives it back to read once parsed. */
    static <T> Given<T> add(CommandSpec spec, Class<T> type, OptionSpec.Builder option) {
        OptionSpec built = option.type(type).build();
        spec.addOption(built);
        return new Given<>(built);
    }

    /** Adds the words that follow the options to the command, as strings, and gives them back to read once parsed. */
    static Given<List<String>> addWords(CommandSpec spec, PositionalParamSpec.Builder words) {
        PositionalParamSpec built = words.type(List.class).auxiliaryTypes(String.class).build();
        spec.addPositional(built);
        return new Given<>(built);
    }
}
