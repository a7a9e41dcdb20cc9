package org.inviteaudit.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

final class FileSource implements FileBacked {

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

    @Override
    public Path identity() {
        return FileBacked.identity(path);
    }

    @Override
    public InputStream open() throws IOException {
        return Files.newInputStream(path);
    }
}
