package org.inviteaudit.source;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.inviteaudit.io.Sizes;

/**
 * The export zip as LinkedIn sends it: its Invitations.csv is read straight out of the archive, never extracted
 * to disk, and refused if it would expand past a bound no real export comes near.
 */
final class ExportZip implements FileBacked {

    private final String argument;
    private final String name;
    private final Path zip;
    private final String entryName;
    private final long maxExpandedBytes;
    private final Optional<String> connectionsEntry;

    private ExportZip(String argument, Path zip, String entryName, long maxExpandedBytes,
            Optional<String> connectionsEntry) {
        this.argument = argument;
        this.name = argument + "/" + entryName;
        this.zip = zip;
        this.entryName = entryName;
        this.maxExpandedBytes = maxExpandedBytes;
        this.connectionsEntry = connectionsEntry;
    }

    /** Finds the Invitations.csv in the zip, the one nearest its root, its name compared without regard to case. */
    static ExportZip find(String argument, Path zip, long maxExpandedBytes) throws UnusableInputException {
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            List<String> names = archive.stream().filter(entry -> !entry.isDirectory()).map(ZipEntry::getName).toList();
            Optional<String> invitations = names.stream()
                    .filter(ExportFolder::isInvitationsFile)
                    .min(Comparator.comparingInt(ExportZip::depth));
            if (invitations.isEmpty()) {
                throw UnusableInputException.of(argument, "holds no Invitations.csv (it holds "
                        + ExportFolder.describe(names.stream().map(ExportZip::baseName).toList())
                        + "); pass the LinkedIn data export zip, or the Invitations.csv from it", null);
            }
            ZipEntry entry = archive.getEntry(invitations.get());
            if (entry.getSize() > maxExpandedBytes) {
                throw UnusableInputException.of(argument, tooLarge(maxExpandedBytes), null);
            }
            String folder = folderOf(invitations.get());
            Optional<String> connections = names.stream()
                    .filter(candidate -> ExportFolder.isNamed(candidate, ExportFolder.CONNECTIONS))
                    .filter(candidate -> folderOf(candidate).equals(folder))
                    .findFirst();
            return new ExportZip(argument, zip, invitations.get(), maxExpandedBytes, connections);
        } catch (IOException e) {
            throw UnusableInputException.of(argument, "is not a readable zip archive (" + e.getMessage()
                    + "); download the export again", e);
        }
    }

    static String tooLarge(long maxBytes) {
        return "Invitations.csv would expand past " + Sizes.describe(maxBytes) + ", far beyond any real export; "
                + "refused as a possible zip bomb";
    }

    /** The Connections.csv beside Invitations.csv in the zip, read out of it under the same bound. */
    @Override
    public Optional<InputSource> connections() {
        return connectionsEntry.map(entry -> new ExportZip(argument, zip, entry, maxExpandedBytes, Optional.empty()));
    }

    @Override
    public String name() {
        return name;
    }

    /**
     * The entry, as if the zip were a folder. An entry's name may hold what no file name can (a NUL, found by the
     * fuzzer): it is then kept whole as one encoded name, still one key per entry.
     */
    @Override
    public Path identity() {
        Path archive = FileBacked.identity(zip);
        try {
            return archive.resolve(entryName);
        } catch (InvalidPathException e) {
            return archive.resolve(URLEncoder.encode(entryName, StandardCharsets.UTF_8));
        }
    }

    @Override
    public InputStream open() throws IOException {
        ZipFile archive = new ZipFile(zip.toFile());
        try {
            InputStream entry = archive.getInputStream(archive.getEntry(entryName));
            return new FilterInputStream(new ExpansionLimitedInputStream(entry, maxExpandedBytes)) {
                @Override
                public void close() throws IOException {
                    try {
                        super.close();
                    } finally {
                        archive.close();
                    }
                }
            };
        } catch (IOException | RuntimeException e) {
            archive.close();
            throw e;
        }
    }

    private static int depth(String entryName) {
        return (int) entryName.chars().filter(c -> c == '/' || c == '\\').count();
    }

    /** The folder part of an entry's name, with its last separator: "" at the zip's root. */
    private static String folderOf(String entryName) {
        return entryName.substring(0, entryName.length() - baseName(entryName).length());
    }

    private static String baseName(String entryName) {
        return entryName.substring(Math.max(entryName.lastIndexOf('/'), entryName.lastIndexOf('\\')) + 1);
    }
}
