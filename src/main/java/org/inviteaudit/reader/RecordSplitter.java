package org.inviteaudit.reader;

import java.io.IOException;
import java.io.Reader;
import java.util.function.Predicate;
import org.inviteaudit.io.Sizes;

/**
 * Splits CSV text into records by RFC 4180's quoting rules, line by line, so that a malformed record costs only
 * itself: a quote left open is closed by force at the first following line that is a whole record on its own, and
 * a record longer than the limit is passed over without being held.
 */
final class RecordSplitter {

    /** What the splitter found at one place in the text. */
    sealed interface Piece permits Framed, Broken {
        long line();
    }

    /** A record, quote-balanced, without its final line terminator. */
    record Framed(long line, String text) implements Piece {
    }

    /** A stretch of text that is not a usable record. */
    record Broken(long line, String reason) implements Piece {
    }

    static final String NEVER_CLOSED = "a quoted field is never closed";
    static final String NOT_CLOSED = "a quoted field is not closed before the next record";
    static final String TEXT_AFTER_QUOTE = "malformed CSV (text after a closing quote); check the quoting of this record";

    /**
     * How a line leaves the quoting.
     *
     * @param open       a quoted field runs on past the line
     * @param malformed  text follows a closing quote in the same field, which RFC 4180 does not allow
     * @param strayQuote a quote stands inside an unquoted field: readable, but never so in a record that LinkedIn
     *                   or a spreadsheet wrote, so such a line is not taken for a fresh record
     */
    record Quoting(boolean open, boolean malformed, boolean strayQuote) {
    }

    private final PhysicalLines lines;
    private final char separator;
    private final long maxBytes;
    private final String tooLong;
    private Predicate<String> isWholeRecord = line -> false;

    /**
     * @param separator what separates the fields: a quote opens a field only right after it or at a line's start
     * @param maxBytes  the longest record kept, in bytes of UTF-8 whatever the input's encoding
     */
    RecordSplitter(Reader text, char separator, long maxBytes) {
        this.lines = new PhysicalLines(text, maxBytes);
        this.separator = separator;
        this.maxBytes = maxBytes;
        this.tooLong = tooLong(maxBytes);
    }

    /** What a record over the limit is told as: "the record is longer than 1 MiB". */
    static String tooLong(long maxBytes) {
        return "the record is longer than " + Sizes.describe(maxBytes);
    }

    /**
     * Tells the splitter how to recognise a line that is a whole record by itself, where a quote left open should
     * be closed. Until it is told, for the header, an open quote runs on.
     */
    void recogniseRecordsBy(Predicate<String> isWholeRecord) {
        this.isWholeRecord = isWholeRecord;
    }

    /** The next record or broken stretch, or null at the end of the text. */
    Piece next() throws IOException {
        PhysicalLines.Line first = lines.next();
        if (first == null) {
            return null;
        }
        if (first.oversize()) {
            return new Broken(first.number(), tooLong);
        }
        Quoting quoting = quoting(first.text(), false, separator);
        if (!quoting.open()) { // a record of one line, as most are: its text as read
            return quoting.malformed() ? new Broken(first.number(), TEXT_AFTER_QUOTE)
                    : new Framed(first.number(), first.text());
        }
        StringBuilder text = new StringBuilder(first.text());
        String terminator = first.terminator();
        boolean malformed = quoting.malformed();
        long bytes = first.bytes();
        boolean tooLongSoFar = false;
        while (quoting.open()) {
            PhysicalLines.Line next = lines.peek();
            if (next == null) {
                return new Broken(first.number(), tooLongSoFar ? tooLong : NEVER_CLOSED);
            }
            if (!next.oversize() && isWholeRecord.test(next.text())) {
                return new Broken(first.number(), tooLongSoFar ? tooLong : NOT_CLOSED);
            }
            lines.next();
            bytes += terminator.length() + next.bytes();
            if (next.oversize() || tooLongSoFar || bytes > maxBytes) {
                // Past the limit nothing more is kept; an oversize line is taken to end the record.
                tooLongSoFar = true;
                text = new StringBuilder();
                quoting = next.oversize() ? new Quoting(false, false, false) : quoting(next.text(), true, separator);
                continue;
            }
            text.append(terminator).append(next.text());
            terminator = next.terminator();
            quoting = quoting(next.text(), true, separator);
            malformed |= quoting.malformed();
        }
        if (tooLongSoFar) {
            return new Broken(first.number(), tooLong);
        }
        return malformed ? new Broken(first.number(), TEXT_AFTER_QUOTE) : new Framed(first.number(), text.toString());
    }

    /**
     * How a line leaves the quoting. A quote opens a field only at the field's start; inside one, a doubled quote
     * is a quote and a single one closes it, and then only whitespace, then the separator or the line's end, may
     * follow.
     */
    static Quoting quoting(String line, boolean startsInsideQuotes, char separator) {
        boolean inQuotes = startsInsideQuotes;
        boolean atFieldStart = !startsInsideQuotes;
        boolean justClosed = false;
        boolean malformed = false;
        boolean strayQuote = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (inQuotes) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        i++;
                    } else {
                        inQuotes = false;
                        justClosed = true;
                    }
                }
            } else if (justClosed && c != separator) {
                // Commons CSV, which reads the record next, passes over whitespace between a closing quote and the
                // separator; anything else there is malformed.
                if (!Character.isWhitespace(c)) {
                    malformed = true;
                    justClosed = false;
                    atFieldStart = false;
                }
            } else if (c == '"' && atFieldStart) {
                inQuotes = true;
                atFieldStart = false;
            } else if (c == '"') {
                strayQuote = true;
            } else {
                justClosed = false;
                atFieldStart = c == separator;
            }
        }
        return new Quoting(inQuotes, malformed, strayQuote);
    }
}
