package org.inviteaudit.reader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.inviteaudit.io.JsonTree;

/**
 * The other files of a LinkedIn export, recognised by their first line ({@code export-files.json}), so that a file
 * passed by mistake is named instead of being reported as a parse error. The list is read on first use, which only a
 * header that is not Invitations.csv's needs: a run on a good export never parses it.
 */
final class ExportFiles {

    static final String RESOURCE = "export-files.json";

    /** A file of the export other than Invitations.csv. */
    record ExportFile(String file, String holds, List<String> firstLines) {
    }

    /** Loaded when first asked for (the JVM initialises a nested class on its first use). */
    private static final class Known {
        static final List<ExportFile> FILES = load();
    }

    private ExportFiles() {
    }

    /** The export file whose first line this is, if it is one. */
    static Optional<ExportFile> recognise(List<String> firstRecord) {
        String line = key(String.join(",", firstRecord));
        return Known.FILES.stream()
                .filter(file -> file.firstLines().stream().anyMatch(start -> line.startsWith(key(start))))
                .findFirst();
    }

    static List<ExportFile> all() {
        return Known.FILES;
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    private static List<ExportFile> load() {
        try (InputStream in = ExportFiles.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            List<ExportFile> files = new ArrayList<>();
            JsonTree list = JsonTree.read(in).path("files");
            for (int i = 0; i < list.size(); i++) {
                JsonTree entry = list.get(i);
                List<String> firstLines = new ArrayList<>();
                entry.path("firstLines").forEach(node -> firstLines.add(node.asText()));
                String file = entry.path("file").asText();
                String holds = entry.path("holds").asText();
                if (file.isBlank() || holds.isBlank() || firstLines.isEmpty()
                        || firstLines.stream().anyMatch(String::isBlank)) {
                    throw new IllegalStateException(RESOURCE + ": files[" + i + "] needs a file, what it holds and "
                            + "its first lines");
                }
                files.add(new ExportFile(file, holds, List.copyOf(firstLines)));
            }
            return List.copyOf(files);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + " cannot be read", e);
        }
    }
}
