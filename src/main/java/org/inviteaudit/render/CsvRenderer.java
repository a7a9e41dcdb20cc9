package org.inviteaudit.render;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * One row per listed invitation, written as the audit's last pass reads each: RFC 4180 with CRLF, UTF-8, and cells
 * that a spreadsheet would run as a formula made inert. A byte-order mark, which Excel and LibreOffice need to read
 * the accents right but which programs reading a pipe take for part of the first header, is written only when asked
 * (see {@code --bom}). Every field is quoted: LibreOffice's import also splits on semicolons by default, and the
 * reasons hold some.
 */
final class CsvRenderer extends RowRenderer {

    private final Writer out;
    private final boolean byteOrderMark;
    private final CSVPrinter csv;

    CsvRenderer(Writer out, boolean byteOrderMark) {
        this.out = out;
        this.byteOrderMark = byteOrderMark;
        try {
            this.csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get());
        } catch (IOException e) {
            throw new IllegalStateException("cannot write CSV", e);
        }
    }

    @Override
    void beforeHeader() throws IOException {
        if (byteOrderMark) {
            out.write('\uFEFF');
        }
    }

    @Override
    void writeRow(List<String> fields) throws IOException {
        Object[] cells = new Object[fields.size()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = inert(fields.get(i));
        }
        csv.printRecord(cells);
    }

    @Override
    void flush() throws IOException {
        csv.flush();
    }

    /**
     * A cell starting with =, +, -, @, a tab or a carriage return would be run as a formula by a spreadsheet: a
     * leading apostrophe keeps it text. None of the fields that the tool writes itself (numbers, ids, dates) starts so.
     */
    static String inert(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }
}
