package org.inviteaudit.classify;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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
        Path folder = RealNotes.folderOrExit(args);
        Map<String, List<RealNotes.Note>> sets = RealNotes.readAll(folder);
        System.out.println("The shipped classifier on the real notes of " + folder.toAbsolutePath().normalize()
                + " (those both annotators are sure of and label alike):");
        VerdictTally all = new VerdictTally();
        Classifier shipped = new Classifier();
        sets.forEach((set, notes) -> {
            VerdictTally tally = audit(notes, note -> shipped);
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
     * them all first (see {@link RealNotes.Note#sender()}).
     *
     * @param classifierOf the classifier that judges a note: in cross-validation, one fitted without its fold
     */
    static VerdictTally audit(List<RealNotes.Note> notes, Function<RealNotes.Note, Classifier> classifierOf) {
        TemplateCensus census = new TemplateCensus(TemplateCensus.DEFAULT_MIN_RECIPIENTS)
                .countAll(notes, RealNotes.Note::text, RealNotes.Note::sender, RealNotes.Note::recipient);
        VerdictTally tally = new VerdictTally();
        for (RealNotes.Note note : notes) {
            if (note.agreed()) {
                tally.add(note, classifierOf.apply(note).withTemplates(census)
                        .classify(note.text(), note.sender(), note.recipient()));
            }
        }
        return tally;
    }
}
