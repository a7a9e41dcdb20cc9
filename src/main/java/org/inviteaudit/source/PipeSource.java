package org.inviteaudit.source;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * A named file that is not a regular one: a named pipe, or the {@code /dev/fd/63} of a shell's {@code <(...)}. It can
 * be read only once, as it comes, so it is read as standard input is: live.
 */
final class PipeSource implements FileBacked {

    private final String name;
    private final Path path;

    PipeSource(String name, Path path) {
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

    /**
     * Opening a named pipe waits for whoever writes it, as reading it with cat does. A FileInputStream, not
     * Files.newInputStream: the channel's stream asks a pipe for its position, which fails.
     */
    @Override
    public InputStream open() throws IOException {
        return new FileInputStream(path.toFile());
    }

    @Override
    public boolean isLive() {
        return true;
    }
}
