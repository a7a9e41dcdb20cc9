package org.inviteaudit.reader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.inviteaudit.io.Shortened;
import org.inviteaudit.source.UnusableInputException;

/**
 * Reads one Invitations.csv, record by record, handing each to a sink as an invitation or as a problem tied to the
 * line where the record starts. Nothing is held beyond the record being read, and a malformed record costs only
 * itself: {@link RecordSplitter} frames the records, Commons CSV splits each into fields.
 */
public final class InvitationReader {

    /** Records longer than this, in bytes of UTF-8, are reported, never held whole. */
    public static final long MAX_RECORD_BYTES = 1L << 20;

    private static final int QUOTED_MAX = 40;
    // How far ahead the header line is looked for, to learn the separator before the records are framed by it.
    private static final int HEADER_LOOKAHEAD = 1 << 16;

    private final String source;
    private final long maxRecordBytes;

    public InvitationReader(String source) {
        this(source, MAX_RECORD_BYTES);
    }

    InvitationReader(String source, long maxRecordBytes) {
        this.source = source;
        this.maxRecordBytes = maxRecordBytes;
    }

    /**
     * Reads every record of {@code text} into {@code sink}.
     *
     * @throws UnusableInputException when the input as a whole cannot be audited: it is empty, not text, or not
     *                                an invitations export
     */
    public void read(Reader text, RecordSink sink) throws UnusableInputException {
        try {
            BufferedReader buffered = new BufferedReader(text, HEADER_LOOKAHEAD);
            Separator separator = Separator.ofFirstLines(buffered, HEADER_LOOKAHEAD, 1,
                    HeaderLayout::holdsTheRequiredColumns, source, sink::problem);
            DateColumn dated = new DateColumn(source, sink);
            readRecords(new RecordSplitter(buffered, separator.character(), maxRecordBytes), separator, dated);
            dated.finish();
        } catch (IOException | UncheckedIOException e) {
            throw unreadable(e);
        }
    }

    private void readRecords(RecordSplitter splitter, Separator separator, DateColumn sink)
            throws IOException, UnusableInputException {
        HeaderLayout layout = header(splitter, separator);
        splitter.recogniseRecordsBy(line -> isWholeRecord(layout, separator, line));
        FramedRecordReader framed = new FramedRecordReader(splitter);
        try (CSVParser parser = CSVParser.builder().setReader(framed).setFormat(separator.format()).get()) {
            for (CSVRecord record : parser) {
                RecordSplitter.Piece piece = framed.nextPiece();
                if (piece instanceof RecordSplitter.Broken broken) {
                    sink.problem(new Problem(source, broken.line(), broken.reason(), true));
                } else if (!((RecordSplitter.Framed) piece).text().isBlank()) {
                    readRecord(layout, separator, piece.line(), record.toList(), sink);
                }
            }
        }
    }

    /** The first record that is not blank, as the header. */
    private HeaderLayout header(RecordSplitter splitter, Separator separator)
            throws IOException, UnusableInputException {
        for (RecordSplitter.Piece piece = splitter.next(); piece != null; piece = splitter.next()) {
            if (piece instanceof RecordSplitter.Framed framed && framed.text().isBlank()) {
                continue;
            }
            return HeaderLayout.of(source, headerFields(piece, separator));
        }
        throw new UnusableInputException(source + ": is empty; pass the Invitations.csv from your LinkedIn export");
    }

    private List<String> headerFields(RecordSplitter.Piece piece, Separator separator)
            throws UnusableInputException {
        Optional<List<String>> fields = piece instanceof RecordSplitter.Framed framed
                ? separator.fields(framed.text()) : Optional.empty();
        if (fields.isEmpty()) {
            throw new UnusableInputException(source + ": not a LinkedIn invitations export (its first line is not "
                    + "a CSV header); pass Invitations.csv from your export");
        }
        return fields.get();
    }

    private void readRecord(HeaderLayout layout, Separator separator, long line, List<String> fields,
            DateColumn sink) {
        if (fields.size() < layout.requiredWidth()) {
            sink.problem(new Problem(source, line, "the record has " + fields.size() + " field"
                    + (fields.size() == 1 ? "" : "s") + " where " + layout.requiredWidth() + " are needed", true));
            return;
        }
        String directionText = layout.value(fields, Column.DIRECTION);
        Optional<Direction> direction = Direction.fromExport(directionText);
        if (direction.isEmpty() && fields.size() > layout.width()) {
            // A separator in a note that is not in quotes splits it, and every later column moves along by one.
            String name = separator.singular();
            sink.problem(new Problem(source, line, "the record has " + fields.size() + " fields where the header has "
                    + layout.width() + ": is there an unquoted " + name + " in the Message? (a note that holds "
                    + name + "s must be in double quotes)", true));
            return;
        }
        if (direction.isEmpty()) {
            sink.problem(new Problem(source, line, "unknown Direction " + quoted(directionText)
                    + " (expected INCOMING or OUTGOING)", true));
            return;
        }
        String sentAtRaw = layout.value(fields, Column.SENT_AT);
        SentAtParser.Reading reading = SentAtParser.read(sentAtRaw);
        LocalDateTime sentAt = reading.in(false).orElse(null);
        if (sentAt == null) {
            sink.problem(new Problem(source, line, "unreadable Sent At " + quoted(sentAtRaw)
                    + " (expected a date like 1/29/26, 2:37 PM or 2026-01-29 14:37); the invitation is kept without "
                    + "a date", false));
        }
        sink.invitation(new Invitation(
                source,
                line,
                direction.get(),
                layout.value(fields, Column.FROM).strip(),
                layout.value(fields, Column.TO).strip(),
                sentAt,
                sentAtRaw,
                layout.value(fields, Column.MESSAGE),
                layout.value(fields, Column.INVITER_PROFILE_URL).strip(),
                layout.value(fields, Column.INVITEE_PROFILE_URL).strip()), reading);
    }

    /**
     * Where an open quote should be closed by force: a line that is, by itself, a complete record with a known
     * direction and a readable date. A note's continuation line is practically never that.
     */
    private static boolean isWholeRecord(HeaderLayout layout, Separator separator, String line) {
        RecordSplitter.Quoting quoting = RecordSplitter.quoting(line, false, separator.character());
        if (quoting.open() || quoting.malformed() || quoting.strayQuote()) {
            return false;
        }
        return separator.fields(line)
                .filter(fields -> fields.size() >= layout.requiredWidth())
                .filter(fields -> Direction.fromExport(layout.value(fields, Column.DIRECTION)).isPresent())
                .filter(fields -> SentAtParser.parse(layout.value(fields, Column.SENT_AT)).isPresent())
                .isPresent();
    }

    /** A field's value for a message, cut short: a hostile field may be a megabyte long. */
    private static String quoted(String value) {
        return "'" + Shortened.to(value, QUOTED_MAX) + "'";
    }

    private UnusableInputException unreadable(Exception e) {
        Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
        return new UnusableInputException(source + ": could not be read (" + cause.getMessage() + ")", e);
    }
}
