package org.inviteaudit.io;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Temporary files for people's personal data: readable by their owner alone where the file system allows it, and
 * deleted at exit should the code that made them fail to.
 */
public final class PrivateTempFiles {

    private PrivateTempFiles() {
    }

    public static Path create(String suffix) throws IOException {
        Path file = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                ? Files.createTempFile("invite-audit-", suffix,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile("invite-audit-", suffix);
        file.toFile().deleteOnExit();
        return file;
    }
}
