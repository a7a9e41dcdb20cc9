package org.inviteaudit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.inviteaudit.classify.Classifier;
import org.inviteaudit.io.OurTemporaryFiles;
import org.inviteaudit.reader.CollectingSink;
import org.inviteaudit.reader.Direction;
import org.inviteaudit.reader.InputRecord;
import org.inviteaudit.reader.Invitation;
import org.inviteaudit.reader.Problem;
import org.inviteaudit.reader.RecordSink;
import org.inviteaudit.report.AuditScope;
import org.inviteaudit.report.DirectionScope;
import org.inviteaudit.report.Listed;
import org.inviteaudit.report.Report;
import org.inviteaudit.report.ReportBuilder;
import org.inviteaudit.report.Selection;
import org.inviteaudit.source.InputSource;
import org.inviteaudit.source.Sources;
import org.inviteaudit.source.UnusableInputException;
import org.junit.jupiter.api.Test;

/** The passes of an audit with template detection, and the records kept from the first for the others. */
class AuditTest {

    private static final Classifier CLASSIFIER = new Classifier();
    private static final String HEADER = "From,To,Sent At,Message,Direction\n";
    // Personal as it reads: only the census, which sees it go to three people, makes it generic.
    private static final String TEMPLATE = "loved your post on remote team rituals, it changed how we run standups.";

    /** Counts how often it is opened. */
    private static final class CountedSource implements InputSource {
        private final String name;
        private final byte[] bytes;
        int opened;

        CountedSource(String name, String csv) {
            this.name = name;
            this.bytes = csv.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public InputStream open() {
            opened++;
            return new ByteArrayInputStream(bytes);
        }
    }

    /** What the audit found, one line per record and problem, in the order the report was given them. */
    private record Outcome(List<String> lines, List<String> told) {
    }

    /** A listener that writes down what the audit tells, a line each. */
    private static Audit.Listener tellingInto(List<String> told) {
        return new Audit.Listener() {
            @Override
            public void problem(Problem problem) {
                told.add(problem.describe());
            }

            @Override
            public void notice(String notice) {
                told.add(notice);
            }
        };
    }

    private static Outcome audit(long replayBudget, InputSource... sources) throws Exception {
        return audit(3, replayBudget, sources);
    }

    private static Outcome audit(int templateMin, long replayBudget, InputSource... sources) throws Exception {
        List<String> lines = new ArrayList<>();
        List<String> told = new ArrayList<>();
        ReportBuilder builder = new ReportBuilder(new ReportBuilder.Options(AuditScope.of(DirectionScope.ALL),
                new Selection(true, Optional.empty()), Listed.Plan.NOT_KEPT, false),
                classified -> lines.add(classified.invitation().source() + ":" + classified.invitation().line() + " "
                        + classified.classification().verdict()));
        Audit audit = new Audit(CLASSIFIER, templateMin, tellingInto(told), replayBudget);
        try (Report report = audit.run(List.of(sources), builder)) {
            report.problems().forEach(problem -> lines.add("problem " + problem.describe()));
        }
        return new Outcome(lines, told);
    }

    private static String export(String sender) {
        return HEADER
                + sender + ",Ana Silva,\"1/5/26, 9:00 AM\",\"Hi Ana, " + TEMPLATE + "\",OUTGOING\n"
                + sender + ",Ben Ode,\"1/6/26, 9:00 AM\",\"Hi Ben, " + TEMPLATE + "\",OUTGOING\n"
                + sender + ",Cy Park,\"1/7/26, 9:00 AM\",\"Hi Cy, " + TEMPLATE + "\",OUTGOING\n"
                + sender + ",Di Wren,\"1/8/26, 9:00 AM\",Great meeting you at the Leeds JUG on Tuesday!,OUTGOING\n"
                + sender + ",Ed Moss,\"1/9/26, 9:00 AM\",,SIDEWAYS\n";
    }

    /**
     * The census's first pass finds one sender's note opening alike to three people, its second counts those notes'
     * keys, and the last judges: three passes, one reading.
     */
    @Test
    void anInputIsReadOnceThroughThreePasses() throws Exception {
        CountedSource source = new CountedSource("a.csv", export("Jo Lee"));

        Outcome outcome = audit(Audit.KeptRecords.BUDGET, source);

        assertThat(source.opened).isEqualTo(1);
        assertThat(outcome.lines()).startsWith("a.csv:2 GENERIC", "a.csv:3 GENERIC", "a.csv:4 GENERIC",
                "a.csv:5 PERSONALIZED");
        assertThat(outcome.lines()).anyMatch(line -> line.startsWith("problem a.csv:6"));
        assertThat(outcome.told()).as("the problem told once, not once a pass").hasSize(1);
    }

