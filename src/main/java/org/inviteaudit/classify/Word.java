package org.inviteaudit.classify;

/**
 * A word of a note.
 *
 * @param text          as written, after normalisation
 * @param folded        case-folded, for comparisons
 * @param sentenceStart whether it opens a sentence, where a capital letter says nothing
 * @param dashBefore    whether a free-standing dash precedes it, as in a sign-off ("   -Jordan")
 * @param quoteBefore   whether a quotation mark opens right before it, as a named work's title does
 */
record Word(String text, String folded, boolean sentenceStart, boolean dashBefore, boolean quoteBefore) {

    boolean isCapitalised() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    /** Whether it holds a number of any script: what {@code \\p{N}} matches. */
    boolean hasDigit() {
        return text.codePoints().anyMatch(c -> switch (Character.getType(c)) {
            case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        });
    }
}
