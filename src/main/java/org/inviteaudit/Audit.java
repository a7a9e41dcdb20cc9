package org.inviteaudit;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.function.Function;
import org.inviteaudit.classify.Classification;
import org.inviteaudit.classify.Classifier;
import org.inviteaudit.classify.TemplateCensus;
import org.inviteaudit.io.SpillingList;
import org.inviteaudit.reader.Connections;
import org.inviteaudit.reader.Connections.Acceptance;
import org.inviteaudit.reader.ConnectionsReader;
import org.inviteaudit.reader.InputRecord;
import org.inviteaudit.reader.Invitation;
import org.inviteaudit.reader.InvitationReader;
import org.inviteaudit.reader.Problem;
import org.inviteaudit.reader.RecordCodecs;
import org.inviteaudit.reader.RecordSink;
import org.inviteaudit.reader.RepeatedRows;
import org.inviteaudit.report.ClassifiedInvitation;
import org.inviteaudit.report.Report;
import org.inviteaudit.report.ReportBuilder;
import org.inviteaudit.source.DecodingFault;
import org.inviteaudit.source.InputSource;
import org.inviteaudit.source.TextDecoding;
import org.inviteaudit.source.UnusableInputException;

/**
 * The whole flow: each source is read once, each record classified and added to the report, one record at a time.
 * When mass templates are looked for, the records go through two or three passes: the census counts, per sender, who
 * got which note ({@link TemplateCensus}, in one pass or two), and the last pass classifies with those counts, so
 * that every copy of a template is called one, the first as much as the last. Only the first pass reads the input;
 * it keeps the records for the others ({@link KeptRecords}). This thread reads and parses; each record's verdict
 * and template keys are worked out on a pool of threads, while counting and reporting keep to file order
 * ({@link Handoff}).
 */
public final class Audit {

    /** What an audit tells as it goes, besides the report. */
    public interface Listener {
        /** A problem, as soon as it is found, so a user sees it even when a later input turns out unusable. */
        void problem(Problem problem);

        /** A remark about the audit as a whole. */
        void notice(String notice);
    }

    // Where a census pass after the first puts the records: the first has kept them.
    private static final RecordSink NOTHING_KEPT = new RecordSink() {
        @Override
        public void invitation(Invitation invitation) {
        }

        @Override
        public void problem(Problem problem) {
        }
    };

    private final Classifier classifier;
    private final int templateMinRecipients;
    private final Listener listener;
    private final long keptBudget;

    /**
     * @param templateMinRecipients how many people a sender's note must go to for it to be a mass template; 0 does
     *                              not look for templates
     */
    public Audit(Classifier classifier, int templateMinRecipients, Listener listener) {
        this(classifier, templateMinRecipients, listener, KeptRecords.BUDGET);
    }

    /** @param keptBudget how much of the records read may be kept in memory; past it they go to a temporary file */
    Audit(Classifier classifier, int templateMinRecipients, Listener listener, long keptBudget) {
        this.classifier = classifier;
        this.templateMinRecipients = templateMinRecipients;
        this.listener = listener;
        this.keptBudget = keptBudget;
    }

    public Report run(List<InputSource> sources, ReportBuilder report) throws UnusableInputException {
        boolean lookForTemplates = templateMinRecipients > 0;
        ExecutorService pool = Handoff.newPool();
        try (KeptRecords kept = new KeptRecords(keptBudget)) {
            Optional<Connections> connections =
                    report.needsAcceptance() ? connections(sources, report) : Optional.empty();
            if (connections.isPresent()) {
                report.connectionsRead();
            }
            Classifier classifying =
                    lookForTemplates ? classifier.withTemplates(census(sources, kept, pool)) : classifier;
            // With templates, the census's first pass has already told each problem as it was found.
            Consumer<Problem> tell = lookForTemplates ? problem -> { } : listener::problem;
            RepeatedRows repeats = new RepeatedRows();
            for (int i = 0; i < sources.size(); i++) {
                InputSource source = sources.get(i);
                int input = i;
                report.source(source.name());
                Handoff.InOrder<Classification> reporting = new Handoff.InOrder<>() {
                    @Override
                    public void invitation(Invitation invitation, Classification classification) {
                        if (sources.size() > 1 && repeats.isRepeat(invitation, input)) {
                            report.repeated();
                        } else {
                            report.add(new ClassifiedInvitation(invitation, classification, connections
                                    .map(known -> known.of(invitation)).orElse(Acceptance.UNKNOWN)));
                        }
                    }

                    @Override
                    public void problem(Problem problem) {
                        tell.accept(problem);
                        report.problem(problem);
                    }
                };
                if (lookForTemplates) {
                    Handoff<Classification> classify = Handoff.pooled(pool, classifying::classify, reporting);
                    kept.deliverLast(i, classify);
                    classify.finish();
                } else {
                    read(source, Handoff.forSource(source, pool, classifying::classify, reporting));
                }
            }
            if (repeats.repeated() > 0) {
                listener.notice(repeats.repeated() + " invitation" + (repeats.repeated() == 1 ? " was" : "s were")
                        + " in more than one input (the same sender, recipient, date and note) and counted once");
            }
        } catch (UnusableInputException | RuntimeException e) {
            report.discard();
            throw e;
        } finally {
            pool.shutdownNow();
        }
        return report.build();
    }

