package org.inviteaudit.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.inviteaudit.TsvTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The classifier against notes written here and labelled by hand from the verdict definitions:
 * {@code classify/development.tsv} (1,050 notes in the styles people really receive), {@code classify/corpus.tsv}
 * (over 300 notes in seven languages and more, the tricky cases tagged), {@code classify/holdout.tsv} and
 * {@code holdout-2.tsv} to {@code holdout-5.tsv} (written later, blind until their first runs), and
 * {@code holdout-6.tsv} (160 notes, the blind set: its report gives its figures but not the notes missed).
 *
 * <p>Since issue 21 the verdicts that the rules leave open are the note model's, fitted on real notes labelled by
 * people, not on these: notes written from the definitions measure the definitions, not how people write, and where
 * they and the real notes disagree the real notes win ({@code bench/accuracy} measures those). These files are
 * regression floors: each is held to what the shipped model scored on it (overall, personalized-or-not, and the share
 * of its personal notes kept), default notes stay default and generic ones generic. A model fitted anew that scores
 * lower here must show on the real notes why; docs/verdicts.md's "How invite-audit decides" gives the figures. The notes go
 * through both passes of an audit, the template census included, so templates are found as they would be in an
 * export. Each file's confusion matrix is printed.
 */
class CorpusAccuracyTest {

    /** Overall, personalized-or-not, and the share of personal notes kept, as the shipped model scored them. */
    private record Floor(double overall, double personalizedOrNot, double personalKept) {
    }

    private static final Map<String, Floor> FLOORS = Map.of(
            "development.tsv", new Floor(0.80, 0.80, 0.59),
            "corpus.tsv", new Floor(0.88, 0.88, 0.75),
            "holdout.tsv", new Floor(0.87, 0.89, 0.69),
            "holdout-2.tsv", new Floor(0.93, 0.93, 0.80),
            "holdout-3.tsv", new Floor(0.93, 0.93, 0.81),
            "holdout-4.tsv", new Floor(0.89, 0.89, 0.70),
            "holdout-5.tsv", new Floor(0.86, 0.86, 0.61),
            "holdout-6.tsv", new Floor(0.79, 0.79, 0.55));
    private static final double DEFAULT_KEPT_MIN = 0.98;
    private static final double GENERIC_KEPT_MIN = 0.90;
    static final List<String> LABELLED_FILES =
            List.of("development.tsv", "corpus.tsv", "holdout.tsv", "holdout-2.tsv", "holdout-3.tsv", "holdout-4.tsv",
                    "holdout-5.tsv", "holdout-6.tsv");
    private static final List<String> LANGUAGES = List.of("en", "fr", "de", "es", "pt", "it", "nl");

    record Note(String id, String language, Verdict expected, Set<String> tags, String sender, String recipient,
            String text) {
    }

    /** A labelled file run through the classifier: the confusion matrix and the notes it got wrong. */
    record Results(List<Note> notes, Map<Verdict, Map<Verdict, Integer>> confusion, List<String> misses,
            Classifier classifier) {

        double overall() {
            int right = 0;
            for (Verdict verdict : Verdict.values()) {
                right += confusion.get(verdict).get(verdict);
            }
            return (double) right / notes.size();
        }

        /** The share of notes on the right side of personalized-or-not, whatever the other two verdicts. */
        double personalizedOrNot() {
            int right = 0;
            for (Verdict expected : Verdict.values()) {
                for (Verdict got : Verdict.values()) {
                    if ((expected == Verdict.PERSONALIZED) == (got == Verdict.PERSONALIZED)) {
                        right += confusion.get(expected).get(got);
                    }
                }
            }
            return (double) right / notes.size();
        }

        double recall(Verdict verdict) {
            int total = confusion.get(verdict).values().stream().mapToInt(Integer::intValue).sum();
            return (double) confusion.get(verdict).get(verdict) / total;
        }

        String report(String name) {
            StringBuilder text = new StringBuilder("Confusion matrix for " + name + ", " + notes.size()
                    + " labelled notes (rows: label, columns: verdict)\n");
            text.append(String.format(Locale.ROOT, "%-14s", "label"));
            for (Verdict got : Verdict.values()) {
                text.append(String.format(Locale.ROOT, "%14s", got.id()));
            }
            text.append(String.format(Locale.ROOT, "%10s%n", "right"));
            for (Verdict expected : Verdict.values()) {
                text.append(String.format(Locale.ROOT, "%-14s", expected.id()));
                for (Verdict got : Verdict.values()) {
                    text.append(String.format(Locale.ROOT, "%14d", confusion.get(expected).get(got)));
                }
                text.append(String.format(Locale.ROOT, "%9.1f%%%n", 100 * recall(expected)));
            }
            text.append(String.format(Locale.ROOT, "overall: %.1f%%, personalized-or-not: %.1f%%%n", 100 * overall(),
                    100 * personalizedOrNot()));
            if (BLIND.contains(name)) {
                return text.append("  (the notes missed in a blind set are not shown)\n").toString();
            }
            misses.forEach(miss -> text.append("  miss ").append(miss).append('\n'));
            return text.toString();
        }
    }

