package org.inviteaudit.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A step of a compiled {@link TextPattern}: it matches its own part of the text at a place and then asks the step
 * that follows it, backtracking as {@code java.util.regex} does, so that a match starts, ends and is chosen exactly
 * as there (the first alternative that leads to a match wins; repetitions are greedy). Steps hold no state of a
 * match, which lives in the {@link TextPattern.Subject}: one compiled pattern serves every thread.
 */
abstract class MatchNode {

    /** Whether the text matches from {@code at} through this step and all that follow it. */
    abstract boolean match(TextPattern.Subject subject, int at);

    /** The char a match through this step must start with, or -1 when it is not one known char. */
    int firstChar() {
        return -1;
    }

    /** The end of a whole match: where it ends is recorded. */
    static final class Accept extends MatchNode {
        @Override
        boolean match(TextPattern.Subject subject, int at) {
            subject.end = at;
            return true;
        }
    }

    /** The end of a look-ahead's body: it matched. */
    static final class AheadEnd extends MatchNode {
        @Override
        boolean match(TextPattern.Subject subject, int at) {
            return true;
        }
    }

    /** The end of a look-behind's body: it matched only if it ends where the look-behind stands. */
    static final class BehindEnd extends MatchNode {
        @Override
        boolean match(TextPattern.Subject subject, int at) {
            return at == subject.behindEnd;
        }
    }

    /** Literal chars, matched as written. */
    static final class Chars extends MatchNode {
        private final String chars;
        private final MatchNode next;

        Chars(String chars, MatchNode next) {
            this.chars = chars;
            this.next = next;
        }

        @Override
        boolean match(TextPattern.Subject subject, int at) {
            return subject.text.startsWith(chars, at) && next.match(subject, at + chars.length());
        }

        @Override
        int firstChar() {
            return chars.charAt(0);
        }
    }

    /** Literal code points matched in either case, each compared by its fold ({@link CodePointClass#fold}). */
    static final class CharsIgnoringCase extends MatchNode {
        private final int[] folded;
        private final MatchNode next;

        CharsIgnoringCase(int[] codePoints, MatchNode next) {
            this.folded = new int[codePoints.length];
            for (int i = 0; i < codePoints.length; i++) {
                folded[i] = CodePointClass.fold(codePoints[i]);
            }
            this.next = next;
        }

        @Override
        boolean match(TextPattern.Subject subject, int at) {
            String text = subject.text;
            int i = at;
            for (int expected : folded) {
                if (i >= text.length()) {
                    return false;
                }
                int c = text.codePointAt(i);
                if (c != expected && CodePointClass.fold(c) != expected) {
                    return false;
                }
                i += Character.charCount(c);
            }
            return next.match(subject, i);
        }
    }

    /** From {@code min} to {@code max} code points of a class, as many as there are first, then fewer. */
    static final class Run extends MatchNode {
        private final CodePointClass chars;
        private final int min;
        private final int max;
        private final MatchNode next;

        Run(CodePointClass chars, int min, int max, MatchNode next) {
            this.chars = chars;
            this.min = min;
            this.max = max;
            this.next = next;
        }

        @Override
        boolean match(TextPattern.Subject subject, int at) {
            String text = subject.text;
            int i = at;
            int count = 0;
            while (count < max && i < text.length()) {
                int c = text.codePointAt(i);
                if (!chars.contains(c)) {
                    break;
                }
                i += Character.charCount(c);
                count++;
            }
            if (count < min) {
                return false;
            }
            while (!next.match(subject, i)) {
                if (count == min) {
                    return false;
                }
                // Never back before the start: a run that began inside a pair of surrogates took half of one.
                i = Math.max(at, i - Character.charCount(text.codePointBefore(i)));
                count--;
            }
            return true;
        }
    }

    /** {@code \b}: a word character on one side of the place and not on the other. */
    static final class WordBoundary extends MatchNode {
        private final MatchNode next;

        WordBoundary(MatchNode next) {
            this.next = next;
        }

        @Override
        boolean match(TextPattern.Subject subject, int at) {
            String text = subject.text;
            boolean before = at > 0 && CodePointClass.isWordChar(text.codePointBefore(at));
            boolean after = at < text.length() && CodePointClass.isWordChar(text.codePointAt(at));
            return before != after && next.match(subject, at);
        }

        @Override
        int firstChar() {
            return next.firstChar();
        }
    }

    /** A look-ahead or look-behind: whether its body matches there (or does not, if negative) decides, atomically. */
    static final class LookAround extends MatchNode {
        private final boolean behind;
        private final boolean negative;
        private final int minLength;
        private final int maxLength;
        private final MatchNode next;
        private MatchNode body;

        LookAround(boolean behind, boolean negative, int minLength, int maxLength, MatchNode next) {
            this.behind = behind;
            this.negative = negative;
            this.minLength = minLength;
            this.maxLength = maxLength;
            this.next = next;
        }

        void body(MatchNode body) {
            this.body = body;
        }

        @Override
        boolean match(TextPattern.Subject subject, int at) {
            boolean found;
            if (behind) {
                int saved = subject.behindEnd;
                subject.behindEnd = at;
                found = false;
                for (int from = at - minLength; !found && from >= Math.max(0, at - maxLength); from--) {
                    found = body.match(subject, from);
                }
                subject.behindEnd = saved;
            } else {
                found = body.match(subject, at);
            }
            return found != negative && next.match(subject, at);
        }

        @Override
        int firstChar() {
            return next.firstChar();
        }
    }

    /** Alternatives in their order; at each place only those that can start with the char there are tried. */
    static final class Choice extends MatchNode {
        private final char[] keys;
        private final MatchNode[][] byKey;
        private final MatchNode[] anyChar;

        Choice(List<MatchNode> alternatives) {
            StringBuilder firstChars = new StringBuilder();
            List<MatchNode> unkeyed = new ArrayList<>();
            for (MatchNode alternative : alternatives) {
                int first = alternative.firstChar();
                if (first < 0) {
                    unkeyed.add(alternative);
                } else if (firstChars.indexOf(String.valueOf((char) first)) < 0) {
                    firstChars.append((char) first);
                }
            }
            keys = firstChars.toString().toCharArray();
            Arrays.sort(keys);
            byKey = new MatchNode[keys.length][];
            for (int k = 0; k < keys.length; k++) {
                // The alternatives that start with this char or with any, in their order.
                List<MatchNode> tried = new ArrayList<>();
                for (MatchNode alternative : alternatives) {
                    if (alternative.firstChar() < 0 || alternative.firstChar() == keys[k]) {
                        tried.add(alternative);
                    }
                }
                byKey[k] = tried.toArray(new MatchNode[0]);
            }
            anyChar = unkeyed.toArray(new MatchNode[0]);
        }

        @Override
        boolean match(TextPattern.Subject subject, int at) {
            MatchNode[] tried = anyChar;
            if (at < subject.text.length()) {
                int key = Arrays.binarySearch(keys, subject.text.charAt(at));
                if (key >= 0) {
                    tried = byKey[key];
                }
            }
            for (MatchNode alternative : tried) {
                if (alternative.match(subject, at)) {
                    return true;
                }
            }
            return false;
        }
    }
}
