package org.inviteaudit.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The table answers as the look-ups it stands in for, on every code point: those of the Basic Multilingual Plane,
 * which it keeps, and those beyond, which it does not. Each is asked twice, so that the second answer comes from the
 * table; the mismatches are gathered and shown together rather than asserted one by one (millions of asks).
 */
class CharFlagsTest {

    private static final Pattern WORD = Pattern.compile("\\w", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern NUMBER = Pattern.compile("\\p{N}");
    private static final Pattern LETTER_DIGIT_OR_MARK = Pattern.compile("[\\p{L}\\p{Nd}\\p{M}]");
    // The scripts of Chinese, Japanese and Thai, written without spaces between words.
    private static final Pattern UNSPACED =
            Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsThai}]");

    @Test
    void eachAnswerIsWhatCharacterAndTheRegularExpressionsSay() {
        List<String> mismatches = new ArrayList<>();
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            String text = Character.toString(c);
            boolean space = c <= Character.MAX_VALUE && (Character.isWhitespace(c) || Character.isSpaceChar(c));
            for (int time = 0; time < 2; time++) {
                compare(mismatches, c, "letter or digit", CharFlags.isLetterOrDigit(c), Character.isLetterOrDigit(c));
                compare(mismatches, c, "\\w", CharFlags.isWordChar(c), WORD.matcher(text).matches());
                compare(mismatches, c, "\\p{N}", CharFlags.isNumber(c), NUMBER.matcher(text).matches());
                compare(mismatches, c, "letter, digit or mark", CharFlags.isLetterDigitOrMark(c),
                        LETTER_DIGIT_OR_MARK.matcher(text).matches());
                compare(mismatches, c, "digit", CharFlags.isDigit(c), Character.isDigit(c));
                compare(mismatches, c, "unspaced", CharFlags.isUnspaced(c), UNSPACED.matcher(text).matches());
                if (c <= Character.MAX_VALUE) {
                    compare(mismatches, c, "space", CharFlags.isSpace((char) c), space);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    private static void compare(List<String> mismatches, int c, String what, boolean told, boolean expected) {
        if (told != expected) {
            mismatches.add(String.format("U+%04X %s: %s", c, what, told));
        }
    }

    @Test
    void aNoteOfOtherScriptsIsSplitAndNumberedAsBefore() {
        assertThat(Word.holdsANumber("Q³")).isTrue();
        assertThat(Word.holdsANumber("٣")).isTrue();
        assertThat(Word.holdsANumber("Zoë")).isFalse();
        assertThat(Words.folded("Привет, Анна! Встреча в 2024"))
                .containsExactly("привет", "анна", "встреча", "в", "2024");
    }
}