    // Its notes stay unseen by whoever tunes the rules: its report gives the figures, not the notes missed.
    private static final Set<String> BLIND = Set.of("holdout-6.tsv");

    private static final Map<String, Results> RESULTS = new ConcurrentHashMap<>();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"development.tsv", "corpus.tsv", "holdout.tsv", "holdout-2.tsv", "holdout-3.tsv",
        "holdout-4.tsv", "holdout-5.tsv", "holdout-6.tsv"})
    void eachFileScoresNoLowerThanTheShippedModelDid(String file) {
        Results results = results(file);
        Floor floor = FLOORS.get(file);
        String report = results.report(file);
        assertThat(results.overall()).as(report).isGreaterThanOrEqualTo(floor.overall());
        assertThat(results.personalizedOrNot()).as(report).isGreaterThanOrEqualTo(floor.personalizedOrNot());
        assertThat(results.recall(Verdict.PERSONALIZED)).as(report).isGreaterThanOrEqualTo(floor.personalKept());
    }

    /** What the rules decide and what real notes are mostly like: stock text and generic notes stay what they are. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"development.tsv", "corpus.tsv", "holdout.tsv", "holdout-2.tsv", "holdout-3.tsv",
        "holdout-4.tsv", "holdout-5.tsv", "holdout-6.tsv"})
    void defaultAndGenericNotesKeepTheirVerdicts(String file) {
        Results results = results(file);
        assertThat(results.recall(Verdict.DEFAULT)).as(results.report(file)).isGreaterThanOrEqualTo(DEFAULT_KEPT_MIN);
        assertThat(results.recall(Verdict.GENERIC)).as(results.report(file)).isGreaterThanOrEqualTo(GENERIC_KEPT_MIN);
    }

    @Test
    void theDevelopmentCorpusCoversTheStylesPeopleReallyReceive() {
        List<Note> corpus = results("development.tsv").notes();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(400);
        for (String tag : List.of("sales-pitch", "recruiter", "job-request", "student", "community", "event-followup",
                "mutual-contact", "short-personal", "merge-field", "pitch-with-history", "mass-template",
                "cross-sender-template", "wrong-name", "vague-praise")) {
            assertThat(corpus).as("notes tagged " + tag).filteredOn(note -> note.tags().contains(tag))
                    .hasSizeGreaterThanOrEqualTo(3);
        }
        assertThat(corpus.stream().filter(note -> note.expected() == Verdict.DEFAULT && !note.text().isBlank())
                .map(Note::language).distinct()).as("languages of stock text").hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void theCorpusCoversWhatTheIssueAsksFor() {
        List<Note> corpus = results("corpus.tsv").notes();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(300);
        for (String language : LANGUAGES) {
            for (Verdict verdict : Verdict.values()) {
                assertThat(corpus).as(language + " notes labelled " + verdict.id())
                        .anyMatch(note -> note.language().equals(language) && note.expected() == verdict);
            }
        }
        for (String tag : List.of("stock-plus-detail", "short-specific", "boilerplate-with-name",
                "flattened-breaks", "emoji", "email-recipient", "mass-template", "near-template", "wrong-name")) {
            assertThat(corpus).as("notes tagged " + tag).filteredOn(note -> note.tags().contains(tag))
                    .hasSizeGreaterThanOrEqualTo(3);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"development.tsv", "corpus.tsv", "holdout.tsv", "holdout-2.tsv", "holdout-3.tsv",
        "holdout-4.tsv", "holdout-5.tsv", "holdout-6.tsv"})
    void everyCopyOfATemplateIsFoundAsOne(String file) {
        Results results = results(file);
        assertThat(results.notes()).filteredOn(note -> note.tags().contains("mass-template")
                        || note.tags().contains("near-template") || note.tags().contains("cross-sender-template"))
                .isNotEmpty()
                .allSatisfy(note -> assertThat(reasons(results.classifier(), note)).as(note.id())
                        .contains(Reason.MASS_TEMPLATE));
    }

    @Test
    void aNoteSentToFewerThanTheMinimumIsJudgedByItsWords() {
        Results results = results("corpus.tsv");
        assertThat(results.notes()).filteredOn(note -> note.tags().contains("below-template-min")).isNotEmpty()
                .allSatisfy(note -> assertThat(reasons(results.classifier(), note)).as(note.id())
                        .doesNotContain(Reason.MASS_TEMPLATE));
    }

    @Test
    void wrongNameSlipsAreNamedAsSuch() {
        Results results = results("corpus.tsv");
        assertThat(results.notes()).filteredOn(note -> note.tags().contains("wrong-name")).isNotEmpty()
                .allSatisfy(note -> assertThat(reasons(results.classifier(), note)).as(note.id())
                        .contains(Reason.WRONG_NAME));
    }

    private static List<Reason> reasons(Classifier classifier, Note note) {
        return classifier.classify(note.text(), note.sender(), note.recipient()).reasons();
    }

    private static Results results(String file) {
        return RESULTS.computeIfAbsent(file, name -> {
            Results results = classify(read("/classify/" + name));
            System.out.println(results.report(name));
            return results;
        });
    }

    private static Results classify(List<Note> notes) {
        TemplateCensus census = new TemplateCensus(TemplateCensus.DEFAULT_MIN_RECIPIENTS)
                .countAll(notes, Note::text, Note::sender, Note::recipient);
        Classifier classifier = new Classifier().withTemplates(census);
        Map<Verdict, Map<Verdict, Integer>> confusion = new EnumMap<>(Verdict.class);
        for (Verdict expected : Verdict.values()) {
            confusion.put(expected, new EnumMap<>(Verdict.class));
            for (Verdict got : Verdict.values()) {
                confusion.get(expected).put(got, 0);
            }
        }
        List<String> misses = new ArrayList<>();
        for (Note note : notes) {
            Classification got = classifier.classify(note.text(), note.sender(), note.recipient());
            confusion.get(note.expected()).merge(got.verdict(), 1, Integer::sum);
            if (got.verdict() != note.expected()) {
                misses.add(note.id() + ": expected " + note.expected().id() + ", got " + got.verdict().id() + " "
                        + got.reasons().stream().map(Reason::id).toList() + " <- \"" + note.text() + "\"");
            }
        }
        return new Results(notes, confusion, misses, classifier);
    }

    /** The labelled notes of a file in {@code classify/}, given as {@code /classify/NAME}. */
    static List<Note> read(String resource) {
        List<Note> notes = new ArrayList<>();
        for (List<String> c : TsvTable.read(resource, "id\tlang\tverdict\ttags\tsender\trecipient\tnote")) {
            Set<String> tags = c.get(3).equals("-") ? Set.of() : Set.of(c.get(3).split(","));
            notes.add(new Note(c.get(0), c.get(1), Verdict.valueOf(c.get(2).toUpperCase(Locale.ROOT)), tags,
                    c.get(4), c.get(5), c.get(6)));
        }
        return notes;
    }
}
