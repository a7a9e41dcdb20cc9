package org.inviteaudit.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
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
        assertThatThrownBy(() -> WordingImage.read(new ByteArrayInputStream(bytes)))
                .isInstanceOf(IOException.class).hasMessageContaining("format");
    }

    /** Any cut of the image, or a count in it made too large, is refused as damaged: never misread, never a crash. */
    @Test
    void aDamagedImageIsRefused() throws IOException {
        byte[] whole = image(fromJson());
        for (int length : new int[] {0, 7, 12, 100, whole.length / 2, whole.length - 4, whole.length - 1}) {
            byte[] cut = Arrays.copyOf(whole, length);
            assertThatThrownBy(() -> WordingImage.read(new ByteArrayInputStream(cut)))
                    .as("cut to %d bytes", length).isInstanceOf(IOException.class);
        }
        byte[] longer = Arrays.copyOf(whole, whole.length + 4);
        assertThatThrownBy(() -> WordingImage.read(new ByteArrayInputStream(longer)))
                .isInstanceOf(IOException.class).hasMessageContaining("past");
        for (int at = 8; at < 64; at += 4) { // the first counts and string ends, each made far too large
            byte[] bad = whole.clone();
            bad[at] = 0x7f;
            assertThatThrownBy(() -> WordingImage.read(new ByteArrayInputStream(bad)))
                    .as("byte %d", at).isInstanceOf(IOException.class);
        }
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
        while (words.lastIndexOf(words.get(first)) == first) {
            first++;
        }
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
