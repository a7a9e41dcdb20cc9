package org.inviteaudit.classify;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits normalised text into words: runs of letters, marks and digits, kept whole across an inner apostrophe or
 * hyphen ("I'd", "like-minded"). Scanned by hand rather than by a regular expression: it runs on every note.
 */
final class Words {

    private Words() {
    }

    static List<Word> of(String normalized) {
        List<Word> words = new ArrayList<>();
        int length = normalized.length();
        int i = 0;
        boolean sentenceEnd = true;
        boolean dash = false;
        boolean quote = false;
        boolean punctuation = false;
        while (i < length) {
            int c = normalized.codePointAt(i);
            // A word starts with a letter or a digit; a mark (U+FE0F after an emoji) only continues one.
            if (!CharFlags.isLetterOrDigit(c)) {
                sentenceEnd |= c == '.' || c == '!' || c == '?' || c == ':' || c == ';';
                dash |= c == '-';
                punctuation |= c != ' ';
                // An apostrophe opens a quotation only before a letter: "class of '19" quotes nothing.
                quote = c == '"' || (c == '\'' && i + 1 < length && Character.isLetter(normalized.codePointAt(i + 1)));
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            i = endOfWord(normalized, i);
            String text = normalized.substring(start, i);
            words.add(new Word(text, TextNormalizer.fold(text), sentenceEnd, dash && !words.isEmpty(), quote,
                    !words.isEmpty() && !punctuation, Word.holdsANumber(text)));
            sentenceEnd = false;
            punctuation = false;
            dash = false;
            quote = false;
        }
        return words;
    }

    /** Whether a char of the text is a digit of any script. */
    static boolean hasADigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text holds a word at all, as {@link #of} would find one: a letter or a digit. */
    static boolean hasAWord(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (CharFlags.isLetterOrDigit(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /** The folded words of a phrase from the wording data. */
    static List<String> folded(String phrase) {
        List<String> folded = new ArrayList<>();
        for (Word word : of(TextNormalizer.normalize(phrase))) {
            folded.add(word.folded());
        }
        return folded;
    }

    private static int endOfWord(String text, int start) {
        int i = start;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (CharFlags.isLetterDigitOrMark(c)) {
                i += Character.charCount(c);
            } else if ((c == '\'' || c == '-') && i + 1 < text.length()
                    && CharFlags.isLetterDigitOrMark(text.codePointAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }
}
