package org.inviteaudit.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/** The image the build makes of the wording: the same wording as the JSON it comes from, byte for byte each build. */
class WordingImageTest {

    private static Wording fromJson() throws IOException {
        try (InputStream json = WordingLoader.class.getResourceAsStream(WordingLoader.BUILT_IN)) {
            return WordingLoader.load(WordingLoader.BUILT_IN, json);
        }
    }

    private static byte[] image(Wording wording) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        WordingImage.write(wording, bytes);
        return bytes.toByteArray();
    }

    @Test
    void theImageRunsReadHoldsWhatTheJsonHolds() throws IOException {
        Wording json = fromJson();
        Wording image = WordingLoader.builtIn();

        assertThat(image.stockTexts()).isEqualTo(json.stockTexts());
        assertThat(image.stockVocabulary()).isEqualTo(json.stockVocabulary());
        assertThat(image.boilerplate()).isEqualTo(json.boilerplate());
        assertThat(image.greetings()).isEqualTo(json.greetings());
        assertThat(image.addressees()).isEqualTo(json.addressees());
        assertThat(image.closings()).isEqualTo(json.closings());
        assertThat(image.fillerWords()).isEqualTo(json.fillerWords());
        assertThat(image.timeWords()).isEqualTo(json.timeWords());
        assertThat(image.yourWords()).isEqualTo(json.yourWords());
        assertThat(image.topicWords()).isEqualTo(json.topicWords());
        assertThat(sources(image.placeholders())).isEqualTo(sources(json.placeholders()));
        assertThat(sources(image.signals())).isEqualTo(sources(json.signals()));
        assertThat(sources(image.outreach())).isEqualTo(sources(json.outreach()));
        assertThat(json.stockTexts()).isNotEmpty();
    }

    /** A stale image (wording.json edited, the build's step skipped) fails here rather than classify by old data. */
    @Test
    void thePackedImageIsTheImageOfTodaysJson() throws IOException {
        byte[] packed;
        try (InputStream in = WordingLoader.class.getResourceAsStream(WordingImage.NAME)) {
            assertThat(in).as("the image the build made").isNotNull();
            packed = in.readAllBytes();
        }
        assertThat(packed).isEqualTo(image(fromJson()));
    }

    @Test
    void writingWhatWasReadGivesTheSameBytes() throws IOException {
        byte[] first = image(fromJson());
        assertThat(image(WordingImage.read(new ByteArrayInputStream(first)))).isEqualTo(first);
    }

    @Test
    void aPatternReadFromTheImageIsCompiledAsTheLoaderCompiledIt() throws IOException {
        List<WordingPattern> json = fromJson().signals().get(Reason.SHARED_CONTEXT);
        List<WordingPattern> image = WordingLoader.builtIn().signals().get(Reason.SHARED_CONTEXT);
        for (int i = 0; i < json.size(); i++) {
            assertThat(image.get(i).pattern().source()).isEqualTo(json.get(i).pattern().source());
        }
        assertThat(image).isNotEmpty();
    }

    @Test
    void anImageOfAnotherFormatIsRefused() throws IOException {
        byte[] bytes = image(fromJson());
        bytes[7]++; // the format number
        resealed(bytes);
        assertThatThrownBy(() -> WordingImage.read(new ByteArrayInputStream(bytes)))
                .isInstanceOf(IOException.class).hasMessageContaining("format");
    }

    /** An image cut short, lengthened or with any byte changed is refused as damaged, by its checksum. */
    @Test
    void aDamagedImageIsRefused() throws IOException {
        byte[] whole = image(fromJson());
        for (int length : new int[] {0, 3, 7, 12, 100, whole.length / 2, whole.length - 4, whole.length - 1}) {
            byte[] cut = Arrays.copyOf(whole, length);
            assertThatThrownBy(() -> WordingImage.read(new ByteArrayInputStream(cut)))
                    .as("cut to %d bytes", length).isInstanceOf(IOException.class);
        }
        byte[] longer = Arrays.copyOf(whole, whole.length + 4);
        assertThatThrownBy(() -> WordingImage.read(new ByteArrayInputStream(longer))).isInstanceOf(IOException.class);
        for (int at = 0; at < whole.length; at += 101) {
            byte[] changed = whole.clone();
            changed[at] ^= 0x10;
            assertThatThrownBy(() -> WordingImage.read(new ByteArrayInputStream(changed)))
                    .as("byte %d changed", at).isInstanceOf(IOException.class).hasMessageContaining("damaged");
        }
    }

    /**
     * Past its checksum (made again here, as if the damage had been written with it), the reading still never throws
     * but an IOException, nor makes anything as large as a number it reads: each count is held to what is left, each
     * string's number to the strings there are.
     */
    @Test
    void behindItsChecksumTheReadingHoldsEveryNumberToWhatThereIs() throws IOException {
        byte[] whole = image(fromJson());
        int refused = 0;
        for (int at = 8; at + 8 <= whole.length; at += 4 * 37) {
            for (int value : new int[] {Integer.MAX_VALUE, Integer.MIN_VALUE, -2, -1, 0, 1 << 20}) {
                byte[] bad = whole.clone();
                ByteBuffer.wrap(bad).putInt(at, value);
                resealed(bad);
                Throwable thrown = catchThrowable(() -> WordingImage.read(new ByteArrayInputStream(bad)));
                assertThat(thrown).as("%d at byte %d", value, at).satisfiesAnyOf(
                        t -> assertThat(t).isNull(), t -> assertThat(t).isInstanceOf(IOException.class));
                refused += thrown == null ? 0 : 1;
            }
        }
        assertThat(refused).as("numbers refused").isGreaterThan(100);
    }

    /** The CRC-32 at the image's end made again for its bytes as they are now. */
    private static void resealed(byte[] image) {
        CRC32 crc = new CRC32();
        crc.update(image, 0, image.length - Integer.BYTES);
        ByteBuffer.wrap(image).putInt(image.length - Integer.BYTES, (int) crc.getValue());
    }

    /** Strings of every script come back as they went in, and a string met twice is kept once. */
    @Test
    void stringsOfEveryScriptComeBackAsWritten() throws IOException {
        Wording json = fromJson();
        Wording image = WordingImage.read(new ByteArrayInputStream(image(json)));
        assertThat(image.stockTexts()).isEqualTo(json.stockTexts());
        assertThat(image.stockTexts()).anyMatch(phrase -> phrase.text().chars().anyMatch(c -> c > 0xff));
        assertThat(image.stockTexts()).anyMatch(phrase -> phrase.text().chars().anyMatch(c -> c > 0x7f && c <= 0xff));
        List<String> words = image.stockTexts().stream().flatMap(phrase -> phrase.words().stream()).toList();
        int first = 0;
        while (first < words.size() && words.lastIndexOf(words.get(first)) == first) {
            first++;
        }
        assertThat(first).as("a word met twice among the stock texts' words").isLessThan(words.size());
        assertThat(words.get(words.lastIndexOf(words.get(first)))).isSameAs(words.get(first));
    }

    /** All that a pattern is, but its compiled form: the source and the first words. */
    private static List<String> sources(List<WordingPattern> patterns) {
        return patterns.stream()
                .map(pattern -> pattern.source() + " " + pattern.firstWordKeys().map(TreeSet::new))
                .toList();
    }

    private static Map<Reason, List<String>> sources(Map<Reason, List<WordingPattern>> byReason) {
        return byReason.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> sources(e.getValue())));
    }
}
