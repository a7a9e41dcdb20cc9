package org.inviteaudit.classify;

import java.util.List;
import java.util.function.IntPredicate;

/**
 * A set of code points as a pattern names it ({@code [\p{L}'-]}, {@code \d}, {@code [^ ]}), with the meanings that
 * {@code java.util.regex} gives them under {@code UNICODE_CHARACTER_CLASS} and {@code UNICODE_CASE}, which the wording
 * data was written for. The first 256 code points, nearly every character of a note, are answered from a table,
 * filled as they are asked: filled whole for every class of every pattern it had cost a tenth of a start.
 */
final class CodePointClass {

    private static final int TABLE_SIZE = 256;
    private static final int LETTER_TYPES = 1 << Character.UPPERCASE_LETTER | 1 << Character.LOWERCASE_LETTER
            | 1 << Character.TITLECASE_LETTER | 1 << Character.MODIFIER_LETTER | 1 << Character.OTHER_LETTER;
    private static final int CASED_LETTER_TYPES = 1 << Character.UPPERCASE_LETTER | 1 << Character.LOWERCASE_LETTER
            | 1 << Character.TITLECASE_LETTER;
    private static final int NUMBER_TYPES = 1 << Character.DECIMAL_DIGIT_NUMBER | 1 << Character.LETTER_NUMBER
            | 1 << Character.OTHER_NUMBER;
    private static final int MARK_TYPES = 1 << Character.NON_SPACING_MARK | 1 << Character.ENCLOSING_MARK
            | 1 << Character.COMBINING_SPACING_MARK;
    private static final int WORD_TYPES = MARK_TYPES | 1 << Character.DECIMAL_DIGIT_NUMBER
            | 1 << Character.CONNECTOR_PUNCTUATION;
    private static final int SPACE_TYPES = 1 << Character.SPACE_SEPARATOR | 1 << Character.LINE_SEPARATOR
            | 1 << Character.PARAGRAPH_SEPARATOR;

    // The tests are classes of their own, not lambdas: what `check` runs links none (docs/code.md).
    static final IntPredicate DIGIT = new Digit();
    static final IntPredicate WORD = new WordChar();
    static final IntPredicate SPACE = new Space();

    private static final byte UNKNOWN = 0;
    private static final byte IN = 1;
    private static final byte OUT = 2;

    private final IntPredicate members;
    // Written by whichever thread asks first; every thread would write the same.
    private final byte[] table = new byte[TABLE_SIZE];

    private CodePointClass(IntPredicate members) {
        this.members = members;
    }

    /** The code points that any of the items takes, or, negated, those that none takes. */
    static CodePointClass of(List<IntPredicate> items, boolean negated) {
        IntPredicate any = new AnyOf(items.toArray(new IntPredicate[0]));
        return new CodePointClass(negated ? not(any) : any);
    }

    static CodePointClass of(IntPredicate item) {
        return new CodePointClass(item);
    }

    boolean contains(int codePoint) {
        if (codePoint >= TABLE_SIZE) {
            return members.test(codePoint);
        }
        byte known = table[codePoint];
        if (known == UNKNOWN) {
            known = members.test(codePoint) ? IN : OUT;
            table[codePoint] = known;
        }
        return known == IN;
    }

    /** {@code \w}: a letter or other alphabetic, a mark, a decimal digit, a connector such as {@code _}, a joiner. */
    static boolean isWordChar(int c) {
        return CharFlags.isWordChar(c);
    }

    /** {@link #isWordChar} by the char's type, for any char. */
    static boolean isWordCharByType(int c) {
        return Character.isAlphabetic(c) || (WORD_TYPES >> Character.getType(c) & 1) != 0
                || c == '\u200C' || c == '\u200D';
    }

    /** {@code \s}: Unicode's white space. */
    static boolean isSpace(int c) {
        return (SPACE_TYPES >> Character.getType(c) & 1) != 0 || (c >= '\t' && c <= '\r') || c == '\u0085';
    }

    /**
     * A property by its short name ({@code L}, {@code Ll}, {@code Lu}, {@code N}, {@code M}); within
     * {@code (?i:…)} a cased letter's property takes every cased letter, as {@code java.util.regex} does. Null for
     * a name not supported here.
     */
    static IntPredicate property(String name, boolean ignoringCase) {
        int types = switch (name) {
            case "L" -> LETTER_TYPES;
            case "Ll" -> ignoringCase ? CASED_LETTER_TYPES : 1 << Character.LOWERCASE_LETTER;
            case "Lu" -> ignoringCase ? CASED_LETTER_TYPES : 1 << Character.UPPERCASE_LETTER;
            case "N" -> NUMBER_TYPES;
            case "M" -> MARK_TYPES;
            default -> 0;
        };
        return types == 0 ? null : new OfTypes(types);
    }

    /** The code points the test does not take. */
    static IntPredicate not(IntPredicate test) {
        return new Not(test);
    }

    /** One code point, or within {@code (?i:…)} any that folds as it does. */
    static IntPredicate single(int codePoint, boolean ignoringCase) {
        return ignoringCase ? new SingleFolded(codePoint, fold(codePoint)) : new Single(codePoint);
    }

    /** A range, or within {@code (?i:…)} also the code points whose upper or lower case is in it. */
    static IntPredicate range(int from, int to, boolean ignoringCase) {
        return ignoringCase ? new RangeFolded(from, to) : new Range(from, to);
    }

    /** The case-insensitive identity of a code point, as {@code UNICODE_CASE} compares them. */
    static int fold(int codePoint) {
        return Character.toLowerCase(Character.toUpperCase(codePoint));
    }

    private static final class Digit implements IntPredicate {
        @Override
        public boolean test(int c) {
            return Character.isDigit(c);
        }
    }

    private static final class WordChar implements IntPredicate {
        @Override
        public boolean test(int c) {
            return isWordChar(c);
        }
    }

    private static final class Space implements IntPredicate {
        @Override
        public boolean test(int c) {
            return isSpace(c);
        }
    }

    /** The code points of any of the general categories, as a mask of 1 << {@link Character#getType}. */
    private record OfTypes(int types) implements IntPredicate {
        @Override
        public boolean test(int c) {
            return (types >> Character.getType(c) & 1) != 0;
        }
    }

    private record Single(int codePoint) implements IntPredicate {
        @Override
        public boolean test(int c) {
            return c == codePoint;
        }
    }

    private record SingleFolded(int codePoint, int folded) implements IntPredicate {
        @Override
        public boolean test(int c) {
            return c == codePoint || fold(c) == folded;
        }
    }

    private record Range(int from, int to) implements IntPredicate {
        @Override
        public boolean test(int c) {
            return c >= from && c <= to;
        }
    }

    /** The range, and the code points whose upper or lower case is in it. */
    private record RangeFolded(int from, int to) implements IntPredicate {
        @Override
        public boolean test(int c) {
            if (c >= from && c <= to) {
                return true;
            }
            int upper = Character.toUpperCase(c);
            int lower = Character.toLowerCase(upper);
            return (upper >= from && upper <= to) || (lower >= from && lower <= to);
        }
    }

    private static final class AnyOf implements IntPredicate {
        private final IntPredicate[] items;

        AnyOf(IntPredicate[] items) {
            this.items = items;
        }

        @Override
        public boolean test(int c) {
            for (IntPredicate item : items) {
                if (item.test(c)) {
                    return true;
                }
            }
            return false;
        }
    }

    private record Not(IntPredicate test) implements IntPredicate {
        @Override
        public boolean test(int c) {
            return !test.test(c);
        }
    }
}
