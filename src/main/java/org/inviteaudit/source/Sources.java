package org.inviteaudit.source;

import java.io.IOException;
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
    /** How standard input is named in reports and messages. */
    public static final String STDIN_NAME = StdinSource.NAME;

    /** How far an Invitations.csv inside a zip may expand: a real one is a few megabytes. */
    public static final long MAX_EXPANDED_BYTES = 256L << 20;

    private Sources() {
    }

    /**
     * Checks every argument before any is read, so that a typo in the last of several files costs no half-printed
     * report.
     */
    public static List<InputSource> resolve(List<String> arguments, InputStream stdin) throws UnusableInputException {
        return resolve(arguments, stdin, MAX_EXPANDED_BYTES);
    }

    static List<InputSource> resolve(List<String> arguments, InputStream stdin, long maxExpandedBytes)
            throws UnusableInputException {
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
                FileBacked source = source(argument, existing(argument), maxExpandedBytes);
                if (!files.add(source.identity())) {
                    throw new UnusableInputException(argument
                            + ": is given more than once; name each file once, or its invitations count twice");
                }
                sources.add(source);
            }
        }
        return sources;
    }

    private static Path existing(String argument) throws UnusableInputException {
        Path path;
        try {
            path = Path.of(argument);
        } catch (InvalidPathException e) {
            throw new UnusableInputException(argument + ": not a valid file name");
        }
        if (!Files.exists(path)) {
            throw new UnusableInputException(argument
                    + ": no such file; pass the Invitations.csv from your LinkedIn export, or the export zip");
        }
        if (!Files.isReadable(path)) {
            throw new UnusableInputException(argument + ": cannot be read (permission denied)");
        }
        return path;
    }

    /** A plain file, the export zip, the folder the zip unzips to, or a pipe. */
    private static FileBacked source(String argument, Path path, long maxExpandedBytes)
            throws UnusableInputException {
        if (Files.isDirectory(path)) {
            ExportFolder.Found found = ExportFolder.find(argument, path);
            return new FileSource(found.invitations().toString(), found.invitations(), found.connections());
        }
        if (!Files.isRegularFile(path)) {
            return new PipeSource(argument, path);
        }
        if (isZip(argument, path)) {
            return ExportZip.find(argument, path, maxExpandedBytes);
        }
        return new FileSource(argument, path);
    }

    private static boolean isZip(String argument, Path path) throws UnusableInputException {
        try (InputStream in = Files.newInputStream(path)) {
            return ZipSignature.at(in.readNBytes(ZipSignature.LENGTH));
        } catch (IOException e) {
            throw new UnusableInputException(argument + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
