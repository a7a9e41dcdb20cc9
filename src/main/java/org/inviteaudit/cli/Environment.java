package org.inviteaudit.cli;

import java.io.Console;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;

/**
 * What the tool needs to know of the process it runs in, passed through the seam so that tests can set it.
 *
 * @param stdoutIsTerminal    whether standard output is a terminal
 * @param stdoutIsRegularFile whether standard output is a file on disk ({@code > report.csv}), not a pipe
 * @param variables           the environment variables
 */
record Environment(boolean stdoutIsTerminal, boolean stdoutIsRegularFile, Map<String, String> variables) {

    /** A run whose output goes to a pipe, with no environment variables: what tests see by default. */
    static final Environment PLAIN = new Environment(false, Map.of());

    /** Standard output a terminal or a pipe. */
    Environment(boolean stdoutIsTerminal, Map<String, String> variables) {
        this(stdoutIsTerminal, false, variables);
    }

    /** The same process writing its report to a file of its own ({@code --output}) rather than to standard output. */
    Environment writingToFile() {
        return new Environment(false, true, variables);
    }

    /** NO_COLOR set to anything but the empty string turns colour off (no-color.org). */
    boolean noColor() {
        String value = variables.get("NO_COLOR");
        return value != null && !value.isEmpty();
    }

    /**
     * The width of the terminal that standard output is, from {@code COLUMNS} (which the launcher sets from the
     * terminal when the shell has not exported it); empty when standard output is not a terminal, or its width is not
     * known.
     */
    OptionalInt terminalColumns() {
        String columns = variables.get("COLUMNS");
        if (!stdoutIsTerminal || columns == null) {
            return OptionalInt.empty();
        }
        try {
            int parsed = Integer.parseInt(columns.strip());
            return parsed > 0 ? OptionalInt.of(parsed) : OptionalInt.empty();
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    static Environment ofProcess() {
        return new Environment(processStdoutIsTerminal(), processStdoutIsRegularFile(), System.getenv());
    }

    /** /dev/stdout names what descriptor 1 is open on, where the system has it (Linux, macOS, the BSDs). */
    private static boolean processStdoutIsRegularFile() {
        try {
            return Files.isRegularFile(Path.of("/dev/stdout"));
        } catch (RuntimeException e) {
            return false; // no such name on this system: no byte-order mark, which no program reading a pipe wants
        }
    }

    /**
     * Up to Java 21, a console exists only when standard input and output are both terminals. From Java 22 one may
     * exist when they are not, and {@code Console.isTerminal()} says; it is called where it exists.
     */
    private static boolean processStdoutIsTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
