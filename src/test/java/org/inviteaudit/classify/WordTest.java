package org.inviteaudit.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordTest {

    private static final Pattern NUMBER = Pattern.compile("\\p{N}");

    private static Word word(String text) {
        return new Word(text, text, false, false, false, false);
    }

    /** Every code point of the Basic Multilingual Plane and some beyond it, alone and inside a word. */
    @Test
    void hasDigitIsWhatANumberPatternFinds() {
        int numbers = 0;
        for (int c = 0; c < 0x20000; c++) {
            if (Character.isSurrogate((char) c) && c <= 0xFFFF) {
                continue;
            }
            String text = "ab" + new String(Character.toChars(c)) + "c";
            boolean expected = NUMBER.matcher(text).find();
            assertThat(word(text).hasDigit()).as("U+%04X", c).isEqualTo(expected);
            numbers += expected ? 1 : 0;
        }
        assertThat(numbers).isGreaterThan(1000);
        assertThat(word("Q3").hasDigit()).isTrue();
        assertThat(word("quarter").hasDigit()).isFalse();
    }
}
