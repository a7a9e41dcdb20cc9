package org.inviteaudit.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextDecodingTest {

    private static final String TEXT = "From,To\nRen\u00e9e M\u00fcller \u2013 \u201cQA\u201d \u20ac5,Jos\u00e9 \uD83D\uDE80\n";

    private final List<Long> fallbacks = new ArrayList<>();
    private final List<DecodingFault> faults = new ArrayList<>();

    private String decode(byte[] bytes) throws IOException, UnusableInputException {
        return decode(new ByteArrayInputStream(bytes));
    }

    private String decode(InputStream bytes) throws IOException, UnusableInputException {
        try (Reader reader = TextDecoding.open(bytes, "in.csv", (line, fault) -> {
            fallbacks.add(line);
            faults.add(fault);
        })) {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[7]; // small, so sequences straddle reads
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                text.append(buffer, 0, n);
            }
            return text.toString();
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    @Test
    void readsUtf8WithAndWithoutAByteOrderMark() throws Exception {
        byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);
        assertThat(decode(utf8)).isEqualTo(TEXT);
        assertThat(decode(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8))).isEqualTo(TEXT);
        assertThat(fallbacks).isEmpty();
    }

    @Test
    void readsUtf16WithAByteOrderMarkInEitherOrder() throws Exception {
        assertThat(decode(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE))))
                .isEqualTo(TEXT);
        assertThat(decode(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE))))
                .isEqualTo(TEXT);
    }

    @Test
    void fallsBackToWindows1252WhereTheBytesAreNotUtf8AndSaysWhichLine() throws Exception {
        String latin = "From,To\nok,ok\nRen\u00e9e \u20ac5 \u201cquoted\u201d \u2013 \u0153uvre,x\n";
        assertThat(decode(latin.getBytes(Charset.forName("windows-1252")))).isEqualTo(latin);
        assertThat(fallbacks).containsExactly(3L);
    }

    @Test
    void namesTheLineAsTheReaderCountsItWhateverTheLineEnds() throws Exception {
        for (String end : List.of("\n", "\r\n", "\r")) {
            fallbacks.clear();
            String latin = "From,To" + end + "ok,ok" + end + "Ren\u00e9e,x" + end;
            assertThat(decode(latin.getBytes(Charset.forName("windows-1252")))).isEqualTo(latin);
            assertThat(fallbacks).as("line ends %s", end.replace("\r", "CR").replace("\n", "LF"))
                    .containsExactly(3L);
        }
    }

    @Test
    void keepsValidUtf8AroundStrayBytes() throws Exception {
        byte[] mixed = concat("caf\u00e9 ".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE9, '!'});
        assertThat(decode(mixed)).isEqualTo("caf\u00e9 \u00e9!");
        assertThat(fallbacks).containsExactly(1L);
    }

    @Test
    void refusesOverlongAndSurrogateEncodingsAsUtf8() throws Exception {
        assertThat(decode(new byte[] {(byte) 0xC0, (byte) 0xAF})).isEqualTo("\u00C0\u00AF");
        assertThat(decode(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})).isEqualTo("\u00ED\u00A0\u20AC");
    }

    @Test
    void readsAStreamThatArrivesAByteAtATime() throws Exception {
        byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);
        InputStream trickle = new InputStream() {
            private int next;

            @Override
            public int read() {
                return next < utf8.length ? utf8[next++] & 0xFF : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (next >= utf8.length) {
                    return -1;
                }
                b[off] = utf8[next++];
                return 1;
            }
        };
        assertThat(decode(trickle)).isEqualTo(TEXT);
    }

    @Test
    void refusesAZipWithAWordOnWhatToPass() {
        assertThatThrownBy(() -> decode(new byte[] {'P', 'K', 3, 4, 0, 0}))
                .isInstanceOf(UnusableInputException.class)
                .hasMessageStartingWith("in.csv: is a zip archive");
    }

    @Test
    void anEmptyInputIsEmptyText() throws Exception {
        assertThat(decode(new byte[0])).isEmpty();
    }

    @Test
    void invalidUtf16IsShownAsReplacementCharactersAndSaidOnceWithItsLine() throws Exception {
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        byte[] good = "From,To\nAda,Bo\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] loneSurrogate = {0x00, (byte) 0xD8, 'x', 0x00};
        byte[] oddByteAtTheEnd = {'\n', 0x00, 'y', 0x00, 0x41};
        String text = decode(concat(concat(concat(bom, good), loneSurrogate), oddByteAtTheEnd));
        // The JDK takes the unit after a lone surrogate into the same malformed sequence.
        assertThat(text).isEqualTo("From,To\nAda,Bo\n\uFFFD\ny\uFFFD");
        assertThat(fallbacks).containsExactly(3L);
        assertThat(faults).containsExactly(DecodingFault.NOT_UTF16);
    }

    @Test
    void validUtf16IsReadWholeAndSaysNothing() throws Exception {
        byte[] bom = {(byte) 0xFE, (byte) 0xFF};
        assertThat(decode(concat(bom, TEXT.repeat(2_000).getBytes(StandardCharsets.UTF_16BE))))
                .isEqualTo(TEXT.repeat(2_000));
        assertThat(faults).isEmpty();
    }
}
