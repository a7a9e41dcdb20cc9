package org.inviteaudit.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The exit codes, defined once; {@code --help} and docs/exit-codes.md list them, with 69, which the launcher
 * (src/main/launcher/invite-audit.sh) gives when it finds no Java 17 or newer.
 */
final class ExitCode {

    /** The audit ran and every record was read. */
    static final int OK = 0;
    /** {@code --fail-on} found an invitation with that verdict or a worse one. */
    static final int FINDINGS = 1;
    /** An unknown option or a bad value. */
    static final int USAGE = 2;
    /**
     * An input cannot be used, or a record had to be skipped (the report is then printed for the rest), or the report
     * cannot be written where {@code --output} says.
     */
    static final int INPUT = 3;
    /** Standard output or standard error was closed when the tool started: it exits at once, saying nothing. */
    static final int OUTPUT_CLOSED = 74;
    /** A fault in invite-audit itself. */
    static final int INTERNAL = 70;

    private ExitCode() {
    }

    /** Codes and what each means, in the order given, as a command's usage help lists them. */
    static Map<String, String> described(String... codesAndMeanings) {
        Map<String, String> described = new LinkedHashMap<>();
        for (int i = 0; i < codesAndMeanings.length; i += 2) {
            described.put(codesAndMeanings[i], codesAndMeanings[i + 1]);
        }
        return described;
    }
}
