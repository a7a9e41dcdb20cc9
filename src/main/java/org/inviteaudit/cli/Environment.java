package org.inviteaudit.cli;

import java.io.Console;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.inviteaudit.render.RenderOptions;

/**
 * What the tool needs to know of the process it runs in, passed through the seam so that tests can set it.
 *
 * @param stdoutIsTerminal    whether standard output is a terminal
 * @param stdoutIsRegularFile whether standard output is a file on disk ({@code > report.csv}), not a pipe
 * @param variables           the environment variables
 */
record Environment(boolean stdoutIsTerminal, boolean stdoutIsRegularFile, Map<String, String> variables) {

    // The width of text for people when standard output is a file or a pipe, or a terminal of unknown width.
    private static final int DEFAULT_WIDTH = 80;

    /** A run whose output goes to a pipe, with no environment variables: what tests see by default. */
    static final Environment PLAIN = new Environment(false, Map.of());

    /** Standard output a terminal or a pipe. */
    Environment(boolean stdoutIsTerminal, Map<String, String> variables) {
        this(stdoutIsTerminal, false, variables);
    }

    /** The width of text for people: the terminal's, or 80 columns where that is not known or it is no terminal. */
    int textWidth() {
        return Math.max(RenderOptions.MIN_WIDTH, terminalColumns().orElse(DEFAULT_WIDTH));
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
     * The width of the terminal that standard output is, from {@code COLUMNS} (which {@link #ofProcess} asks of the
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
        boolean terminal = processStdoutIsTerminal();
        Map<String, String> variables = System.getenv();
        if (terminal && !variables.containsKey("COLUMNS")) {
            // Shells seldom export COLUMNS, and Java has no call for a terminal's width: ask stty, once.
            Optional<String> columns = askTheTerminalItsWidth();
            if (columns.isPresent()) {
                variables = new HashMap<>(variables);
                variables.put("COLUMNS", columns.get());
            }
        }
        return new Environment(terminal, processStdoutIsRegularFile(), variables);
    }

    /** What {@code stty size} says of the controlling terminal: its rows, then its columns. */
    private static Optional<String> askTheTerminalItsWidth() {
        try {
            Process stty = new ProcessBuilder("stty", "size").redirectInput(new File("/dev/tty"))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String size = new String(stty.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            if (!stty.waitFor(2, TimeUnit.SECONDS) || stty.exitValue() != 0 || !size.contains(" ")) {
                return Optional.empty();
            }
            return Optional.of(size.substring(size.indexOf(' ') + 1));
        } catch (IOException e) {
            return Optional.empty(); // no stty, or no terminal to ask: 80 columns
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
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
