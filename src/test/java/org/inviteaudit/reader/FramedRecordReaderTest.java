package org.inviteaudit.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class FramedRecordReaderTest {

    private static final long MAX_BYTES = 64;

    /**
     * Whatever the text and however much the parser asks for at a time, it reads each piece the splitter finds as
     * one line: a record's text, or an empty line for a broken or blank stretch, each ended by a line break.
     */
    @Property(tries = 1000)
    void theParserReadsEachPieceAsOneLine(@ForAll("csv") String text, @ForAll @IntRange(min = 1, max = 9) int asked)
            throws IOException {
        StringBuilder expected = new StringBuilder();
        List<RecordSplitter.Piece> pieces = new ArrayList<>();
        RecordSplitter alone = new RecordSplitter(new StringReader(text), ',', MAX_BYTES);
        for (RecordSplitter.Piece piece = alone.next(); piece != null; piece = alone.next()) {
            pieces.add(piece);
            expected.append(piece instanceof RecordSplitter.Framed framed ? framed.text() : "").append('\n');
        }

        FramedRecordReader reader = new FramedRecordReader(new RecordSplitter(new StringReader(text), ',', MAX_BYTES));
        StringBuilder read = new StringBuilder();
        char[] buffer = new char[asked + 2];
        assertThat(reader.read(buffer, 0, 0)).isZero();
        for (int n = reader.read(buffer, 1, asked); n >= 0; n = reader.read(buffer, 1, asked)) {
            assertThat(n).isBetween(1, asked);
            read.append(buffer, 1, n);
        }
        assertThat(read.toString()).isEqualTo(expected.toString());
        for (RecordSplitter.Piece piece : pieces) {
            assertThat(reader.nextPiece()).isEqualTo(piece);
        }
    }

    @Provide
    Arbitrary<String> csv() {
        return Arbitraries.strings().withChars("ab,\"\n\r é🚀").ofMaxLength(90);
    }
}
