package org.inviteaudit.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A folder given for an export: the folder an export zip unzips to, or one that holds exports (a Downloads folder with
 * last year's and this year's). Invitations.csv is found by name, without regard to case, in the folder itself and in
 * its folders one level down, where an unzipped export's own folder is, and nowhere deeper, so that a big shared folder
 * never has some other program's file audited; an export zip (a .zip named for LinkedIn) in the folder itself counts
 * as one too.
 */
final class ExportFolder {

    static final String INVITATIONS = "invitations.csv";
    static final String CONNECTIONS = "connections.csv";
    private static final int NAMES_SHOWN = 6;

    private ExportFolder() {
    }

    /** The export's files that invite-audit reads: its Invitations.csv, and the Connections.csv beside it if any. */
    record Found(Path invitations, Optional<Path> connections) {
    }

    /** What a folder holds of exports: each Invitations.csv with the Connections.csv beside it, and export zips. */
    record Exports(List<Found> folders, List<Path> zips) {
    }

    /**
     * Every Invitations.csv in the folder or one level down, shallowest first, each with the Connections.csv in the
     * same folder as it, and the export zips in the folder itself: all from one listing. Refused when there is none.
     */
    static Exports find(String argument, Path folder) throws UnusableInputException {
        try (Stream<Path> files = Files.walk(folder, 2)) {
            List<Path> all = files.filter(path -> !Files.isDirectory(path)).toList();
            List<Path> invitations = all.stream()
                    .filter(path -> isInvitationsFile(path.getFileName().toString()))
                    .sorted(Comparator.comparingInt(Path::getNameCount).thenComparing(Path::toString))
                    .toList();
            List<Found> found = new ArrayList<>();
            for (Path file : invitations) {
                if (!Files.isRegularFile(file)) {
                    // A named pipe would wait for a writer: never opened unasked.
                    throw new UnusableInputException(file + ": is not a regular file (a named pipe, a "
                            + "socket or a device); name it to read it as a stream, or pass the export's own folder");
                }
                Path beside = file.getParent();
                found.add(new Found(file, all.stream()
                        .filter(path -> path.getParent().equals(beside))
                        .filter(path -> isNamed(path.getFileName().toString(), CONNECTIONS))
                        .filter(Files::isRegularFile)
                        .findFirst()));
            }
            List<Path> zips = all.stream()
                    .filter(path -> path.getParent().equals(folder) && isExportZipName(path.getFileName().toString()))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
            if (found.isEmpty() && zips.isEmpty()) {
                throw new UnusableInputException(argument + ": holds no Invitations.csv, in it or in its folders "
                        + "one level down, and no export zip (it holds "
                        + describe(all.stream().map(path -> path.getFileName().toString()).toList())
                        + "); pass the folder of your LinkedIn data export, or its Invitations.csv");
            }
            return new Exports(found, zips);
        } catch (IOException | UncheckedIOException e) {
            // A folder it holds that cannot be read stops the listing: said so, never an internal error.
            throw new UnusableInputException(argument + ": the folder cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** "Basic_LinkedInDataExport_01-29-2026.zip", as LinkedIn names its export zips; not any zip of a Downloads folder. */
    static boolean isExportZipName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".zip") && lower.contains("linkedin");
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
