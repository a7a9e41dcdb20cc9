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
import java.util.function.Consumer;

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
        return resolve(arguments, stdin, notice -> { }, MAX_EXPANDED_BYTES);
    }

    /**
     * As {@link #resolve(List, InputStream)}, telling {@code notices} which exports a folder was found to hold when it
     * holds more than one: each is audited, and an invitation in two of them is counted once.
     */
    public static List<InputSource> resolve(List<String> arguments, InputStream stdin, Consumer<String> notices)
            throws UnusableInputException {
        return resolve(arguments, stdin, notices, MAX_EXPANDED_BYTES);
    }

    static List<InputSource> resolve(List<String> arguments, InputStream stdin, Consumer<String> notices,
            long maxExpandedBytes) throws UnusableInputException {
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
                for (FileBacked source : sources(argument, existing(argument), notices, maxExpandedBytes)) {
                    if (!files.add(source.identity())) {
                        throw new UnusableInputException(argument
                                + ": is given more than once; name each file once, or its invitations count twice");
                    }
                    sources.add(source);
                }
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

    /** A plain file, the export zip, a pipe; or the exports of a folder (the folder a zip unzips to, or more). */
    private static List<FileBacked> sources(String argument, Path path, Consumer<String> notices,
            long maxExpandedBytes) throws UnusableInputException {
        if (!Files.isDirectory(path)) {
            return List.of(source(argument, path, maxExpandedBytes));
        }
        ExportFolder.Exports exports = ExportFolder.find(argument, path);
        List<FileBacked> found = new ArrayList<>();
        for (ExportFolder.Found folder : exports.folders()) {
            found.add(new FileSource(folder.invitations().toString(), folder.invitations(), folder.connections()));
        }
        List<String> notZips = new ArrayList<>();
        for (Path zip : exports.zips()) {
            try {
                found.add(ExportZip.find(zip.toString(), zip, maxExpandedBytes));
            } catch (UnusableInputException e) {
                notZips.add(zip.getFileName() + " (" + e.reason() + ")");
            }
        }
        if (found.isEmpty()) {
            throw new UnusableInputException(argument + ": holds no export that can be read: "
                    + String.join("; ", notZips) + "; pass the folder of your LinkedIn data export, or its "
                    + "Invitations.csv");
        }
        if (found.size() > 1) {
            // An export zip and the folder it unzipped to beside it are two inputs of the same invitations: the
            // audit counts each invitation once, as for several arguments.
            notices.accept(argument + ": " + found.size() + " exports found, each audited, an invitation in more "
                    + "than one counted once: " + String.join(", ", found.stream().map(InputSource::name).toList()));
        }
        notZips.forEach(zip -> notices.accept(argument + ": left out " + zip));
        return found;
    }

    private static FileBacked source(String argument, Path path, long maxExpandedBytes)
            throws UnusableInputException {
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
