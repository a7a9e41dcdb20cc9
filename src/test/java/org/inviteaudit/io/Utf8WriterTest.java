package org.inviteaudit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

class Utf8WriterTest {

    /**
     * How a piece of text is handed to a writer: every way a renderer or PrintWriter may, and as UTF-8 bytes (which
     * OutputStreamWriter is handed decoded: bytes encoded from a text hold a surrogate without its pair as {@code ?}).
     */
    enum Way { STRING, CHARS, ONE_BY_ONE, STRING_THEN_FLUSH, UTF8_BYTES }

    record Piece(String text, Way way) {
    }

    /**
     * The bytes are OutputStreamWriter's, whatever the text and however it is cut: pairs split between two writes,
     * surrogates without their pair, a flush between the halves of a pair, runs longer than the buffer.
     */
    @Property(tries = 2000)
    void writesTheBytesOfOutputStreamWriter(@ForAll("pieces") List<Piece> pieces) throws IOException {
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        ByteArrayOutputStream jdks = new ByteArrayOutputStream();
        try (Writer utf8 = new Utf8Writer(ours);
                Writer reference = new OutputStreamWriter(jdks, StandardCharsets.UTF_8)) {
            for (Piece piece : pieces) {
                write(piece, utf8);
                write(piece, reference);
                if (piece.way() == Way.STRING_THEN_FLUSH) {
                    assertThat(ours.toByteArray()).isEqualTo(jdks.toByteArray());
                }
            }
        }
        assertThat(ours.toByteArray()).isEqualTo(jdks.toByteArray());
    }

    private static void write(Piece piece, Writer writer) throws IOException {
        switch (piece.way()) {
            case STRING -> writer.write(piece.text());
            case CHARS -> writer.write(piece.text().toCharArray());
            case ONE_BY_ONE -> piece.text().chars().forEach(c -> {
                try {
                    writer.write(c);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            case STRING_THEN_FLUSH -> {
                writer.write(piece.text());
                writer.flush();
            }
            case UTF8_BYTES -> {
                byte[] utf8 = piece.text().getBytes(StandardCharsets.UTF_8);
                if (writer instanceof Utf8Writer ours) {
                    ours.writeUtf8(utf8, 0, utf8.length);
                } else {
                    writer.write(new String(utf8, StandardCharsets.UTF_8));
                }
            }
        }
    }

    @Provide
    Arbitrary<List<Piece>> pieces() {
        Arbitrary<String> short_ = Arbitraries.strings()
                .withChars("aZ 0\n\"\u007F\u0080é\u07FF\u0800日\uFFFF\uD83D\uDE80\uDBFF\uDC00").ofMaxLength(9);
        // Longer than the writer's buffer and its chunk, so that a char falls at each edge of them.
        Arbitrary<String> long_ = Arbitraries.integers().between(4090, 70_000)
                .map(n -> "x".repeat(n) + "é\uD83D\uDE80");
        Arbitrary<String> text = Arbitraries.frequencyOf(
                Tuple.of(9, short_), Tuple.of(1, long_));
        return Arbitraries.of(Way.class).flatMap(way -> text.map(t -> new Piece(t, way))).list().ofMaxSize(12);
    }

    /**
     * A pair, or a two-byte char, at each edge the writer has: the end of its 4,096-char chunk of a String, the end
     * of its 65,536-byte buffer.
     */
    @Test
    void charsAtTheEdgesOfTheChunkAndTheBufferAreWrittenWhole() throws IOException {
        for (int before : new int[] {4094, 4095, 4096, 65_533, 65_534, 65_535, 65_536}) {
            for (String wide : new String[] {"\uD83D\uDE80", "é", "日"}) {
                String text = "x".repeat(before) + wide + "y";
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                try (Writer writer = new Utf8Writer(bytes)) {
                    writer.write(text);
                }
                assertThat(bytes.toByteArray()).as("%d chars, then %s", before, wide)
                        .isEqualTo(text.getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void aHighSurrogateLeftAtTheEndIsWrittenAsAQuestionMarkOnClose() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new Utf8Writer(bytes)) {
            writer.write("a\uD83D");
            writer.flush();
            assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("a");
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("a?");
    }

    /** Bytes go out after what was written before them, whole, a run longer than the buffer as much as a short one. */
    @Test
    void writesUtf8BytesAsTheyAreInTheOrderWritten() throws IOException {
        for (int length : new int[] {0, 1, 65_535, 65_536, 65_537, 200_000}) {
            String text = "é".repeat(length / 2) + "x".repeat(length % 2);
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (Utf8Writer writer = new Utf8Writer(bytes)) {
                writer.write("[\uD83D\uDE80");
                writer.writeUtf8(utf8, 0, utf8.length);
                writer.write("]");
            }
            assertThat(bytes.toString(StandardCharsets.UTF_8)).as("%d bytes", utf8.length)
                    .isEqualTo("[\uD83D\uDE80" + text + "]");
        }
    }

    @Test
    void aHighSurrogateBeforeBytesIsWrittenAsAQuestionMark() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Utf8Writer writer = new Utf8Writer(bytes)) {
            writer.write("a\uD83D");
            writer.writeUtf8(new byte[] {'b'}, 0, 1);
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("a?b");
    }

    @Test
    void refusesToWriteOnceClosed() throws IOException {
        Writer writer = new Utf8Writer(new ByteArrayOutputStream());
        writer.close();
        writer.close();
        assertThatThrownBy(() -> writer.write("a")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> writer.write("")).isInstanceOf(IOException.class);
        assertThatThrownBy(writer::flush).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> ((Utf8Writer) writer).writeUtf8(new byte[1], 0, 1)).isInstanceOf(IOException.class);
    }
}
