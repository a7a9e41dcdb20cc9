package org.inviteaudit.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * {@link RecordSplitter} frames the records that Commons CSV then reads, line by line so that a malformed record costs
 * only itself. The two must never differ: on text Commons CSV reads whole, the splitter frames the same records; on
 * text Commons CSV refuses, the splitter finds something broken. Checked on cases of every kind that CSV files show
 * (written for this test) and on random text made of the characters that matter, with each separator.
 */
class SplitterAgreesWithCommonsCsvProperties {

    @Property(tries = 3_000)
    void randomText(@ForAll("csvish") String text, @ForAll Separator separator) {
        assertAgree(text, separator);
    }

    @Provide
    Arbitrary<String> csvish() {
        return Arbitraries.strings().withChars('a', 'b', ',', ';', '"', ' ', '\t', '\n', '\r', '\u00a0')
                .ofMaxLength(24);
    }

    @Example
    void casesOfEveryKind() {
        for (String text : List.of(
                "", "a", "a,b,c\n1,2,3\n", "a,b\r\n1,2\r\n", "a,b\r1,2\r", "a,b\n1,2",
                "\"a,b\",c\n", "\"say \"\"hi\"\"\",x\n", "\"two\nlines\",x\n", "\"two\r\nlines\",x\r\n",
                "\"\",\"\"\n", ",,\n", "\n\n", "a\n\nb\n", "\"open\n", "\"open,a\nb,c\n",
                "\"abc\" ,x\n", "\"abc\"\t,x\n", "\"abc\"  \n", "\"abc\" x,y\n", "\"abc\"x\n",
                "a\"b,c\n", "\"Zoë\",\"東京\",\"😀\"\n", "{\"key\": \"value\"},x\n", "\"{\"\"key\"\": 1}\",x\n",
                "\"a\"\u00a0,x\n", "\"a\"\u2003,x\n")) {
            for (Separator separator : Separator.values()) {
                assertAgree(text, separator);
                assertAgree(text.replace(',', separator.character()), separator);
            }
        }
    }

    private static void assertAgree(String text, Separator separator) {
        Optional<List<List<String>>> commons = commonsCsv(text, separator);
        List<RecordSplitter.Piece> pieces = split(text, separator);
        boolean broken = pieces.stream().anyMatch(piece -> piece instanceof RecordSplitter.Broken);
        if (commons.isPresent()) {
            assertThat(broken).as("splitter found something broken in %s separated by %s; pieces %s", show(text),
                    separator, pieces).isFalse();
            List<List<String>> framed = new ArrayList<>();
            for (RecordSplitter.Piece piece : pieces) {
                // With its line end back, so that an empty line reads as the record of one empty field it is.
                framed.addAll(commonsCsv(((RecordSplitter.Framed) piece).text() + "\n", separator).orElseThrow());
            }
            assertThat(framed).as("records of %s separated by %s", show(text), separator).isEqualTo(commons.get());
        } else {
            assertThat(broken).as("splitter found nothing broken in %s separated by %s, which Commons CSV refuses",
                    show(text), separator).isTrue();
        }
    }

    private static Optional<List<List<String>>> commonsCsv(String text, Separator separator) {
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text))
                .setFormat(separator.format()).get()) {
            List<List<String>> records = new ArrayList<>();
            for (CSVRecord record : parser.getRecords()) {
                records.add(record.toList());
            }
            return Optional.of(records);
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    private static List<RecordSplitter.Piece> split(String text, Separator separator) {
        RecordSplitter splitter = new RecordSplitter(new StringReader(text), separator.character(), 1 << 20);
        List<RecordSplitter.Piece> pieces = new ArrayList<>();
        try {
            for (RecordSplitter.Piece piece = splitter.next(); piece != null; piece = splitter.next()) {
                pieces.add(piece);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pieces;
    }

    private static String show(String text) {
        return "'" + text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t") + "'";
    }
}
