package org.inviteaudit;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.inviteaudit.classify.Classifier;
import org.inviteaudit.reader.Invitation;
import org.inviteaudit.reader.InvitationReader;
import org.inviteaudit.reader.Problem;
import org.inviteaudit.reader.RecordSink;
import org.inviteaudit.report.ClassifiedInvitation;
import org.inviteaudit.report.Report;
import org.inviteaudit.report.ReportBuilder;
import org.inviteaudit.source.InputSource;
import org.inviteaudit.source.TextDecoding;
import org.inviteaudit.source.UnusableInputException;

/** The whole flow: each source is read, each record classified and added to the report, one record at a time. */
public final class Audit {

    private final Classifier classifier;
    private final Consumer<Problem> problemListener;

    /**
     * @param problemListener told of each problem as it is found, so a user sees it even when a later input
     *                        turns out to be unusable
     */
    public Audit(Classifier classifier, Consumer<Problem> problemListener) {
        this.classifier = classifier;
        this.problemListener = problemListener;
    }

    public Report run(List<InputSource> sources, ReportBuilder report) throws UnusableInputException {
        try {
            for (InputSource source : sources) {
                report.source(source.name());
                read(source, report);
            }
        } catch (UnusableInputException | RuntimeException e) {
            report.discard();
            throw e;
        }
        return report.build();
    }

    private void read(InputSource source, ReportBuilder report) throws UnusableInputException {
        DecodingNotice notice = new DecodingNotice(new RecordSink() {
            @Override
            public void invitation(Invitation invitation) {
                report.add(new ClassifiedInvitation(invitation, classifier.classify(invitation)));
            }

            @Override
            public void problem(Problem problem) {
                problemListener.accept(problem);
                report.problem(problem);
            }
        });
        LongConsumer fallback = line -> notice.fallbackAt(new Problem(source.name(), line,
                "the text is not valid UTF-8 from here; it is read as Windows-1252, as spreadsheets save it", false));
        try (InputStream bytes = source.open(); Reader text = TextDecoding.open(bytes, source.name(), fallback)) {
            new InvitationReader(source.name()).read(text, notice);
            notice.flush();
        } catch (IOException e) {
            throw new UnusableInputException(source.name() + ": could not be read (" + e.getMessage() + ")", e);
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
