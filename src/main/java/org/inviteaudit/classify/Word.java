package org.inviteaudit.classify;

/**
 * A word of a note.
 *
 * @param text          as written, after normalisation
 * @param folded        case-folded, for comparisons
 * @param sentenceStart whether it opens a sentence, where a capital letter says nothing
 * @param dashBefore    whether a free-standing dash precedes it, as in a sign-off ("   -Jordan")
 * @param quoteBefore   whether a quotation mark opens right before it, as a named work's title does
 * @param joined        whether only spaces stand between it and the word before, as between a first and a last name
 * @param hasDigit      whether it holds a number of any script ({@link #holdsANumber}), told once when the note is
 *                      split: the census, the rules and the features each ask it of every word
 */
record Word(String text, String folded, boolean sentenceStart, boolean dashBefore, boolean quoteBefore,
        boolean joined, boolean hasDigit) {

    boolean isCapitalised() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    /** Whether it starts with a letter without case (Arabic, Hebrew, Korean, Chinese...): no capital marks a name. */
    boolean isUncased() {
        return Character.getType(text.codePointAt(0)) == Character.OTHER_LETTER;
    }

    /** Whether the text holds a number of any script: what {@code \\p{N}} matches. */
    static boolean holdsANumber(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (CharFlags.isNumber(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /** Whether the char is a number of any script, by its type. */
    static boolean isNumberByType(int c) {
        return switch (Character.getType(c)) {
            case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }
}
