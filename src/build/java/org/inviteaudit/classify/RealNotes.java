package org.inviteaudit.classify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The real notes labelled by people, read from the shared folder ({@code ../shared/data/real-notes/}): never copied
 * into the project. Each set is a TSV file with a header; the columns read are {@code id}, {@code label},
 * {@code note} and, where a set has them, {@code second_label}, {@code first_sure}, {@code second_sure},
 * {@code lang}, {@code source}, {@code export} and {@code direction}.
 */
final class RealNotes {

    /** Where the shared folder's notes are, seen from the repository's root. */
    static final Path DEFAULT_FOLDER = Path.of("..", "shared", "data", "real-notes");

    /**
     * One labelled note.
     *
     * @param set      the file it comes from, without {@code .tsv}
     * @param group    what it must share a fold with in cross-validation: its source (a page, a repository)
     * @param agreed   whether every annotator was sure and all gave the same label: only these are measured
     * @param labelsAgree whether all annotators gave the same label, sure or not: these are fitted on
     * @param language ISO 639-1; where the set does not say, a guess marked {@code ~} ({@link LanguageGuess}), or
     *                 {@code ?}
     * @param sent     whether the export's owner sent it (and so one sender sent all the sent notes of its group)
     */
    record Note(String set, String id, Verdict label, boolean agreed, boolean labelsAgree, String group,
            String language, boolean sent, String text) {

        /**
         * Who sent it, as an audit of its export would see it: the notes an export's owner sent all come from one
         * sender, every other note from a sender of its own. Without letters, the name gives the classifier nothing
         * to greet or to sign with.
         */
        String sender() {
            return sent ? "1" + Integer.toUnsignedString(group.hashCode())
                    : "2" + Integer.toUnsignedString((set + id).hashCode());
        }

        /** Someone of its own, whose name is not known. */
        String recipient() {
            return "3" + Integer.toUnsignedString((set + id).hashCode());
        }

        boolean personal() {
            return label == Verdict.PERSONALIZED;
        }
    }

    private RealNotes() {
    }

    /**
     * The folder of real notes a program is to read: the first of its arguments that is no option, or else
     * {@link #folder()}. When there is none, says so on standard error and exits with 2.
     */
    static Path folderOrExit(String[] args) {
        Optional<Path> named = List.of(args).stream().filter(arg -> !arg.startsWith("--")).findFirst().map(Path::of);
        if (named.isPresent() && !Files.isDirectory(named.get())) {
            System.err.println("no real notes: " + named.get().toAbsolutePath().normalize() + " is not a folder");
            System.exit(2);
        }
        Optional<Path> folder = named.or(RealNotes::folder);
        if (folder.isEmpty()) {
            System.err.println("no real notes: " + DEFAULT_FOLDER.toAbsolutePath().normalize() + " is absent (give the"
                    + " folder that holds them, or set INVITE_AUDIT_REAL_NOTES to it)");
            System.exit(2);
        }
        return folder.get();
    }

    /** The folder named by {@code INVITE_AUDIT_REAL_NOTES}, or else the default, when it exists. */
    static Optional<Path> folder() {
        String named = System.getenv("INVITE_AUDIT_REAL_NOTES");
        Path folder = named == null || named.isBlank() ? DEFAULT_FOLDER : Path.of(named);
        return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
    }

    /** Every {@code .tsv} set of the folder, by file name. */
    static List<Path> sets(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".tsv")).sorted().toList();
        }
    }

    /** The notes of every set of the folder, by set, in the order of their file names. */
    static Map<String, List<Note>> readAll(Path folder) throws IOException {
        return readAll(sets(folder));
    }

    /** The notes of each file given, by set, in the order given. */
    static Map<String, List<Note>> readAll(List<Path> files) throws IOException {
        Map<String, List<Note>> sets = new LinkedHashMap<>();
        for (Path file : files) {
            sets.put(file.getFileName().toString().replaceFirst("\\.tsv$", ""), read(file));
        }
        return sets;
    }

    static List<Note> read(Path file) throws IOException {
        String set = file.getFileName().toString().replaceFirst("\\.tsv$", "");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<String, Integer> column = new HashMap<>();
        List<String> header = Arrays.asList(lines.get(0).split("\t", -1));
        for (int i = 0; i < header.size(); i++) {
            column.put(header.get(i), i);
        }
        List<Note> notes = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != header.size()) {
                throw new IOException(file + ": a row of " + cells.length + " columns, not " + header.size() + ": "
                        + cells[0]);
            }
            Verdict label = verdict(cells[column.get("label")]);
            boolean labelsAgree = cell(cells, column, "second_label").map(RealNotes::verdict).orElse(label) == label;
            boolean agreed = labelsAgree && cell(cells, column, "first_sure").orElse("yes").equals("yes")
                    && cell(cells, column, "second_sure").orElse("yes").equals("yes");
            // An export's notes share its owner, a page's its author: a fold holds all of a source or none.
            String group = set + ":" + cell(cells, column, "source").orElse(cells[column.get("id")]);
            notes.add(new Note(set, cells[column.get("id")], label, agreed, labelsAgree, group,
                    cell(cells, column, "lang").orElseGet(() -> LanguageGuess.of(cells[column.get("note")])),
                    cell(cells, column, "direction").orElse("").equals("OUTGOING"), cells[column.get("note")]));
        }
        return notes;
    }

    private static Optional<String> cell(String[] cells, Map<String, Integer> column, String name) {
        Integer at = column.get(name);
        return at == null || cells[at].isEmpty() ? Optional.empty() : Optional.of(cells[at]);
    }

    private static Verdict verdict(String label) {
        return Verdict.valueOf(label.trim().toUpperCase(Locale.ROOT));
    }
}
