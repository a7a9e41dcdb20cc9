package org.inviteaudit.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** The folder an export zip unzips to: its Invitations.csv is found by name, without regard to case. */
final class ExportFolder {

    static final String INVITATIONS = "invitations.csv";
    static final String CONNECTIONS = "connections.csv";
    private static final int NAMES_SHOWN = 6;

    private ExportFolder() {
    }

    /** The export's files that invite-audit reads: its Invitations.csv, and the Connections.csv beside it if any. */
    record Found(Path invitations, Optional<Path> connections) {
    }

    /**
     * The Invitations.csv in the folder or, where the zip made a folder of its own, one level down, and the
     * Connections.csv in the same folder as it: both from one listing.
     */
    static Found find(String argument, Path folder) throws UnusableInputException {
        try (Stream<Path> files = Files.walk(folder, 2)) {
            List<Path> all = files.filter(path -> !Files.isDirectory(path)).toList();
            Optional<Path> invitations = all.stream()
                    .filter(path -> isInvitationsFile(path.getFileName().toString()))
                    .min(Comparator.comparingInt(Path::getNameCount));
            if (invitations.isPresent()) {
                if (!Files.isRegularFile(invitations.get())) {
                    // A named pipe would wait for a writer: never opened unasked.
                    throw new UnusableInputException(invitations.get() + ": is not a regular file (a named pipe, a "
                            + "socket or a device); name it to read it as a stream, or pass the export's own folder");
                }
                Path beside = invitations.get().getParent();
                return new Found(invitations.get(), all.stream()
                        .filter(path -> path.getParent().equals(beside))
                        .filter(path -> isNamed(path.getFileName().toString(), CONNECTIONS))
                        .filter(Files::isRegularFile)
                        .findFirst());
            }
            throw new UnusableInputException(argument + ": holds no Invitations.csv (it holds "
                    + describe(all.stream().map(path -> path.getFileName().toString()).toList())
                    + "); pass the folder of your LinkedIn data export, or its Invitations.csv");
        } catch (IOException e) {
            throw new UnusableInputException(argument + ": the folder cannot be read (" + e.getMessage() + ")", e);
        }
    }

    static boolean isInvitationsFile(String path) {
        return isNamed(path, INVITATIONS);
    }

    /** Whether a path, in a folder or a zip, names a file of the export, without regard to case. */
    static boolean isNamed(String path, String lowerCaseName) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.equals(lowerCaseName) || lower.endsWith("/" + lowerCaseName)
                || lower.endsWith("\\" + lowerCaseName);
    }

    /** A short, sorted account of what a folder or zip holds: its CSV files first. */
    static String describe(List<String> names) {
        if (names.isEmpty()) {
            return "nothing";
        }
        List<String> sorted = names.stream().distinct()
                .sorted(Comparator.comparing((String name) -> !name.toLowerCase(Locale.ROOT).endsWith(".csv"))
                        .thenComparing(String.CASE_INSENSITIVE_ORDER))
                .toList();
        String shown = String.join(", ", sorted.subList(0, Math.min(NAMES_SHOWN, sorted.size())));
        return sorted.size() > NAMES_SHOWN ? shown + " and " + (sorted.size() - NAMES_SHOWN) + " more" : shown;
    }
}
