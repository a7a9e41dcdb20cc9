package org.inviteaudit.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The tables answer as the look-ups they stand in for, on every char, in the tables and beyond them. */
class Latin1CharsTest {

    @Test
    void aLetterOrDigitIsWhatCharacterSays() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertThat(Latin1Chars.isLetterOrDigit(c)).as("U+%04X", c).isEqualTo(Character.isLetterOrDigit(c));
        }
    }

    @Test
    void aWordCharIsWhatTheRegularExpressionsWordClassMatches() {
        Pattern word = Pattern.compile("\\w", Pattern.UNICODE_CHARACTER_CLASS);
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertThat(Latin1Chars.isWordChar(c)).as("U+%04X", c)
                    .isEqualTo(CodePointClass.isWordCharByType(c))
                    .isEqualTo(word.matcher(String.valueOf((char) c)).matches());
        }
    }

    @Test
    void aNumberIsWhatTheRegularExpressionsNumberPropertyMatches() {
        Pattern number = Pattern.compile("\\p{N}");
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertThat(Latin1Chars.isNumber(c)).as("U+%04X", c)
                    .isEqualTo(number.matcher(String.valueOf((char) c)).matches());
        }
        assertThat(Word.holdsANumber("Q³")).isTrue();
        assertThat(Word.holdsANumber("Zoë")).isFalse();
    }
}
