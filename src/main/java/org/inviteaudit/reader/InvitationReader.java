package org.inviteaudit.reader;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.inviteaudit.source.UnusableInputException;

/**
 * Reads one Invitations.csv, record by record, handing each to a sink as an invitation or as a problem tied to the
 * line where the record starts. Nothing is held beyond the record being read.
 */
public final class InvitationReader {

    // Empty lines are kept as records so the line count stays exact; they are then passed over.
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false)
            .setIgnoreSurroundingSpaces(false)
            .get();

    private final String source;

    public InvitationReader(String source) {
        this.source = source;
    }

    /**
     * Reads every record of {@code text} into {@code sink}.
     *
     * @throws UnusableInputException when the input as a whole cannot be audited: it is empty, not text, or not
     *                                an invitations export
     */
    public void read(Reader text, RecordSink sink) throws UnusableInputException {
        try (CSVParser parser = CSVParser.builder().setReader(text).setFormat(FORMAT).get()) {
            readRecords(parser, sink);
        } catch (IOException | UncheckedIOException e) {
            throw unreadable(e);
        }
    }

    private void readRecords(CSVParser parser, RecordSink sink) throws UnusableInputException {
        Iterator<CSVRecord> records = parser.iterator();
        HeaderLayout layout = null;
        long nextLine = 1;
        while (true) {
            long line = nextLine;
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    break;
                }
                record = records.next();
            } catch (UncheckedIOException e) {
                if (layout != null && e.getCause() instanceof CSVException) {
                    // Commons CSV cannot resume after a malformed record, so what follows it is lost; say so.
                    sink.problem(new Problem(source, line, "malformed CSV (" + csvDetail(e.getCause())
                            + "); the rest of the file from here could not be read", true));
                    return;
                }
                throw unreadable(e);
            }
            nextLine = parser.getCurrentLineNumber() + 1;
            if (isBlank(record)) {
                continue;
            }
            if (layout == null) {
                layout = HeaderLayout.of(source, values(record));
            } else {
                readRecord(layout, values(record), line, sink);
            }
        }
        if (layout == null) {
            throw new UnusableInputException(source
                    + ": is empty; pass the Invitations.csv from your LinkedIn export");
        }
    }

    private void readRecord(HeaderLayout layout, List<String> fields, long line, RecordSink sink) {
        if (fields.size() < layout.requiredWidth()) {
            sink.problem(new Problem(source, line, "the record has " + fields.size() + " field"
                    + (fields.size() == 1 ? "" : "s") + " where " + layout.requiredWidth() + " are needed", true));
            return;
        }
        String directionText = layout.value(fields, Column.DIRECTION);
        Optional<Direction> direction = Direction.fromExport(directionText);
        if (direction.isEmpty()) {
            sink.problem(new Problem(source, line, "unknown Direction '" + directionText
                    + "' (expected INCOMING or OUTGOING)", true));
            return;
        }
        String sentAtRaw = layout.value(fields, Column.SENT_AT);
        LocalDateTime sentAt = SentAtParser.parse(sentAtRaw).orElse(null);
        if (sentAt == null) {
            sink.problem(new Problem(source, line, "unreadable Sent At '" + sentAtRaw
                    + "' (expected like 1/29/26, 2:37 PM); the invitation is kept without a date", false));
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
                layout.value(fields, Column.INVITEE_PROFILE_URL).strip()));
    }

    private UnusableInputException unreadable(Exception e) {
        Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
        if (cause instanceof CharacterCodingException) {
            return new UnusableInputException(source
                    + ": is not UTF-8 text; save it again as UTF-8 (CSV UTF-8 in a spreadsheet)", e);
        }
        if (cause instanceof CSVException) {
            return new UnusableInputException(source + ": is not a CSV file (" + csvDetail(cause)
                    + "); pass the Invitations.csv from your LinkedIn export", e);
        }
        return new UnusableInputException(source + ": could not be read (" + cause.getMessage() + ")", e);
    }

    private static String csvDetail(Throwable csvError) {
        String message = String.valueOf(csvError.getMessage());
        if (message.contains("EOF reached before encapsulated token finished")) {
            return "a quoted field is never closed";
        }
        if (message.contains("between encapsulated token and delimiter")) {
            return "a quoted field is not closed where it should be";
        }
        return message;
    }

    private static boolean isBlank(CSVRecord record) {
        return record.size() == 1 && record.get(0).isBlank();
    }

    private static List<String> values(CSVRecord record) {
        List<String> values = new ArrayList<>(record.size());
        record.forEach(values::add);
        return values;
    }
}
