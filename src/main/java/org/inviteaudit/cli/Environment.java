package org.inviteaudit.cli;

import java.io.Console;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.OptionalInt;

/**
 * What the tool needs to know of the process it runs in, passed through the seam so that tests can set it.
 *
 * @param stdoutIsTerminal whether standard output is a terminal
 * @param variables        the environment variables
 */
record Environment(boolean stdoutIsTerminal, Map<String, String> variables) {

    /** A run whose output goes to a file or a pipe, with no environment variables: what tests see by default. */
    static final Environment PLAIN = new Environment(false, Map.of());

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
        return new Environment(processStdoutIsTerminal(), System.getenv());
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
