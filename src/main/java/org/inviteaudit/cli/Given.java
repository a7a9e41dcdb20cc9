package org.inviteaudit.cli;

import picocli.CommandLine.Model.ArgSpec;

/**
 * An option or parameter of a command with the type of what it gives, read where it is used once the command line
 * is parsed: a command keeps no copy of its values, which a forgotten line could leave at their defaults.
 */
record Given<T>(ArgSpec spec) {

    T value() {
        return spec.getValue();
    }
}
