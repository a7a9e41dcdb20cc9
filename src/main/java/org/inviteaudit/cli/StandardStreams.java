package org.inviteaudit.cli;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Whether the process was started with a standard stream closed. A JVM started so gives the free descriptor to a
 * file of its own (its modules, the jar): reading "standard input" would read that file, and writing the report would
 * go nowhere. The launcher guards the descriptors before Java starts and says so with {@link #STDIN_PROPERTY}; run
 * as {@code java -jar}, this tells on Linux from /proc what descriptors 0 to 2 are.
 */
final class StandardStreams {

    /** Set to {@code closed} by the launcher when it started with standard input closed (and gave Java /dev/null). */
    static final String STDIN_PROPERTY = "invite-audit.stdin";

    private static final Path DESCRIPTORS = Path.of("/proc/self/fd");

    private StandardStreams() {
    }

    /** Standard input as the tool reads it: the process's own, or one that says it is closed. */
    static InputStream stdin() {
        return "closed".equals(System.getProperty(STDIN_PROPERTY)) || closedAtStart(0) ? new Closed() : System.in;
    }

    /** Whether standard output or standard error was closed when the process started: then nothing can be said. */
    static boolean outputClosed() {
        return closedAtStart(1) || closedAtStart(2);
    }

    /** Closed, or taken by a file the JVM opened for itself; false where that cannot be told. */
    private static boolean closedAtStart(int descriptor) {
        if (!Files.isDirectory(DESCRIPTORS)) {
            return false;
        }
        Path target;
        try {
            target = Files.readSymbolicLink(DESCRIPTORS.resolve(String.valueOf(descriptor)));
        } catch (NoSuchFileException e) {
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // Not to be told here (no /proc of this kind, say): the stream is taken as open, as it was before this
            // check existed; the launcher has guarded the descriptors anyway.
            return false;
        }
        String file = target.toString();
        String javaHome = System.getProperty("java.home", "");
        if (!javaHome.isEmpty() && file.startsWith(javaHome + File.separator)) {
            return true;
        }
        // A loop, not a stream: this runs at every start, where a stream's lambdas cost their linking.
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isEmpty() && Path.of(entry).toAbsolutePath().normalize().toString().equals(file)) {
                return true;
            }
        }
        return false;
    }

    /** Standard input that was closed: every read says so. */
    static final class Closed extends InputStream {

        @Override
        public int read() throws IOException {
            throw new IOException("standard input is closed");
        }
    }
}
