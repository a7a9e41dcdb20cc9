package org.inviteaudit;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import org.inviteaudit.classify.Classification;
import org.inviteaudit.classify.Classifier;
import org.inviteaudit.classify.TemplateCensus;
import org.inviteaudit.reader.Connections;
import org.inviteaudit.reader.Connections.Acceptance;
import org.inviteaudit.reader.ConnectionsReader;
import org.inviteaudit.reader.Invitation;
import org.inviteaudit.reader.InvitationReader;
import org.inviteaudit.reader.Problem;
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
 * The whole flow: each source is read, each record classified and added to the report, one record at a time. When
 * mass templates are looked for, the records are read two or three times: the census counts, per sender, who got
 * which note ({@link TemplateCensus}, in one pass or two), and the last pass classifies with those counts, so that
 * every copy of a template is called one, the first as much as the last. A small input, the usual export, is kept
 * from the first pass and not read again ({@link Replay}). This thread reads and parses; each record's verdict and template keys are worked out on a
 * pool of threads, while counting and reporting keep to file order ({@link Handoff}).
 */
public final class Audit {

    /** What an audit tells as it goes, besides the report. */
    public interface Listener {
        /** A problem, as soon as it is found, so a user sees it even when a later input turns out unusable. */
        void problem(Problem problem);

        /** A remark about the audit as a whole. */
        void notice(String notice);
    }

    // Where a census pass after the first puts the records: they were kept, if at all, by the first.
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
    private final long replayBudget;

    /**
     * @param templateMinRecipients how many people a sender's note must go to for it to be a mass template; 0 does
     *                              not look for templates, and reads each input once
     */
    public Audit(Classifier classifier, int templateMinRecipients, Listener listener) {
        this(classifier, templateMinRecipients, listener, Replay.BUDGET);
    }

    Audit(Classifier classifier, int templateMinRecipients, Listener listener, long replayBudget) {
        this.classifier = classifier;
        this.templateMinRecipients = templateMinRecipients;
        this.listener = listener;
        this.replayBudget = replayBudget;
    }

    public Report run(List<InputSource> sources, ReportBuilder report) throws UnusableInputException {
        boolean twoPasses = templateMinRecipients > 0;
        List<InputSource> readable = new ArrayList<>();
        ExecutorService pool = Handoff.newPool();
        try {
            sources.forEach(source -> readable.add(twoPasses ? source.rereadable() : source));
            Optional<Connections> connections =
                    report.needsAcceptance() ? connections(readable, report) : Optional.empty();
            if (connections.isPresent()) {
                report.connectionsRead();
            }
            Replay replay = new Replay(replayBudget);
            Classifier classifying =
                    twoPasses ? classifier.withTemplates(census(readable, replay, pool)) : classifier;
            // With two passes, the first has already told each problem as it was found.
            Consumer<Problem> tell = twoPasses ? problem -> { } : listener::problem;
            RepeatedRows repeats = new RepeatedRows();
            for (int i = 0; i < readable.size(); i++) {
                InputSource source = readable.get(i);
                int input = i;
                report.source(source.name());
                Handoff<Classification> classify = Handoff.forSource(source, pool, classifying::classify,
                        new Handoff.InOrder<>() {
                            @Override
                            public void invitation(Invitation invitation, Classification classification) {
                                if (readable.size() > 1 && repeats.isRepeat(invitation, input)) {
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
                        });
                if (replay.replay(i, classify)) {
                    classify.finish();
                } else {
                    read(source, classify);
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
            closeAll(readable);
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
     * Counts the notes of every source, in as many passes as the census asks for: the first keeps the records of a
     * small input for the passes after it, and tells the problems found; a second, when some sender wrote the same
     * words to enough people, counts those notes' keys.
     */
    private TemplateCensus census(List<InputSource> sources, Replay replay, ExecutorService pool)
            throws UnusableInputException {
        TemplateCensus census = new TemplateCensus(templateMinRecipients);
        boolean first = true;
        do {
            for (int i = 0; i < sources.size(); i++) {
                InputSource source = sources.get(i);
                RecordSink kept = first ? replay.keeping(i) : NOTHING_KEPT;
                boolean tell = first;
                Handoff<TemplateCensus.Entry> count = Handoff.forSource(source, pool,
                        invitation -> census.entryOf(invitation.message(), invitation.from(), invitation.to()),
                        new Handoff.InOrder<>() {
                            @Override
                            public void invitation(Invitation invitation, TemplateCensus.Entry entry) {
                                census.count(entry);
                                kept.invitation(invitation);
                            }

                            @Override
                            public void problem(Problem problem) {
                                if (tell) {
                                    listener.problem(problem);
                                    kept.problem(problem);
                                }
                            }
                        });
                if (!first && replay.deliver(i, count)) {
                    count.finish();
                } else {
                    read(source, count);
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

    private static void closeAll(List<InputSource> sources) {
        for (InputSource source : sources) {
            try {
                source.close();
            } catch (IOException e) {
                // a spool left behind is deleted at exit
            }
        }
    }

    /**
     * The records of the first pass, kept in file order so that the second need not read and parse them again, while
     * they fit a small budget of characters: the usual export does, while a large one is read again and never held.
     * Once over budget nothing is kept any more, and every source is read again.
     */
    static final class Replay {

        /** 2 Mi characters, some 4 MiB; each record counts its texts' characters and {@value #RECORD_OVERHEAD} more. */
        static final long BUDGET = 2L << 20;
        private static final int RECORD_OVERHEAD = 64;

        private final long budget;
        private final List<RecordBatch> kept = new ArrayList<>();
        private long used;
        private boolean over;

        Replay(long budget) {
            this.budget = budget;
        }

        /** Where the first pass puts the records of the source at this index, which must be the next one. */
        RecordSink keeping(int source) {
            RecordBatch records = new RecordBatch();
            kept.add(records);
            return new RecordSink() {
                @Override
                public void invitation(Invitation invitation) {
                    if (fits(invitation.message().length() + invitation.from().length() + invitation.to().length()
                            + invitation.sentAtRaw().length() + length(invitation.inviterProfileUrl())
                            + length(invitation.inviteeProfileUrl()))) {
                        records.invitation(invitation);
                    }
                }

                @Override
                public void problem(Problem problem) {
                    if (fits(problem.message().length())) {
                        records.problem(problem);
                    }
                }
            };
        }

        private static int length(String text) {
            return text == null ? 0 : text.length();
        }

        /** Whether a record of so many characters may still be kept; the first that may not ends all keeping. */
        private boolean fits(int characters) {
            if (over) {
                return false;
            }
            used += characters + RECORD_OVERHEAD;
            if (used > budget) {
                over = true;
                kept.forEach(RecordBatch::clear);
            }
            return !over;
        }

        /**
         * Hands the kept records of a source to the sink, and keeps them for another pass; tells whether it did. If
         * not (over budget, or no first pass when templates are not looked for), read the source.
         */
        boolean deliver(int source, RecordSink sink) {
            if (over || source >= kept.size()) {
                return false;
            }
            kept.get(source).deliverTo(sink);
            return true;
        }

        /** As {@link #deliver}, for the last pass: the records are let go once handed over. */
        boolean replay(int source, RecordSink sink) {
            boolean delivered = deliver(source, sink);
            if (delivered) {
                kept.get(source).clear();
            }
            return delivered;
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
