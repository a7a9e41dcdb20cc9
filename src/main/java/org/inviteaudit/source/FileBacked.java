package org.inviteaudit.source;

import java.io.IOException;
import java.nio.file.Path;

/** An input read from a file, which can tell when two arguments name the same data. */
interface FileBacked extends InputSource {

    /** The data itself, however it was named ("a.csv", "./a.csv", a link to it, the folder holding it). */
    Path identity();

    static Path identity(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
