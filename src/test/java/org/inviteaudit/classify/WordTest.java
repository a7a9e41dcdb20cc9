package org.inviteaudit.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordTest {

    private static final Pattern NUMBER = Pattern.compile("\\p{N}");

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
            assertThat(Word.holdsANumber(text)).as("U+%04X", c).isEqualTo(expected);
            numbers += expected ? 1 : 0;
        }
        assertThat(numbers).isGreaterThan(1000);
        assertThat(Words.of("Q3 plans, not the quarter's").stream().map(Word::hasDigit))
                .as("told once, when a note is split").containsExactly(true, false, false, false, false);
        assertThat(Word.holdsANumber("Q3")).isTrue();
        assertThat(Word.holdsANumber("quarter")).isFalse();
    }

    /** A word runs on over a letter, a decimal digit or a mark of any script, and stops at anything else. */
    @Test
    void aWordRunsOverLettersDigitsAndMarks() {
        for (int c = 0; c < 0x20000; c++) {
            if (Character.isSurrogate((char) c) && c <= 0xFFFF) {
                continue;
            }
            int type = Character.getType(c);
            boolean wordChar = Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
            String text = "ab" + new String(Character.toChars(c)) + "c";
            assertThat(Words.of(text)).as("U+%04X", c).hasSize(wordChar || c == '\'' || c == '-' ? 1 : 2);
        }
    }
}
