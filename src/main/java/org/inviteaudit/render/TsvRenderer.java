package org.inviteaudit.render;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * One line per listed invitation, fields separated by tabs, for {@code cut}, {@code awk} and {@code sort}: no
 * quoting, and in a field a backslash, a tab, a line feed and a carriage return are written {@code \\}, {@code \t},
 * {@code \n} and {@code \r}, so that a line is always one record. No byte-order mark, no formula guard: what is
 * written is the data as it is.
 */
final class TsvRenderer extends RowRenderer {

    private final Writer out;

    TsvRenderer(Writer out) {
        this.out = out;
    }

    @Override
    void writeRow(List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write('\t');
            }
            out.write(escaped(fields.get(i)));
        }
        out.write('\n');
    }

    @Override
    void flush() throws IOException {
        out.flush();
    }

    static String escaped(String field) {
        StringBuilder escaped = null;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            String replacement = switch (c) {
                case '\\' -> "\\\\";
                case '\t' -> "\\t";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                default -> null;
            };
            if (replacement != null && escaped == null) {
                escaped = new StringBuilder(field.length() + 8).append(field, 0, i);
            }
            if (escaped != null) {
                if (replacement != null) {
                    escaped.append(replacement);
                } else {
                    escaped.append(c);
                }
            }
        }
        return escaped == null ? field : escaped.toString();
    }
}