    /**
     * The connections of every input that is an export zip or folder with a Connections.csv, read before the
     * invitations; empty when none has one. A Connections.csv that cannot be used costs only the acceptance it would
     * have told, and says so.
     */
    private Optional<Connections> connections(List<InputSource> sources, ReportBuilder report) {
        Optional<Connections> all = Optional.empty();
        for (InputSource source : sources) {
            Optional<InputSource> file = source.connections();
            if (file.isEmpty()) {
                continue;
            }
            try (InputStream bytes = file.get().open();
                    Reader text = TextDecoding.open(bytes, file.get().name(), (line, fault) -> { })) {
                Connections read = new ConnectionsReader(file.get().name()).read(text, problem -> {
                    listener.problem(problem);
                    report.problem(problem);
                });
                all = Optional.of(all.map(known -> known.with(read)).orElse(read));
            } catch (IOException e) {
                listener.notice(file.get().name() + ": could not be read (" + e.getMessage()
                        + "); acceptance cannot be told from it");
            } catch (UnusableInputException e) {
                listener.notice(e.getMessage());
            }
        }
        return all;
    }

    /**
     * Counts the notes of every source, in as many passes as the census asks for: the first reads each source, keeps
     * its records for the passes after it and tells the problems found; a second, when some sender wrote the same
     * words to enough people, counts those notes' keys from the records kept.
     */
    private TemplateCensus census(List<InputSource> sources, KeptRecords kept, ExecutorService pool)
            throws UnusableInputException {
        TemplateCensus census = new TemplateCensus(templateMinRecipients);
        boolean first = true;
        do {
            for (int i = 0; i < sources.size(); i++) {
                InputSource source = sources.get(i);
                RecordSink keep = first ? kept.keeping(source.name()) : NOTHING_KEPT;
                boolean tell = first;
                Function<Invitation, TemplateCensus.Entry> entry =
                        invitation -> census.entryOf(invitation.message(), invitation.from(), invitation.to());
                Handoff.InOrder<TemplateCensus.Entry> counting = new Handoff.InOrder<>() {
                    @Override
                    public void invitation(Invitation invitation, TemplateCensus.Entry entry) {
                        census.count(entry);
                        keep.invitation(invitation);
                    }

                    @Override
                    public void problem(Problem problem) {
                        if (tell) {
                            listener.problem(problem);
                            keep.problem(problem);
                        }
                    }
                };
                if (first) {
                    // Read as it comes, standard input's problems are told as each line is read, as without templates.
                    read(source, Handoff.forSource(source, pool, entry, counting));
                } else {
                    Handoff<TemplateCensus.Entry> count = Handoff.pooled(pool, entry, counting);
                    kept.deliver(i, count);
                    count.finish();
                }
            }
            first = false;
        } while (census.endPass());
        if (census.isApproximate()) {
            listener.notice("so many notes that mass-template detection is approximate: a few notes may be called "
                    + "templates wrongly");
        }
        return census;
    }

