package org.inviteaudit.render;

import java.io.IOException;
import java.io.Writer;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.inviteaudit.classify.Reason;
import org.inviteaudit.reader.Invitation;
import org.inviteaudit.report.ClassifiedInvitation;
import org.inviteaudit.report.Report;

/**
 * One row per listed invitation, written as the audit's last pass reads each: RFC 4180 with CRLF, UTF-8 with a byte-order mark so that
 * Excel and LibreOffice read the accents right, and cells that a spreadsheet would run as a formula made inert.
 * Every field is quoted: LibreOffice's import also splits on semicolons by default, and the reasons hold some.
 */
final class CsvRenderer implements Renderer {

    static final String[] COLUMNS =
            {"line", "direction", "from", "to", "sentAt", "verdict", "score", "reasons", "message", "source"};

    private final Writer out;
    private final CSVPrinter csv;
    private boolean started;

    CsvRenderer(Writer out) {
        this.out = out;
        try {
            this.csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get());
        } catch (IOException e) {
            throw new IllegalStateException("cannot write CSV", e);
        }
    }

    @Override
    public void listed(ClassifiedInvitation classified) throws IOException {
        start();
        Invitation invitation = classified.invitation();
        csv.printRecord(
                invitation.line(),
                invitation.direction().id(),
                inert(invitation.from()),
                inert(invitation.to()),
                invitation.sentAt() == null ? "" : invitation.sentAt().toString(),
                classified.verdict().id(),
                classified.score(),
                classified.reasons().stream().map(Reason::id).collect(Collectors.joining(";")),
                inert(invitation.message()),
                inert(invitation.source()));
    }

    @Override
    public void finish(Report report) throws IOException {
        start();
        csv.flush();
    }

    private void start() throws IOException {
        if (!started) {
            started = true;
            out.write('\uFEFF');
            csv.printRecord((Object[]) COLUMNS);
        }
    }

    /**
     * A cell starting with =, +, -, @, a tab or a carriage return would be run as a formula by a spreadsheet: a
     * leading apostrophe keeps it text.
     */
    static String inert(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }
}
