package org.inviteaudit.io;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Temporary files for people's personal data: readable by their owner alone where the file system allows it, and
 * deleted at exit should the code that made them fail to, Ctrl-C and SIGTERM included. They go in the folder that
 * TMPDIR names, as for other command-line tools, or else in Java's temporary folder.
 */
public final class PrivateTempFiles {

    private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

    private PrivateTempFiles() {
    }

    public static Path create(String suffix) {
        Path folder = folder();
        try {
            return create(folder, "invite-audit-", suffix);
        } catch (IOException e) {
            throw new TemporaryFileException(folder, "make", e);
        }
    }

    /** The folder temporary files go in: TMPDIR's, or else Java's temporary folder. */
    public static Path folder() {
        String tmpdir = System.getenv("TMPDIR");
        return Path.of(tmpdir != null && !tmpdir.isBlank() ? tmpdir : System.getProperty("java.io.tmpdir"));
    }

    /** What to throw when a temporary file in {@link #folder()} cannot be written ("write") or read ("read back"). */
    public static TemporaryFileException failure(String doing, IOException cause) {
        return new TemporaryFileException(folder(), doing, cause);
    }

    /** One in the given folder (null: the system's temporary folder), its name starting with {@code prefix}. */
    public static Path create(Path folder, String prefix, String suffix) throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        Path file;
        if (folder == null) {
            file = posix ? Files.createTempFile(prefix, suffix, OWNER_ONLY) : Files.createTempFile(prefix, suffix);
        } else {
            file = posix ? Files.createTempFile(folder, prefix, suffix, OWNER_ONLY)
                    : Files.createTempFile(folder, prefix, suffix);
        }
        file.toFile().deleteOnExit();
        return file;
    }
}