    /** No sender wrote alike to three people: the census needs one pass, and the last judges. */
    @Test
    void anExportWithoutTemplatesIsReadOnceToo() throws Exception {
        CountedSource source = new CountedSource("a.csv", HEADER
                + "Jo Lee,Ana Silva,\"1/5/26, 9:00 AM\",\"Hi Ana, loved your talk on event sourcing in Leeds\",OUTGOING\n"
                + "Jo Lee,Ben Ode,\"1/6/26, 9:00 AM\",\"Ben, thanks for the ride to the airport last week!\",OUTGOING\n"
                + "Jo Lee,Cy Park,\"1/7/26, 9:00 AM\",\"Good to see you again at Maria's party, Cy\",OUTGOING\n");

        Outcome outcome = audit(Audit.KeptRecords.BUDGET, source);

        assertThat(source.opened).isEqualTo(1);
        assertThat(outcome.lines()).hasSize(3);
    }

    /** Records kept in a temporary file past the budget give every pass what records kept in memory give. */
    @Test
    void pastTheBudgetTheRecordsKeptInAFileAreJudgedAlike() throws Exception {
        CountedSource first = new CountedSource("a.csv", export("Jo Lee"));
        CountedSource second = new CountedSource("b.csv", export("Max Roe"));

        Outcome outcome = audit(1_000, first, second);

        assertThat(first.opened).isEqualTo(1);
        assertThat(second.opened).isEqualTo(1);
        assertThat(outcome).isEqualTo(audit(Audit.KeptRecords.BUDGET, new CountedSource("a.csv", export("Jo Lee")),
                new CountedSource("b.csv", export("Max Roe"))));
        assertThat(outcome.lines()).filteredOn(line -> line.startsWith("b.csv")).hasSize(4);
    }

    /**
     * Each source's records come back in the order kept, however the budget split them between memory and file: all
     * in memory; the first two sources in memory until the third needs room; each spilled part-way; every one.
     */
    @Test
    void keptRecordsComeBackInOrderFromMemoryAndFromTheFile() {
        for (long budget : new long[] {Audit.KeptRecords.BUDGET, 8_000, 3_000, 0}) {
            try (Audit.KeptRecords kept = new Audit.KeptRecords(budget)) {
                List<List<InputRecord>> given = new ArrayList<>();
                for (String name : List.of("a.csv", "b.csv", "c.csv")) {
                    RecordSink keep = kept.keeping(name);
                    List<InputRecord> records = new ArrayList<>();
                    for (int line = 2; line < 12; line++) {
                        // A record may name another input than its list's (the decoder's word on the encoding).
                        String source = line == 8 ? "<stdin>" : name;
                        InputRecord record = line % 4 == 0 ? new Problem(source, line, "unknown Direction", true)
                                : new Invitation(name, line, Direction.SENT, "Jo Lee", "Ana " + line,
                                        LocalDateTime.of(2026, 1, line, 9, 0), "1/" + line + "/26, 9:00 AM",
                                        "Zoë, note " + line + " 日本", "", "https://www.linkedin.com/in/ana" + line);
                        record.deliverTo(keep);
                        records.add(record);
                    }
                    given.add(records);
                }
                for (int source = 0; source < given.size(); source++) {
                    CollectingSink delivered = new CollectingSink();
                    kept.deliver(source, delivered);
                    assertThat(delivered.records).as("source %d, budget %d", source, budget)
                            .isEqualTo(given.get(source));
                }
                assertThat(kept.spilled()).as("budget %d", budget).isEqualTo(budget != Audit.KeptRecords.BUDGET);
            }
        }
    }

    /**
     * However many inputs there are and however large, the records kept in memory stay within the budget, record
     * after record: an input's share is what the inputs before it leave, and they spill theirs when that is less
     * than half.
     */
    @Test
    void theRecordsKeptInMemoryNeverPassTheBudget() {
        long budget = 20_000;
        try (Audit.KeptRecords kept = new Audit.KeptRecords(budget)) {
            long mostHeld = 0;
            for (int input = 0; input < 12; input++) {
                String name = "export-" + input + ".csv";
                RecordSink keep = kept.keeping(name);
                // Inputs of every size: a few records, about half the budget, several times it.
                int records = new int[] {3, 40, 7, 160, 25}[input % 5];
                for (int line = 2; line < 2 + records; line++) {
                    keep.invitation(new Invitation(name, line, Direction.RECEIVED, "Ana " + line, "Jo Lee",
                            LocalDateTime.of(2026, 2, 1 + line % 28, 9, 0), "2/1/26, 9:00 AM",
                            "Hi Jo, a note of some length, " + "é".repeat(line % 90), "",
                            "https://www.linkedin.com/in/ana" + line));
                    assertThat(kept.memoryBytes()).as("input %d, line %d", input, line).isLessThanOrEqualTo(budget);
                    mostHeld = Math.max(mostHeld, kept.memoryBytes());
                }
            }
            assertThat(kept.spilled()).isTrue();
            assertThat(mostHeld).as("the budget is used, not left idle").isGreaterThan(budget / 2);
        }
    }

