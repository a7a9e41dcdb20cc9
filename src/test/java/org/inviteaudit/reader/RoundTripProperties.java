package org.inviteaudit.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.inviteaudit.source.TextDecoding;

/**
 * Random invitations written as a spreadsheet or LinkedIn would write them, in every header era, encoding, line
 * ending and quoting, read back identically.
 */
class RoundTripProperties {

    enum Era { UP_TO_2023, LATE_2023_ON }

    enum Encoding {
        UTF_8(StandardCharsets.UTF_8, new byte[0]),
        UTF_8_BOM(StandardCharsets.UTF_8, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}),
        UTF_16LE_BOM(StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE}),
        UTF_16BE_BOM(StandardCharsets.UTF_16BE, new byte[] {(byte) 0xFE, (byte) 0xFF}),
        WINDOWS_1252(Charset.forName("windows-1252"), new byte[0]);

        final Charset charset;
        final byte[] bom;

        Encoding(Charset charset, byte[] bom) {
            this.charset = charset;
            this.bom = bom;
        }
    }

    record Row(String from, String to, LocalDateTime sentAt, String message, Direction direction) {
    }

    private static final DateTimeFormatter SENT_AT = DateTimeFormatter.ofPattern("M/d/yy, h:mm a", Locale.US);

    @Property(tries = 300)
    void everyInvitationReadsBackAsWritten(@ForAll("rows") List<Row> rows, @ForAll Era era,
            @ForAll("unicodeEncodings") Encoding encoding, @ForAll boolean crlf, @ForAll boolean quoteAll,
            @ForAll boolean narrowSpace) throws Exception {
        assertReadsBack(rows, era, encoding, crlf, quoteAll, narrowSpace);
    }

    @Property(tries = 200)
    void windows1252TextReadsBackAsWritten(@ForAll("windows1252Rows") List<Row> rows, @ForAll Era era,
            @ForAll boolean crlf, @ForAll boolean quoteAll) throws Exception {
        assertReadsBack(rows, era, Encoding.WINDOWS_1252, crlf, quoteAll, false);
    }

    private static void assertReadsBack(List<Row> rows, Era era, Encoding encoding, boolean crlf, boolean quoteAll,
            boolean narrowSpace) throws Exception {
        byte[] file = write(rows, era, encoding, crlf, quoteAll, narrowSpace);
        CollectingSink got = new CollectingSink();
        try (Reader text = TextDecoding.open(new ByteArrayInputStream(file), "in.csv", (line, fault) -> { })) {
            new InvitationReader("in.csv").read(text, got);
        }
        assertThat(got.problems).isEmpty();
        List<Row> readBack = got.invitations.stream()
                .map(i -> new Row(i.from(), i.to(), i.sentAt(), i.message(), i.direction())).toList();
        List<Row> expected = rows.stream()
                .map(r -> new Row(r.from().strip(), r.to().strip(), r.sentAt(), r.message(), r.direction())).toList();
        assertThat(readBack).isEqualTo(expected);
    }

    private static byte[] write(List<Row> rows, Era era, Encoding encoding, boolean crlf, boolean quoteAll,
            boolean narrowSpace) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setRecordSeparator(crlf ? "\r\n" : "\n")
                .setQuoteMode(quoteAll ? QuoteMode.ALL : QuoteMode.MINIMAL)
                .get();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(encoding.bom);
        try (Writer writer = new OutputStreamWriter(bytes, encoding.charset);
                CSVPrinter csv = new CSVPrinter(writer, format)) {
            List<String> header = new ArrayList<>(List.of("From", "To", "Sent At", "Message", "Direction"));
            if (era == Era.LATE_2023_ON) {
                header.addAll(List.of("inviterProfileUrl", "inviteeProfileUrl"));
            }
            csv.printRecord(header);
            for (Row row : rows) {
                String sentAt = SENT_AT.format(row.sentAt());
                if (narrowSpace) {
                    sentAt = sentAt.replace(" AM", "\u202FAM").replace(" PM", "\u202FPM");
                }
                List<String> fields = new ArrayList<>(List.of(row.from(), row.to(), sentAt, row.message(),
                        row.direction() == Direction.RECEIVED ? "INCOMING" : "OUTGOING"));
                if (era == Era.LATE_2023_ON) {
                    fields.addAll(List.of("https://www.linkedin.com/in/a", ""));
                }
                csv.printRecord(fields);
            }
        }
        return bytes.toByteArray();
    }

    @Provide
    Arbitrary<Encoding> unicodeEncodings() {
        return Arbitraries.of(Encoding.UTF_8, Encoding.UTF_8_BOM, Encoding.UTF_16LE_BOM, Encoding.UTF_16BE_BOM);
    }

    @Provide
    Arbitrary<List<Row>> rows() {
        return rows(unicodeText());
    }

    @Provide
    Arbitrary<List<Row>> windows1252Rows() {
        return rows(windows1252Text());
    }

    private static Arbitrary<List<Row>> rows(Arbitrary<String> text) {
        Arbitrary<LocalDateTime> sentAt = Arbitraries.longs().between(0, 60L * 24 * 365 * 90)
                .map(minutes -> LocalDateTime.of(2003, 1, 1, 0, 0).plusMinutes(minutes));
        return Combinators.combine(text, text, sentAt, text, Arbitraries.of(Direction.class))
                .as(Row::new).list().ofMaxSize(12);
    }

    /** Letters, CSV's own special characters, line breaks, emoji and control characters. */
    private static Arbitrary<String> unicodeText() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.strings().alpha().numeric().ofMaxLength(6),
                Arbitraries.of(",", "\"", "\"\"", "\n", "\r\n", "\r", " ", "  ", "\t", "'", ";"),
                Arbitraries.of("\uD83D\uDE80", "\uD83D\uDC4B\uD83C\uDFFD", "\u00e9", "\u00df", "\u4F60\u597D",
                        "\u05E9\u05DC\u05D5\u05DD", "\u202F", "\u00A0", "\u2019"),
                Arbitraries.chars().range('\u0000', '\u001F').map(String::valueOf),
                Arbitraries.of("\u001B[31m", "\u001B]0;title\u0007", "\u202E", "\u007F"));
        return piece.list().ofMaxSize(10).map(pieces -> String.join("", pieces));
    }

    /**
     * What Windows-1252 can hold. A letter from Â to ô directly before a character from € to ¿ would be valid
     * UTF-8 too, and is read as such; real text practically never has that pair, so it is kept apart here.
     */
    private static Arbitrary<String> windows1252Text() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.strings().alpha().numeric().ofMaxLength(6),
                Arbitraries.of(",", "\"", "\n", "\r\n", " ", "\t"),
                Arbitraries.of("\u00e9", "\u00e0", "\u00fc", "\u00df", "\u00c9", "\u00f1", "\u00e7"),
                Arbitraries.of("\u20AC", "\u201C", "\u201D", "\u2019", "\u2013", "\u0152", "\u00A3", "\u00BF"));
        return piece.list().ofMaxSize(10).map(pieces -> String.join(" ", pieces));
    }
}
