package org.inviteaudit.reader;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inviteaudit.io.Shortened;
import org.inviteaudit.source.UnusableInputException;

/** Where each column sits in one file, found from its header row by name. */
final class HeaderLayout {

    private static final int FIRST_LINE_SHOWN = 80;

    private final Map<Column, Integer> positions;
    private final int requiredWidth;
    private final int width;

    private HeaderLayout(Map<Column, Integer> positions, int width) {
        this.positions = positions;
        this.width = width;
        int required = 0;
        for (Map.Entry<Column, Integer> entry : positions.entrySet()) {
            if (entry.getKey().required()) {
                required = Math.max(required, entry.getValue() + 1);
            }
        }
        this.requiredWidth = required;
    }

    /** Whether a header row names every column an invitations export must have. */
    static boolean holdsTheRequiredColumns(List<String> header) {
        Map<Column, Integer> positions = positions(header);
        for (Column column : Column.values()) {
            if (column.required() && !positions.containsKey(column)) {
                return false;
            }
        }
        return true;
    }

    private static Map<Column, Integer> positions(List<String> header) {
        Map<Column, Integer> positions = new EnumMap<>(Column.class);
        for (int i = 0; i < header.size(); i++) {
            String key = Column.key(header.get(i));
            for (Column column : Column.values()) {
                if (Column.key(column.header()).equals(key)) {
                    positions.putIfAbsent(column, i);
                }
            }
        }
        return positions;
    }

    /** Maps a header row; extra columns are ignored, a missing required one makes the input unusable. */
    static HeaderLayout of(String source, List<String> header) throws UnusableInputException {
        Map<Column, Integer> positions = positions(header);
        List<String> missing = new ArrayList<>();
        for (Column column : Column.values()) {
            if (column.required() && !positions.containsKey(column)) {
                missing.add(column.header());
            }
        }
        if (!missing.isEmpty()) {
            // Only a header that is not Invitations.csv's asks which file of the export it is.
            Optional<ExportFiles.ExportFile> other = ExportFiles.recognise(header);
            if (other.isPresent()) {
                throw new UnusableInputException(source + ": this is " + other.get().file() + ", which holds "
                        + other.get().holds() + ", not invitations: pass Invitations.csv or the export zip");
            }
        }
        if (missing.size() == Column.requiredCount()) {
            throw new UnusableInputException(source + ": not a LinkedIn invitations export (its first line is '"
                    + Shortened.to(String.join(",", header), FIRST_LINE_SHOWN)
                    + "'); pass Invitations.csv from your export");
        }
        if (!missing.isEmpty()) {
            throw new UnusableInputException(source + ": the header lacks the column"
                    + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
                    + "; pass Invitations.csv as LinkedIn exported it");
        }
        return new HeaderLayout(positions, header.size());
    }

    /** The number of fields in the header. */
    int width() {
        return width;
    }

    /** The number of fields a record needs to hold every required column. */
    int requiredWidth() {
        return requiredWidth;
    }

    /** The value of a column in a record, or the empty string when an optional column is absent. */
    String value(List<String> record, Column column) {
        Integer position = positions.get(column);
        if (position == null || position >= record.size()) {
            return "";
        }
        return record.get(position);
    }

}
