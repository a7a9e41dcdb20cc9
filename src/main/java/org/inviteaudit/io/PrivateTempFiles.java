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
 * deleted at exit should the code that made them fail to.
 */
public final class PrivateTempFiles {

    private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

    private PrivateTempFiles() {
    }

    public static Path create(String suffix) throws IOException {
        return create(null, "invite-audit-", suffix);
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
