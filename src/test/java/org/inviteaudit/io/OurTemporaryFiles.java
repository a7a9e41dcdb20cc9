package org.inviteaudit.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
