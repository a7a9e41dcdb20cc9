package org.inviteaudit.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The table answers as the look-ups it stands in for, on every code point: those of the Basic Multilingual Plane,
 * which it keeps, and those beyond, which it does not. Each property is asked twice, so that the second answer comes
 * from the table.
 */
class CharFlagsTest {

    private static final Pattern WORD = Pattern.compile("\\w", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern NUMBER = Pattern.compile("\\p{N}");
    private static final Pattern LETTER_DIGIT_OR_MARK = Pattern.compile("[\\p{L}\\p{Nd}\\p{M}]");
    // The scripts of Chinese, Japanese and Thai, written without spaces between words.
    private static final Pattern UNSPACED = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsThai}]");

    @Test
    void eachAnswerIsWhatCharacterAndTheRegularExpressionsSay() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            String text = Character.toString(c);
            for (int time = 0; time < 2; time++) {
                assertThat(CharFlags.isLetterOrDigit(c)).as("U+%04X", c).isEqualTo(Character.isLetterOrDigit(c));
                assertThat(CharFlags.isWordChar(c)).as("U+%04X", c).isEqualTo(WORD.matcher(text).matches());
                assertThat(CharFlags.isNumber(c)).as("U+%04X", c).isEqualTo(NUMBER.matcher(text).matches());
                assertThat(CharFlags.isLetterDigitOrMark(c)).as("U+%04X", c)
                        .isEqualTo(LETTER_DIGIT_OR_MARK.matcher(text).matches());
                assertThat(CharFlags.isDigit(c)).as("U+%04X", c).isEqualTo(Character.isDigit(c));
                assertThat(CharFlags.isUnspaced(c)).as("U+%04X", c).isEqualTo(UNSPACED.matcher(text).matches());
            }
        }
    }

    @Test
    void aSpaceIsJavasWhitespaceOrASpaceSeparator() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertThat(CharFlags.isSpace(c)).as("U+%04X", (int) c)
                    .isEqualTo(Character.isWhitespace(c) || Character.isSpaceChar(c));
        }
    }

    @Test
    void aNoteOfOtherScriptsIsSplitAndNumberedAsBefore() {
        assertThat(Word.holdsANumber("Q³")).isTrue();
        assertThat(Word.holdsANumber("٣")).isTrue();
        assertThat(Word.holdsANumber("Zoë")).isFalse();
        assertThat(Words.folded("Привет, Анна! Встреча в 2024")).containsExactly("привет", "анна", "встреча", "в", "2024");
    }
}
