package org.inviteaudit.classify;

/**
 * What the classifier asks of every char of every note, told by a table of the chars met so far rather than by
 * {@link Character}'s look-ups of a char's type, which the profile of a large audit showed among its costliest calls.
 * Each entry is worked out by the very calls it stands for, the first time its char is met, rather than all at start
 * (a start of {@code check} meets a few dozen chars); threads that meet a char at once write the same byte. Chars
 * beyond the Basic Multilingual Plane, rare in notes, are asked of {@link Character} each time.
 */
final class CharFlags {

    private static final int LETTER_OR_DIGIT = 1;
    private static final int WORD_CHAR = 1 << 1;
    private static final int NUMBER = 1 << 2;
    private static final int SPACE = 1 << 3;
    private static final int LETTER_DIGIT_OR_MARK = 1 << 4;
    private static final int DIGIT = 1 << 5;
    private static final int UNSPACED = 1 << 6;
    private static final int KNOWN = 1 << 7;
    private static final int LETTER_DIGIT_OR_MARK_TYPES = 1 << Character.UPPERCASE_LETTER
            | 1 << Character.LOWERCASE_LETTER | 1 << Character.TITLECASE_LETTER | 1 << Character.MODIFIER_LETTER
            | 1 << Character.OTHER_LETTER | 1 << Character.DECIMAL_DIGIT_NUMBER | 1 << Character.NON_SPACING_MARK
            | 1 << Character.COMBINING_SPACING_MARK | 1 << Character.ENCLOSING_MARK;
    private static final byte[] FLAGS = new byte[Character.MAX_VALUE + 1];

    private CharFlags() {
    }

    /** {@link Character#isLetterOrDigit(int)}. */
    static boolean isLetterOrDigit(int c) {
        return c <= Character.MAX_VALUE ? (flags(c) & LETTER_OR_DIGIT) != 0 : Character.isLetterOrDigit(c);
    }

    /** {@code \w}, as {@link CodePointClass#isWordCharByType} tells it. */
    static boolean isWordChar(int c) {
        return c <= Character.MAX_VALUE ? (flags(c) & WORD_CHAR) != 0 : CodePointClass.isWordCharByType(c);
    }

    /** {@code \p{N}}, as {@link Word#isNumberByType} tells it. */
    static boolean isNumber(int c) {
        return c <= Character.MAX_VALUE ? (flags(c) & NUMBER) != 0 : Word.isNumberByType(c);
    }

    /** {@link Character#isDigit(int)}. */
    static boolean isDigit(int c) {
        return c <= Character.MAX_VALUE ? (flags(c) & DIGIT) != 0 : Character.isDigit(c);
    }

    /** A char of a script written without spaces, as {@link StockVocabulary#isUnspacedCharByScript} tells it. */
    static boolean isUnspaced(int c) {
        return c <= Character.MAX_VALUE ? (flags(c) & UNSPACED) != 0 : StockVocabulary.isUnspacedCharByScript(c);
    }

    /** A letter, a decimal digit or a mark: what {@link Words} reads a word of. */
    static boolean isLetterDigitOrMark(int c) {
        return c <= Character.MAX_VALUE ? (flags(c) & LETTER_DIGIT_OR_MARK) != 0 : isLetterDigitOrMarkByType(c);
    }

    /** Java's whitespace or a space separator. */
    static boolean isSpace(char c) {
        return (flags(c) & SPACE) != 0;
    }

    private static int flags(int c) {
        int known = FLAGS[c] & 0xFF;
        return known != 0 ? known : firstMet(c);
    }

    // Apart from flags(), so that what runs at every char stays small enough to be inlined.
    private static int firstMet(int c) {
        int known = KNOWN | (Character.isLetterOrDigit(c) ? LETTER_OR_DIGIT : 0)
                | (CodePointClass.isWordCharByType(c) ? WORD_CHAR : 0) | (Word.isNumberByType(c) ? NUMBER : 0)
                | (Character.isWhitespace(c) || Character.isSpaceChar(c) ? SPACE : 0)
                | (isLetterDigitOrMarkByType(c) ? LETTER_DIGIT_OR_MARK : 0) | (Character.isDigit(c) ? DIGIT : 0)
                | (StockVocabulary.isUnspacedCharByScript(c) ? UNSPACED : 0);
        FLAGS[c] = (byte) known;
        return known;
    }

    private static boolean isLetterDigitOrMarkByType(int c) {
        return (LETTER_DIGIT_OR_MARK_TYPES >> Character.getType(c) & 1) != 0;
    }
}
