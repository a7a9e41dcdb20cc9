package org.inviteaudit.classify;

import java.util.List;

/**
 * A pattern of the wording data as {@link PatternParser} reads it: the part of regular-expression syntax that the
 * wording uses, and no more, so that {@link TextPattern} can match it without {@code java.util.regex}.
 */
sealed interface PatternTree {

    /** The shortest text a match of this tree can take, in chars. */
    int minLength();

    /** The longest, in chars, or {@link Integer#MAX_VALUE} when a repetition has no bound. */
    int maxLength();

    /** One code point of a class ({@code a}, {@code [\p{L}-]}, {@code \d}). */
    record OneOf(CodePointClass chars) implements PatternTree {
        @Override
        public int minLength() {
            return 1;
        }

        @Override
        public int maxLength() {
            return 2; // a code point outside the Basic Multilingual Plane is two chars
        }
    }

    /** A literal code point, matched as written or, within {@code (?i:…)}, in either case. */
    record Literal(int codePoint, boolean ignoringCase) implements PatternTree {
        @Override
        public int minLength() {
            return Character.charCount(codePoint);
        }

        @Override
        public int maxLength() {
            return Character.charCount(codePoint);
        }
    }

    /** Parts one after another; none at all matches the empty text. */
    record Sequence(List<PatternTree> parts) implements PatternTree {
        @Override
        public int minLength() {
            long sum = 0;
            for (PatternTree part : parts) {
                sum += part.minLength();
            }
            return (int) Math.min(sum, Integer.MAX_VALUE);
        }

        @Override
        public int maxLength() {
            long sum = 0;
            for (PatternTree part : parts) {
                sum += part.maxLength();
            }
            return (int) Math.min(sum, Integer.MAX_VALUE);
        }
    }

    /** Alternatives tried in their order: the first that leads to a match wins. */
    record Choice(List<PatternTree> alternatives) implements PatternTree {
        @Override
        public int minLength() {
            int min = Integer.MAX_VALUE;
            for (PatternTree alternative : alternatives) {
                min = Math.min(min, alternative.minLength());
            }
            return alternatives.isEmpty() ? 0 : min;
        }

        @Override
        public int maxLength() {
            int max = 0;
            for (PatternTree alternative : alternatives) {
                max = Math.max(max, alternative.maxLength());
            }
            return max;
        }
    }

    /** A greedy repetition, {@code max} being {@link Integer#MAX_VALUE} for none. */
    record Repeat(PatternTree body, int min, int max) implements PatternTree {
        @Override
        public int minLength() {
            return (int) Math.min((long) body.minLength() * min, Integer.MAX_VALUE);
        }

        @Override
        public int maxLength() {
            return max == Integer.MAX_VALUE || body.maxLength() == Integer.MAX_VALUE ? Integer.MAX_VALUE
                    : (int) Math.min((long) body.maxLength() * max, Integer.MAX_VALUE);
        }
    }

    /** A test of the place that takes no text. */
    sealed interface ZeroWidth extends PatternTree permits WordBoundary, LookAround {
        @Override
        default int minLength() {
            return 0;
        }

        @Override
        default int maxLength() {
            return 0;
        }
    }

    /** {@code \b}: a word character on one side only. */
    record WordBoundary() implements ZeroWidth {
    }

    /** A look-around: ahead ({@code (?=…)}, {@code (?!…)}) or behind ({@code (?<=…)}, {@code (?<!…)}). */
    record LookAround(PatternTree body, boolean behind, boolean negative) implements ZeroWidth {
    }
}
