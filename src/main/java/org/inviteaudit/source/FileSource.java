package org.inviteaudit.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** A file on disk: an Invitations.csv named as such, or found in an export's folder beside its Connections.csv. */
final class FileSource implements FileBacked {

    private final String name;
    private final Path path;
    private final Optional<Path> connections;

    FileSource(String name, Path path) {
        this(name, path, Optional.empty());
    }

    FileSource(String name, Path path, Optional<Path> connections) {
        this.name = name;
        this.path = path;
        this.connections = connections;
    }

    @Override
    public Optional<InputSource> connections() {
        return connections.map(file -> new FileSource(file.toString(), file));
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
