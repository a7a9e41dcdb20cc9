package org.inviteaudit.cli;

import java.io.Console;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.inviteaudit.render.RenderOptions;

/**
 * What the tool needs to know of the process it runs in, passed through the seam so that tests can set it.
 *
 * @param stdoutIsTerminal    whether standard output is a terminal
 * @param stdoutIsRegularFile whether standard output is a file on disk ({@code > report.csv}), not a pipe
 * @param variables           the environment variables
 * @param mayAskTheTerminal   whether the width of a terminal without COLUMNS may be asked of it with stty: only in
 *                            the process itself, and only when a width is needed (the text report, check's text)
 */
record Environment(boolean stdoutIsTerminal, boolean stdoutIsRegularFile, Map<String, String> variables,
        boolean mayAskTheTerminal) {

    // The width of text for people when standard output is a file or a pipe, or a terminal of unknown width.
    private static final int DEFAULT_WIDTH = 80;

    /** A run whose output goes to a pipe, with no environment variables: what tests see by default. */
    static final Environment PLAIN = new Environment(false, Map.of());

    /** Standard output a terminal or a pipe. */
    Environment(boolean stdoutIsTerminal, Map<String, String> variables) {
        this(stdoutIsTerminal, false, variables);
    }

    /** A run in tests: the terminal, if any, is never asked. */
    Environment(boolean stdoutIsTerminal, boolean stdoutIsRegularFile, Map<String, String> variables) {
        this(stdoutIsTerminal, stdoutIsRegularFile, variables, false);
    }

    /**
     * The width of text for people: the terminal's, or 80 columns where that is not known or it is no terminal.
     * Shells seldom export COLUMNS, and Java has no call for a terminal's width: stty is asked, here rather than at
     * start, so that a run that prints no text for people (JSON, CSV…) starts no process.
     */
    int textWidth() {
        OptionalInt columns = terminalColumns();
        if (columns.isEmpty() && mayAskTheTerminal && stdoutIsTerminal && !variables.containsKey("COLUMNS")) {
            columns = askTheTerminalItsWidth();
        }
        return Math.max(RenderOptions.MIN_WIDTH, columns.orElse(DEFAULT_WIDTH));
    }

    /** The same process writing its report to a file of its own ({@code --output}) rather than to standard output. */
    Environment writingToFile() {
        return new Environment(false, true, variables, false);
    }

    /** NO_COLOR set to anything but the empty string turns colour off (no-color.org). */
    boolean noColor() {
        String value = variables.get("NO_COLOR");
        return value != null && !value.isEmpty();
    }

    /**
     * The width of the terminal that standard output is, from {@code COLUMNS}; empty when standard output is not a
     * terminal, or COLUMNS does not say.
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
        return new Environment(processStdoutIsTerminal(), processStdoutIsRegularFile(), System.getenv(), true);
    }

    /** The columns of {@code stty size}, which gives the controlling terminal's rows, then its columns. */
    private static OptionalInt askTheTerminalItsWidth() {
        try {
            Process stty = new ProcessBuilder("stty", "size").redirectInput(new File("/dev/tty"))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String size = new String(stty.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            if (!stty.waitFor(2, TimeUnit.SECONDS) || stty.exitValue() != 0 || !size.contains(" ")) {
                return OptionalInt.empty();
            }
            int columns = Integer.parseInt(size.substring(size.indexOf(' ') + 1).strip());
            return columns > 0 ? OptionalInt.of(columns) : OptionalInt.empty();
        } catch (IOException | NumberFormatException e) {
            return OptionalInt.empty(); // no stty, no terminal to ask, or an answer not understood: 80 columns
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.empty();
        }
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
