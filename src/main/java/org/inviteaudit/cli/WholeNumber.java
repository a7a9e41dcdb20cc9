package org.inviteaudit.cli;

import picocli.CommandLine.TypeConversionException;

/** Reads an option's value as a whole number, with a message that says what to give when it is not one. */
final class WholeNumber {

    private WholeNumber() {
    }

    static int parse(String value, String whatToGive) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a number; give " + whatToGive);
        }
    }
}
