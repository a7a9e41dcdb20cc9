package org.inviteaudit.source;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;

/** Turns the FILE arguments into input sources, refusing early the ones that cannot be opened. */
public final class Sources {

    /** The argument that names standard input. */
    public static final String STDIN_ARGUMENT = "-";

    private Sources() {
    }

    /**
     * Checks every argument before any is read, so that a typo in the last of several files costs no half-printed
     * report.
     */
    public static List<InputSource> resolve(List<String> arguments, InputStream stdin) throws UnusableInputException {
        List<InputSource> sources = new ArrayList<>(arguments.size());
        Set<Path> files = new HashSet<>();
        boolean stdinTaken = false;
        for (String argument : arguments) {
            if (STDIN_ARGUMENT.equals(argument)) {
                if (stdinTaken) {
                    throw new UnusableInputException("'-' (standard input) can be given only once");
                }
                stdinTaken = true;
                sources.add(new StdinSource(stdin));
            } else {
                FileSource source = fileSource(argument);
                if (!files.add(source.identity())) {
                    throw new UnusableInputException(argument
                            + ": is given more than once; name each file once, or its invitations count twice");
                }
                sources.add(source);
            }
        }
        return sources;
    }

    private static FileSource fileSource(String argument) throws UnusableInputException {
        Path path;
        try {
            path = Path.of(argument);
        } catch (InvalidPathException e) {
            throw new UnusableInputException(argument + ": not a valid file name");
        }
        if (!Files.exists(path)) {
            throw new UnusableInputException(argument
                    + ": no such file; pass the Invitations.csv from your LinkedIn export");
        }
        if (Files.isDirectory(path)) {
            throw new UnusableInputException(argument
                    + ": is a folder; pass the Invitations.csv inside it");
        }
        if (!Files.isReadable(path)) {
            throw new UnusableInputException(argument + ": cannot be read (permission denied)");
        }
        return new FileSource(argument, path);
    }
}
