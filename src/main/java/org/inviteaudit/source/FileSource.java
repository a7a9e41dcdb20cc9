package org.inviteaudit.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

final class FileSource implements InputSource {

    private final String name;
    private final Path path;

    FileSource(String name, Path path) {
        this.name = name;
        this.path = path;
    }

    @Override
    public String name() {
        return name;
    }

    /** The file itself, however it was named ("a.csv", "./a.csv", a link to it). */
    Path identity() {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    @Override
    public InputStream open() throws IOException {
        return Files.newInputStream(path);
    }
}
