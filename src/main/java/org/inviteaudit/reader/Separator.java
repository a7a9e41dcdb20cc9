package org.inviteaudit.reader;

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
