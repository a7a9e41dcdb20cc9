package org.inviteaudit.reader;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.inviteaudit.source.UnusableInputException;

/**
 * Reads the export's Connections.csv into {@link Connections}: past its preamble (a {@code Notes:} line, a quoted
 * sentence and a blank line), under either header ({@code URL} appeared in mid-2023), a row is a connection; a row too
 * short for the names is a problem at its line. No more than {@link #MAX_CONNECTIONS} are read, so that a hostile
 * file cannot take the memory.
 */
public final class ConnectionsReader {

    /** Twice LinkedIn's limit of 30,000 connections. */
    public static final int MAX_CONNECTIONS = 60_000;
    // The header comes after a preamble of three lines: a file without one this early is not Connections.csv.
    private static final int HEADER_WITHIN_RECORDS = 10;
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private final String source;

    public ConnectionsReader(String source) {
        this.source = source;
    }

    /**
     * Reads the connections; tells each row it skips.
     *
     * @throws UnusableInputException when the text has no header of Connections.csv near its start, or cannot be read
     */
    public Connections read(Reader text, Consumer<Problem> problems) throws UnusableInputException {
        Connections connections = new Connections();
        try (CSVParser parser = CSVParser.builder().setReader(text).setFormat(FORMAT).get()) {
            Header header = null;
            long lineAfterPrevious = 0;
            long records = 0;
            for (CSVRecord record : parser) {
                long line = lineAfterPrevious + 1;
                lineAfterPrevious = parser.getCurrentLineNumber();
                List<String> fields = record.toList();
                if (header == null) {
                    header = Header.of(fields);
                    if (header == null && ++records >= HEADER_WITHIN_RECORDS) {
                        break;
                    }
                } else if (fields.size() == 1 && fields.get(0).isBlank()) {
                    continue;
                } else if (fields.size() <= Math.max(header.first(), header.last())) {
                    problems.accept(new Problem(source, line, "the row has " + fields.size() + " field"
                            + (fields.size() == 1 ? "" : "s") + ", too few for the names; connection not read", false));
                } else if (connections.size() >= MAX_CONNECTIONS) {
                    problems.accept(new Problem(source, line, "more than " + MAX_CONNECTIONS + " connections, twice "
                            + "LinkedIn's limit; the rest are not read", false));
                    break;
                } else {
                    connections.add(fields.get(header.first()), fields.get(header.last()),
                            header.url() >= 0 && header.url() < fields.size() ? fields.get(header.url()) : "");
                }
            }
            if (header == null) {
                throw new UnusableInputException(source + ": not LinkedIn's Connections.csv (no header with First "
                        + "Name and Last Name near its start); acceptance cannot be told");
            }
        } catch (IOException | UncheckedIOException e) {
            throw new UnusableInputException(source + ": could not be read (" + e.getMessage() + ")", e);
        }
        return connections;
    }

    /** Where the columns are: the names always, the profile URL since mid-2023 (else -1). */
    private record Header(int first, int last, int url) {

        /** The header, if these fields are it. */
        static Header of(List<String> fields) {
            int first = position(fields, "first name");
            int last = position(fields, "last name");
            return first < 0 || last < 0 ? null : new Header(first, last, position(fields, "url"));
        }

        private static int position(List<String> header, String column) {
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).strip().toLowerCase(Locale.ROOT).equals(column)) {
                    return i;
                }
            }
            return -1;
        }
    }
}
