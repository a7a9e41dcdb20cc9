package org.inviteaudit.reader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * What separates the fields of a CSV file. LinkedIn writes commas; a spreadsheet re-saves with semicolons where the
 * decimal mark is a comma (most of Europe), and as tab-separated "Unicode Text". Every column is still there, so the
 * separator is read from the header line rather than the file refused.
 */
enum Separator {
    COMMA(',', "comma"),
    SEMICOLON(';', "semicolon"),
    TAB('\t', "tab");

    private final char character;
    private final String name;
    private final CSVFormat format;

    Separator(char character, String name) {
        this.character = character;
        this.name = name;
        this.format = CSVFormat.RFC4180.builder()
                .setDelimiter(character)
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(false)
                .get();
    }

    char character() {
        return character;
    }

    /** "semicolon", for messages. */
    String singular() {
        return name;
    }

    /** How Commons CSV reads a record separated so. */
    CSVFormat format() {
        return format;
    }

    /** Tells, as a problem of the header's line that skips nothing, a separator other than LinkedIn's comma. */
    void tellIfNotComma(String source, long headerLine, Consumer<Problem> problems) {
        if (this != COMMA) {
            problems.accept(new Problem(source, headerLine, "the fields are separated by " + name
                    + "s, not commas, as a spreadsheet saves them; read so", false));
        }
    }

    /**
     * The separator of a text's header, looked for in its first lines and told as a problem of the header's line when
     * it is not a comma: the first of the first {@code lines} lines that are not blank, within {@code lookahead}
     * characters, that some separator splits into a header; a comma when none is one, so that a text that is no
     * export is refused as it would be. The text is left to be read from its start.
     */
    static Separator ofFirstLines(BufferedReader text, int lookahead, int lines, Predicate<List<String>> isHeader,
            String source, Consumer<Problem> problems) throws IOException {
        text.mark(lookahead);
        try {
            StringBuilder line = new StringBuilder();
            long number = 1;
            int nonBlank = 0;
            int read = 0;
            int previous = -1;
            for (int c = text.read(); ++read < lookahead; previous = c, c = text.read()) {
                boolean lineEnds = c < 0 || c == '\n' || c == '\r';
                if (!lineEnds) {
                    line.append((char) c);
                    continue;
                }
                if (!line.toString().isBlank()) {
                    Optional<Separator> separator = ofHeader(line.toString(), isHeader);
                    if (separator.isPresent()) {
                        separator.get().tellIfNotComma(source, number, problems);
                        return separator.get();
                    }
                    if (++nonBlank == lines) {
                        break;
                    }
                }
                if (c < 0) {
                    break;
                }
                line.setLength(0);
                number += c == '\n' && previous == '\r' ? 0 : 1; // "\r\n" is one line end
            }
            return COMMA;
        } finally {
            text.reset();
        }
    }

    /**
     * The separator that makes a header of this line: the first, comma first, that splits it into fields that
     * {@code isHeader} takes; empty when none does.
     */
    static Optional<Separator> ofHeader(String line, Predicate<List<String>> isHeader) {
        for (Separator separator : values()) {
            if (separator.fields(line).filter(isHeader).isPresent()) {
                return Optional.of(separator);
            }
        }
        return Optional.empty();
    }

    /** The fields of one record on its own; empty when Commons CSV finds it malformed. */
    Optional<List<String>> fields(String record) {
        try (CSVParser parser = CSVParser.parse(record, format)) {
            List<CSVRecord> records = parser.getRecords();
            return records.size() == 1 ? Optional.of(records.get(0).toList()) : Optional.empty();
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }
}