    /** Reads on this thread into the handoff, and takes back all that was handed off before returning. */
    private void read(InputSource source, Handoff<?> handoff) throws UnusableInputException {
        DecodingNotice notice = new DecodingNotice(handoff);
        DecodingFault.Listener faults = (line, fault) -> notice.fallbackAt(new Problem(source.name(), line,
                fault.of("the text"), false));
        try (InputStream bytes = source.open(); Reader text = TextDecoding.open(bytes, source.name(), faults)) {
            new InvitationReader(source.name()).read(text, notice);
            notice.flush();
            handoff.finish();
        } catch (IOException e) {
            finishAfterAFailedRead(handoff);
            throw new UnusableInputException(source.name() + ": could not be read (" + e.getMessage() + ")", e);
        } catch (UnusableInputException e) {
            finishAfterAFailedRead(handoff);
            throw e;
        } catch (RuntimeException | Error e) {
            handoff.abandon();
            throw e;
        }
    }

    /** The records read before the input failed are told and reported, as they would have been one at a time. */
    private static void finishAfterAFailedRead(Handoff<?> handoff) {
        try {
            handoff.finish();
        } catch (RuntimeException e) {
            // the input's failure is the one to report
        }
    }

    /**
     * The records of the first pass, in file order, so that no input is read and parsed twice: in memory while they
     * fit a small budget (the usual export), continued in a private temporary file past it. Passes after the first
     * read them back, which costs a fraction of reading the input again (and an input read as it comes, standard
     * input or a pipe, could not be read again without a copy anyway).
     */
    static final class KeptRecords implements Closeable {

        /** Some 4 MiB, as the records' codec reckons memory; for every source together. */
        static final long BUDGET = 4L << 20;

        private final long budget;
        private final List<SpillingList<InputRecord>> kept = new ArrayList<>();

        KeptRecords(long budget) {
            this.budget = budget;
        }

        /**
         * Where the first pass puts the records of the next source, named so. The sources before it keep what they
         * hold in memory while that leaves this one half the budget at least, and spill it otherwise; their files
         * are closed.
         */
        RecordSink keeping(String source) {
            kept.stream().filter(Objects::nonNull).forEach(SpillingList::closeFile);
            long held = memoryBytes();
            if (held > budget / 2) {
                kept.stream().filter(Objects::nonNull).forEach(SpillingList::spillMemory);
                held = 0;
            }
            SpillingList<InputRecord> records =
                    new SpillingList<>(RecordCodecs.recordOf(source), budget - held);
            kept.add(records);
            return new RecordSink() {
                @Override
                public void invitation(Invitation invitation) {
                    records.add(invitation);
                }

                @Override
                public void problem(Problem problem) {
                    records.add(problem);
                }
            };
        }

        /** Hands the kept records of the source at this index to the sink, in the order they were read. */
        void deliver(int source, RecordSink sink) {
            for (InputRecord record : kept.get(source)) {
                record.deliverTo(sink);
            }
        }

        /** As {@link #deliver}, for the last pass: the records, in memory and in their file, are let go after. */
        void deliverLast(int source, RecordSink sink) {
            deliver(source, sink);
            kept.get(source).close();
            kept.set(source, null);
        }

        /** What the records kept in memory take, by their codec's reckoning: never more than the budget. */
        long memoryBytes() {
            return kept.stream().mapToLong(records -> records == null ? 0 : records.memoryBytes()).sum();
        }

        /** Whether the records of some source went to a temporary file; for tests. */
        boolean spilled() {
            return kept.stream().anyMatch(records -> records != null && records.spilledRuns() > 0);
        }

        @Override
        public void close() {
            kept.stream().filter(Objects::nonNull).forEach(SpillingList::close);
        }
    }

    /**
     * Holds the decoder's word about the encoding until the records reach its line: the decoder reads ahead, and
     * problems are listed in file order. An input that turns out unusable is reported by its one error alone.
     */
    private static final class DecodingNotice implements RecordSink {

        private final RecordSink sink;
        private Problem pending;

        DecodingNotice(RecordSink sink) {
            this.sink = sink;
        }

        void fallbackAt(Problem problem) {
            pending = problem;
        }

        @Override
        public void invitation(Invitation invitation) {
            flushUpTo(invitation.line());
            sink.invitation(invitation);
        }

        @Override
        public void problem(Problem problem) {
            flushUpTo(problem.line());
            sink.problem(problem);
        }

        void flush() {
            flushUpTo(Long.MAX_VALUE);
        }

        private void flushUpTo(long line) {
            if (pending != null && pending.line() <= line) {
                sink.problem(pending);
                pending = null;
            }
        }
    }
}
