package org.inviteaudit.reader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
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
    // How far ahead the header is looked for, to learn the separator before the file is read by it.
    private static final int HEADER_LOOKAHEAD = 1 << 16;

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
        try (BufferedReader buffered = new BufferedReader(text, HEADER_LOOKAHEAD);
                CSVParser parser = CSVParser.builder().setReader(buffered)
                        .setFormat(Separator.ofFirstLines(buffered, HEADER_LOOKAHEAD, HEADER_WITHIN_RECORDS,
                                fields -> Header.of(fields) != null, source, problems).format()).get()) {
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
                } else if (fields.size() <= header.lastNeeded()) {
                    problems.accept(new Problem(source, line, "the row has " + fields.size() + " field"
                            + (fields.size() == 1 ? "" : "s") + ", too few for the "
                            + (header.hasNames() ? "names" : "URL") + "; connection not read", false));
                } else if (connections.size() >= MAX_CONNECTIONS) {
                    problems.accept(new Problem(source, line, "more than " + MAX_CONNECTIONS + " connections, twice "
                            + "LinkedIn's limit; the rest are not read", false));
                    break;
                } else {
                    connections.add(header.name(fields), header.url(fields));
                }
            }
            if (header == null) {
                throw new UnusableInputException(source + ": not LinkedIn's Connections.csv (no header with First "
                        + "Name and Last Name, a Name or a URL near its start); acceptance cannot be told");
            }
        } catch (IOException | UncheckedIOException e) {
            throw new UnusableInputException(source + ": could not be read (" + e.getMessage() + ")", e);
        }
        return connections;
    }

    /**
     * Where the columns are: the names, as LinkedIn writes them (First Name, Last Name) or as one Name column where
     * the owner edited the file; the profile URL since mid-2023. A missing column is -1; a header has names or a URL.
     */
    private record Header(int first, int last, int full, int url) {

        /** The header, if these fields are it. */
        static Header of(List<String> fields) {
            int first = position(fields, "first name");
            int last = position(fields, "last name");
            if (first < 0 || last < 0) {
                first = -1;
                last = -1;
            }
            int full = first < 0 ? position(fields, "name") : -1;
            int url = position(fields, "url");
            return first < 0 && full < 0 && url < 0 ? null : new Header(first, last, full, url);
        }

        boolean hasNames() {
            return first >= 0 || full >= 0;
        }

        /** The last column a row must reach: its names', or else its URL's. */
        int lastNeeded() {
            return hasNames() ? Math.max(Math.max(first, last), full) : url;
        }

        String name(List<String> fields) {
            return first >= 0 ? fields.get(first) + " " + fields.get(last) : full >= 0 ? fields.get(full) : "";
        }

        String url(List<String> fields) {
            return url >= 0 && url < fields.size() ? fields.get(url) : "";
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
