package org.inviteaudit.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

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

    @Test
    void foldsCaseIncludingSharpS() {
        assertThat(TextNormalizer.fold("STRASSE")).isEqualTo(TextNormalizer.fold("straße"));
    }
}
