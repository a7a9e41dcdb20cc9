package org.inviteaudit.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** The temporary files the tool has made and not yet deleted, for tests that hold it to leaving none behind. */
public final class OurTemporaryFiles {

    private OurTemporaryFiles() {
    }

    /** Those in the folder that {@link PrivateTempFiles} uses, sorted. */
    public static List<Path> list() throws IOException {
        try (Stream<Path> files = Files.list(PrivateTempFiles.folder())) {
            return files.filter(path -> path.getFileName().toString().startsWith("invite-audit-")).sorted().toList();
        }
    }

    /**
     * Cuts the last few bytes off a file the tool made since {@code before} was listed, as a disk that filled or another
     * program would: for tests that hold it to taking such a file for an error, never for a shorter one.
     */
    public static void cutShortOneMadeSince(List<Path> before) throws IOException {
        List<Path> made = new ArrayList<>(list());
        made.removeAll(before);
        Path file = made.get(0);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 7));
    }

    /** Where this process's open descriptors are listed; absent but on Linux. */
    public static final Path DESCRIPTORS = Path.of("/proc/self/fd");

    /** How many of this process's descriptors are open on the file. */
    public static long openDescriptorsOf(Path file) throws IOException {
        return openDescriptorsWhere(target -> target.equals(file));
    }

    /** How many of this process's descriptors are open on a temporary file of the tool's, deleted or not. */
    public static long openDescriptors() throws IOException {
        Path folder = PrivateTempFiles.folder().toRealPath();
        return openDescriptorsWhere(target -> target.startsWith(folder)
                && target.getFileName().toString().startsWith("invite-audit-"));
    }

    private static long openDescriptorsWhere(java.util.function.Predicate<Path> target) throws IOException {
        try (Stream<Path> open = Files.list(DESCRIPTORS)) {
            return open.filter(descriptor -> {
                try {
                    return target.test(Files.readSymbolicLink(descriptor));
                } catch (IOException | UnsupportedOperationException e) {
                    return false; // closed since it was listed
                }
            }).count();
        }
    }
}
