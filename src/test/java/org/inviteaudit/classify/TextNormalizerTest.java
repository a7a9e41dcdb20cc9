package org.inviteaudit.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    /** The quick test of a space agrees with Java's two look-ups on every char. */
    @Test
    void spacesAreWhatJavaCallsWhitespaceOrASpaceSeparator() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertThat(TextNormalizer.isSpace(c)).as("U+%04X", (int) c)
                    .isEqualTo(Character.isWhitespace(c) || Character.isSpaceChar(c));
        }
    }

    @Test
    void equatesApostropheQuoteAndDashVariantsAndCollapsesSpaces() {
        assertThat(TextNormalizer.normalize("  I\u2019d  \u201Clike\u201D\n\nto \u2014Ada\u00A0\u202F "))
                .isEqualTo("I'd \"like\" to -Ada");
    }

    @Test
    void appliesNfkcSoFullWidthAndLigaturesCompareEqual() {
        assertThat(TextNormalizer.normalize("\uFF2C\uFF49\uFF4E\uFF4B\uFF45\uFF44\uFF29\uFF4E \uFB01ne"))
                .isEqualTo("LinkedIn fine");
    }

    /**
     * Where its table says NFKC leaves a text as it is, NFKC does; and the text comes out as if NFKC had been asked:
     * on texts of the Latin-1 chars NFKC changes or keeps, the spaces and the marks that compose with a letter.
     */
    @Property(tries = 3000)
    void aTextTheTableCallsStableIsOneNfkcLeavesAsItIs(@ForAll("latinTexts") String text) {
        if (TextNormalizer.isStableByTable(text)) {
            assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFKC)).as(text).isTrue();
        }
        assertThat(TextNormalizer.normalize(text))
                .isEqualTo(TextNormalizer.normalize(Normalizer.normalize(text, Normalizer.Form.NFKC)));
    }

    @Provide
    Arbitrary<String> latinTexts() {
        return Arbitraries.strings().withCharRange('\u0000', '\u02FF').withChars("\u0301\u0308\u2019\u00A0 ")
                .ofMaxLength(12);
    }

    /**
     * ASCII is typeset by its spaces and its grave accent alone (NFKC keeps every ASCII char): runs of whitespace
     * become one space, none at the ends, and a grave accent an apostrophe, whether the text takes the quick way for
     * a text already so or not.
     */
    @Property(tries = 3000)
    void asciiIsTypesetByItsSpacesAndGraveAccentsAlone(@ForAll("asciiTexts") String text) {
        String expected = text.replace('`', '\'').replaceAll("[\\t-\\r\\x1C-\\x1F ]+", " ").strip();
        assertThat(TextNormalizer.normalize(text)).isEqualTo(expected);
    }

    @Provide
    Arbitrary<String> asciiTexts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('\u0000', '\u007F').ofMaxLength(16),
                Arbitraries.strings().withChars("ab `\t\u007F").ofMaxLength(8));
    }

    @Test
    void anAsciiTextTypesetAlreadyIsGivenBackAsItIs() {
        String typeset = "Hi Ada, we met at the Lisbon meetup (2024) - great talk!";
        assertThat(TextNormalizer.normalize(typeset)).isSameAs(typeset);
        assertThat(TextNormalizer.normalize(" Hi")).isEqualTo("Hi");
        assertThat(TextNormalizer.normalize("Hi ")).isEqualTo("Hi");
        assertThat(TextNormalizer.normalize("Hi  Ada")).isEqualTo("Hi Ada");
        assertThat(TextNormalizer.normalize("it`s")).isEqualTo("it's");
        assertThat(TextNormalizer.normalize("Hi\tAda")).isEqualTo("Hi Ada");
    }

    @Test
    void aLatinTextIsStableByTableAndOneWithACombiningMarkIsNot() {
        assertThat(TextNormalizer.isStableByTable("Olá, I’m Zoë")).isFalse(); // ’ is beyond the table
        assertThat(TextNormalizer.isStableByTable("Olá, I'm Zoë")).isTrue();
        assertThat(TextNormalizer.isStableByTable("Zoe\u0308")).isFalse();
        assertThat(TextNormalizer.isStableByTable("\u00BD")).isFalse(); // ½ becomes 1⁄2
        assertThat(TextNormalizer.normalize("Zoe\u0308 \u00BD")).isEqualTo("Zoë 1\u20442");
    }

    @Test
    void foldsCaseIncludingSharpS() {
        assertThat(TextNormalizer.fold("STRASSE")).isEqualTo(TextNormalizer.fold("straße"));
    }
}
