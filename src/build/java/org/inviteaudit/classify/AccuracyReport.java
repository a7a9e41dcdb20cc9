package org.inviteaudit.classify;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How often the classifier agrees with people on the real notes of the shared folder: per set, on the notes every
 * annotator was sure of and labelled alike, as an audit of an export would see them (the template census counts
 * the set first). {@code bench/accuracy} runs it.
 *
 * <pre>
 *   AccuracyReport [--misses] [FOLDER]
 * </pre>
 */
public final class AccuracyReport {

    private AccuracyReport() {
    }

    public static void main(String[] args) throws IOException {
        boolean showMisses = List.of(args).contains("--misses");
        Optional<Path> folder = List.of(args).stream().filter(arg -> !arg.startsWith("--")).findFirst().map(Path::of)
                .or(RealNotes::folder);
        if (folder.isEmpty()) {
            System.err.println("accuracy: no real notes: " + RealNotes.DEFAULT_FOLDER.toAbsolutePath().normalize()
                    + " is absent (set INVITE_AUDIT_REAL_NOTES to the folder that holds them)");
            System.exit(2);
        }
        Map<String, List<RealNotes.Note>> sets = new LinkedHashMap<>();
        for (Path file : RealNotes.sets(folder.get())) {
            List<RealNotes.Note> notes = RealNotes.read(file);
            sets.put(notes.isEmpty() ? file.toString() : notes.get(0).set(), notes);
        }
        System.out.println("The shipped classifier on the real notes of " + folder.get().toAbsolutePath().normalize()
                + " (those both annotators are sure of and label alike):");
        VerdictTally all = new VerdictTally();
        sets.forEach((set, notes) -> {
            VerdictTally tally = audit(new Classifier(), notes);
            all.addAll(tally);
            report(set, tally, showMisses);
        });
        report("all sets", all, false);
    }

    static void report(String name, VerdictTally tally, boolean showMisses) {
        System.out.printf("  %-12s %s%n%s", name, tally.summary(), tally.matrix());
        if (showMisses) {
            tally.misses().forEach(miss -> System.out.println("    " + miss));
        }
    }

    /**
     * The verdicts on the agreed notes of one set, each classified as in an audit of its export: the census counts
     * them all first, the notes an export's owner sent as one sender's, every other note from a sender of its own;
     * no recipient's name is known.
     */
    static VerdictTally audit(Classifier classifier, List<RealNotes.Note> notes) {
        TemplateCensus census = new TemplateCensus(TemplateCensus.DEFAULT_MIN_RECIPIENTS);
        List<String[]> people = new ArrayList<>();
        for (int i = 0; i < notes.size(); i++) {
            RealNotes.Note note = notes.get(i);
            // Names without letters: nothing for the classifier to greet or sign with, a distinct person for the census.
            String sender = note.sent() ? "1" + Integer.toUnsignedString(note.group().hashCode()) : "2" + i;
            String[] pair = {sender, "3" + i};
            people.add(pair);
            census.count(note.text(), pair[0], pair[1]);
        }
        Classifier withTemplates = classifier.withTemplates(census);
        VerdictTally tally = new VerdictTally();
        for (int i = 0; i < notes.size(); i++) {
            RealNotes.Note note = notes.get(i);
            if (note.agreed()) {
                tally.add(note, withTemplates.classify(note.text(), people.get(i)[0], people.get(i)[1]));
            }
        }
        return tally;
    }
}
