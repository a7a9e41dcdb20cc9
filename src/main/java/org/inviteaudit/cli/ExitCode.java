package org.inviteaudit.cli;

/** The exit codes, defined once; {@code --help} and README.md list them. */
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
    /** A fault in invite-audit itself. */
    static final int INTERNAL = 70;

    private ExitCode() {
    }
}
