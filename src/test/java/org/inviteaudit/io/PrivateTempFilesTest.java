package org.inviteaudit.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;

class PrivateTempFilesTest {

    @Test
    void onlyTheOwnerCanReadOrWriteThem() throws IOException {
        Path file = PrivateTempFiles.create(".test");
        try {
            assertThat(file.getFileName().toString()).startsWith("invite-audit-").endsWith(".test");
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            }
        } finally {
            Files.delete(file);
        }
    }
}
