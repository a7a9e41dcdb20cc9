package org.inviteaudit.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class TerminalTextTest {

    @Test
    void flattensLineBreaksAndNeutralisesControlAndBidiCharacters() {
        assertThat(TerminalText.oneLine("  a\n\tb\u001B[31m c\u202Ed  ")).isEqualTo("a b\uFFFD[31m c\uFFFDd");
    }

    // What oneLine did with two regular expressions before it went over the chars once: its definition.
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern UNSAFE = Pattern.compile("[\\p{Cc}\u202A-\u202E\u2066-\u2069]");

    /** Texts of spaces and breaks of every kind, controls, bidi marks, surrogates and letters, in any order. */
    @Property(tries = 3000)
    void oneLineIsWhatTheRegularExpressionsMade(@ForAll("awkwardTexts") String text) {
        String expected = UNSAFE.matcher(SPACES.matcher(text).replaceAll(" ").strip()).replaceAll("\uFFFD");
        assertThat(TerminalText.oneLine(text)).isEqualTo(expected);
    }

    /** An excerpt made from the start of a text's line is the excerpt of the whole line. */
    @Property(tries = 3000)
    void anExcerptOfTheStartIsTheExcerptOfTheWhole(@ForAll("awkwardTexts") String text,
            @ForAll @IntRange(min = -1, max = 8) int columns) {
        assertThat(TerminalText.excerpt(text, columns))
                .isEqualTo(TerminalText.excerptOfLine(TerminalText.oneLine(text), columns));
    }

    @Provide
    Arbitrary<String> awkwardTexts() {
        return Arbitraries.strings().withChars(" \t\n\u000B\f\r\u001C\u001F\u0085\u00A0\u1680\u2007\u2028\u2029"
                + "\u202F\u3000\u0000\u001B\u007F\u009F\u202A\u202E\u2066\u2069\u200B\uFEFFaZé日\uD83D\uDE80")
                .ofMaxLength(12);
    }

    @Test
    void countsEmojiAndCjkAsTwoColumnsAndCombiningMarksAsNone() {
        assertThat(TerminalText.width("abc")).isEqualTo(3);
        assertThat(TerminalText.width("Leilani \uD83C\uDF3A")).isEqualTo(10);
        assertThat(TerminalText.width("\u4F60\u597D")).isEqualTo(4);
        assertThat(TerminalText.width("e\u0301")).isEqualTo(1);
    }

    /** Unsafe are the controls as Java's Unicode data has them, and the bidi marks; told without looking them up. */
    @Test
    void theUnsafeCharactersAreTheControlsAndTheBidiMarks() {
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            boolean bidi = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
            assertThat(TerminalText.isUnsafe((char) c)).as("U+%04X", c)
                    .isEqualTo(Character.getType(c) == Character.CONTROL || bidi);
        }
    }

    /** Below its bound, a code point is one column without being looked up: the bound must be exact. */
    @Test
    void everyCodePointBelowTheOneColumnBoundTakesOneColumn() {
        for (int c = 0; c < TerminalText.ONE_COLUMN_BELOW; c++) {
            assertThat(TerminalText.widthOf(c)).as("U+%04X", c).isEqualTo(1);
        }
        assertThat(TerminalText.widthOf(TerminalText.ONE_COLUMN_BELOW)).as("the soft hyphen").isZero();
    }

    /** A text's width, counted char by char where it can be, is the sum of its code points' widths. */
    @Test
    void aTextIsAsWideAsItsCodePointsWhateverTheyAre() {
        StringBuilder all = new StringBuilder();
        int expected = 0;
        for (int c = 0; c <= Character.MAX_CODE_POINT; c += c < 0x3000 ? 1 : 7) {
            if (Character.getType(c) == Character.SURROGATE) {
                continue; // two in a row would make a pair: a lone one is tried below
            }
            all.appendCodePoint(c);
            expected += TerminalText.widthOf(c);
        }
        all.append('\uD83D').append('x'); // a lone surrogate counts as the one column it was before
        assertThat(TerminalText.width(all.toString())).isEqualTo(expected + 2);
    }

    /** The emoji of real exports' names and notes, each two columns in a terminal: lines of 81-88 had come out. */
    @Test
    void emojiOfEmojiPresentationAreTwoColumnsWhereverUnicodePutsThem() {
        for (String emoji : new String[] {"🚀", "✅", "✨", "⚡", "☕", "⭐", "🟢", "🎉", "🙏", "👋", "💡", "🔥", "❌"}) {
            assertThat(TerminalText.width(emoji)).as(emoji).isEqualTo(2);
        }
        assertThat(TerminalText.width("✔ ★ © ™ ←")).as("symbols of text presentation").isEqualTo(9);
        assertThat(TerminalText.width("한국어 ｆｕｌｌ")).isEqualTo(6 + 1 + 8);
        assertThat(TerminalText.width("Ana 🚀✨ Growth | SaaS")).isEqualTo(22);
        assertThat(TerminalText.width(TerminalText.column("🚀🚀🚀🚀🚀 launch", 9))).isEqualTo(9);
    }

    @Test
    void padsAndCutsToExactColumns() {
        assertThat(TerminalText.column("Leilani \uD83C\uDF3A", 12)).isEqualTo("Leilani \uD83C\uDF3A  ");
        assertThat(TerminalText.width(TerminalText.column("\u4F60\u597D\u4F60\u597D\u4F60\u597D", 7))).isEqualTo(7);
        assertThat(TerminalText.column("a long name here", 8)).isEqualTo("a long… ");
    }
}
