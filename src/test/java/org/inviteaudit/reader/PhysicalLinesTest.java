package org.inviteaudit.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.inviteaudit.io.Sizes;

class PhysicalLinesTest {

    /**
     * Whatever the breaks (LF, CRLF, a lone CR, a CR at the end of what one read gave), however the reader hands the
     * text over, and whatever the limit: the lines, their terminators and byte counts are those of the text.
     */
    @Property(tries = 400)
    void linesAreTheTextsLinesWhereverTheReadsEnd(@ForAll("texts") String text, @ForAll @IntRange(max = 40) int limit,
            @ForAll long seed) throws IOException {
        PhysicalLines lines = new PhysicalLines(new Dribble(text, new Random(seed)), limit);
        List<PhysicalLines.Line> read = new ArrayList<>();
        for (PhysicalLines.Line line = lines.next(); line != null; line = lines.next()) {
            read.add(line);
        }
        assertThat(read).isEqualTo(expected(text, limit));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("ab é日\r\n\uD83D\uDE80,\"").ofMaxLength(60)
                .list().ofMaxSize(400).map(parts -> String.join("", parts));
    }

    /** The lines as a reader of the whole text at once would see them, char by char. */
    private static List<PhysicalLines.Line> expected(String text, long limit) {
        List<PhysicalLines.Line> lines = new ArrayList<>();
        int i = 0;
        long number = 0;
        while (i < text.length()) {
            StringBuilder line = new StringBuilder();
            long bytes = 0;
            boolean oversize = false;
            String terminator = "";
            for (; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r') {
                    boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
                    terminator = crlf ? "\r\n" : String.valueOf(c);
                    i += crlf ? 2 : 1;
                    break;
                }
                if (!oversize) {
                    bytes += Sizes.utf8Length(c);
                    oversize = bytes > limit;
                    line.append(c);
                }
            }
            lines.add(new PhysicalLines.Line(++number, oversize ? null : line.toString(), terminator, bytes));
        }
        return lines;
    }

    /** Hands the text over a few chars at a time, as a slow pipe or a decoder might. */
    private static final class Dribble extends Reader {
        private final StringReader text;
        private final Random random;

        Dribble(String text, Random random) {
            this.text = new StringReader(text);
            this.random = random;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            return text.read(buffer, offset, Math.min(length, 1 + random.nextInt(9000)));
        }

        @Override
        public void close() {
            text.close();
        }
    }
}
