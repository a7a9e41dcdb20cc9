package org.inviteaudit.classify;

/**
 * What the classifier asks of every char of every note, told for the first 256 chars (where most notes' chars are)
 * by a table, rather than by {@link Character}'s look-ups of a char's type, which the profile of a large audit showed
 * among its costliest calls. Each table is filled from the very {@link Character} calls it stands for.
 */
final class Latin1Chars {

    /** The chars the tables tell: those below this. */
    static final int SIZE = 256;

    private static final boolean[] LETTER_OR_DIGIT = new boolean[SIZE];
    private static final boolean[] WORD_CHAR = new boolean[SIZE];
    private static final boolean[] NUMBER = new boolean[SIZE];

    static {
        for (char c = 0; c < SIZE; c++) {
            LETTER_OR_DIGIT[c] = Character.isLetterOrDigit(c);
            WORD_CHAR[c] = CodePointClass.isWordCharByType(c);
            NUMBER[c] = Word.isNumberByType(c);
        }
    }

    private Latin1Chars() {
    }

    /** {@link Character#isLetterOrDigit(int)}. */
    static boolean isLetterOrDigit(int c) {
        return c < SIZE ? LETTER_OR_DIGIT[c] : Character.isLetterOrDigit(c);
    }

    /** {@link CodePointClass#isWordChar}: {@code \w}. */
    static boolean isWordChar(int c) {
        return c < SIZE ? WORD_CHAR[c] : CodePointClass.isWordCharByType(c);
    }

    /** {@link Word#holdsANumber}'s test of one char: {@code \p{N}}. */
    static boolean isNumber(int c) {
        return c < SIZE ? NUMBER[c] : Word.isNumberByType(c);
    }
}