    /**
     * Standard input is read as it comes, and with templates looked for, a problem is still told once its line is
     * read, not when a batch fills or the input ends: someone piping an export in sees it at once.
     */
    @Test
    void aProblemOfStandardInputIsToldOnceItsLineIsRead() throws Exception {
        PipedOutputStream typing = new PipedOutputStream();
        PipedInputStream stdin = new PipedInputStream(typing, 1 << 16);
        List<String> told = new CopyOnWriteArrayList<>();
        CountDownLatch aProblem = new CountDownLatch(1);
        Audit audit = new Audit(CLASSIFIER, 3, new Audit.Listener() {
            @Override
            public void problem(Problem problem) {
                told.add(problem.describe());
                aProblem.countDown();
            }

            @Override
            public void notice(String notice) {
                told.add(notice);
            }
        }, Audit.KeptRecords.BUDGET);
        ReportBuilder builder = new ReportBuilder(new ReportBuilder.Options(AuditScope.of(DirectionScope.ALL),
                new Selection(true, Optional.empty()), Listed.Plan.NOT_KEPT, false), classified -> { });
        ExecutorService running = Executors.newSingleThreadExecutor();
        try {
            Future<Long> audited = running.submit(() -> {
                try (Report report = audit.run(Sources.resolve(List.of(Sources.STDIN_ARGUMENT), stdin), builder)) {
                    return report.all().total();
                }
            });
            typing.write((HEADER + "Jo Lee,Ana Silva,\"1/5/26, 9:00 AM\",Hi Ana,SIDEWAYS\n"
                    + "Jo Lee,Ben Ode,\"1/6/26, 9:00 AM\",Hi Ben,OUTGOING\n").getBytes(StandardCharsets.UTF_8));
            typing.flush();
            assertThat(aProblem.await(20, TimeUnit.SECONDS)).as("told while the input is still open").isTrue();
            assertThat(told).singleElement().asString().startsWith("<stdin>:2: ");
            typing.write("Jo Lee,Cy Park,\"1/7/26, 9:00 AM\",Hi Cy,OUTGOING\n".getBytes(StandardCharsets.UTF_8));
            typing.close();
            assertThat(audited.get(20, TimeUnit.SECONDS)).isEqualTo(2);
        } finally {
            running.shutdownNow();
        }
    }

    /** The records' file goes once the last pass has had them, or when the audit ends whatever happened. */
    @Test
    void keptRecordsLeaveNoFileOnceLetGoOrClosed() throws IOException {
        int before = OurTemporaryFiles.list().size();
        try (Audit.KeptRecords kept = new Audit.KeptRecords(0)) {
            for (String name : List.of("a.csv", "b.csv")) {
                kept.keeping(name).invitation(new Invitation(name, 2, Direction.SENT, "Jo Lee", "Ana Silva",
                        null, "?", "Hi Ana", "", ""));
            }
            assertThat(OurTemporaryFiles.list().size()).isEqualTo(before + 2);
            CollectingSink last = new CollectingSink();
            kept.deliverLast(0, last);
            assertThat(last.invitations).singleElement().extracting(Invitation::source).isEqualTo("a.csv");
            assertThat(OurTemporaryFiles.list().size()).isEqualTo(before + 1);
        }
        assertThat(OurTemporaryFiles.list().size()).isEqualTo(before);
    }

    @Test
    void withoutTemplatesThereIsOnePassAndNothingToKeep() throws Exception {
        CountedSource source = new CountedSource("a.csv", export("Jo Lee"));

        Outcome outcome = audit(0, Audit.KeptRecords.BUDGET, source);

        assertThat(source.opened).isEqualTo(1);
        assertThat(outcome.lines()).startsWith("a.csv:2 PERSONALIZED", "a.csv:3 PERSONALIZED");
    }

    /** A problem found before the input failed is told, as it was when each record was handled as it was read. */
    @Test
    void whatWasReadBeforeAnInputFailedIsStillTold() {
        byte[] start = export("Jo Lee").getBytes(StandardCharsets.UTF_8);
        InputSource failing = new InputSource() {
            @Override
            public String name() {
                return "broken.csv";
            }

            @Override
            public InputStream open() {
                return new SequenceInputStream(new ByteArrayInputStream(start), new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new IOException("device gone");
                    }
                });
            }
        };
        List<String> told = new ArrayList<>();
        Audit audit = new Audit(CLASSIFIER, 3, tellingInto(told));

        assertThatThrownBy(() -> audit.run(List.of(failing), new ReportBuilder(new ReportBuilder.Options(
                AuditScope.of(DirectionScope.ALL), Selection.OFFENDERS, Listed.Plan.NOT_KEPT, false))))
                .isInstanceOf(UnusableInputException.class).hasMessageContaining("device gone");
        assertThat(told).singleElement().asString().startsWith("broken.csv:6: unknown Direction");
    }
}
