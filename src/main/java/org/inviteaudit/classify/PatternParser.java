package org.inviteaudit.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Reads a pattern of the wording data into its {@link PatternTree}. It reads the part of Java's regular-expression
 * syntax that the wording is written in, with the same meanings ({@code UNICODE_CHARACTER_CLASS}, {@code
 * UNICODE_CASE}): literals and escaped punctuation; {@code [...]} classes with ranges, {@code ^}, {@code \d \w \s \S},
 * {@code \p{L} \p{Ll} \p{Lu} \p{N} \p{M}}; {@code \b}; groups {@code (...)}, {@code (?:...)}, {@code (?i:...)} and the
 * four look-arounds (behind, of literal words); alternatives; greedy {@code ? * + {n} {m,n} {m,}} (a group's
 * bounded, as {@code {0,4}}). Anything else
 * is refused with where and why, when the build reads the data, so a pattern never means other than it reads.
 */
final class PatternParser {

    /** A pattern the parser refuses: what is wrong, and at which character. */
    static final class InvalidPatternException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        InvalidPatternException(String description, int index) {
            super(description + " at character " + index);
        }
    }

    /** Past this a repeated group would be copied too often; the wording's counts stay far below it. */
    static final int MAX_GROUP_REPEAT = 16;

    private final String source;
    private int at;

    private PatternParser(String source) {
        this.source = source;
    }

    static PatternTree parse(String source) {
        PatternParser parser = new PatternParser(source);
        PatternTree tree = parser.choice(false);
        if (parser.at < source.length()) {
            throw parser.invalid("unmatched ')'");
        }
        return tree;
    }

    private PatternTree choice(boolean ignoringCase) {
        List<PatternTree> alternatives = new ArrayList<>();
        alternatives.add(sequence(ignoringCase));
        while (peek('|')) {
            at++;
            alternatives.add(sequence(ignoringCase));
        }
        return alternatives.size() == 1 ? alternatives.get(0) : new PatternTree.Choice(List.copyOf(alternatives));
    }

    private PatternTree sequence(boolean ignoringCase) {
        List<PatternTree> parts = new ArrayList<>();
        while (at < source.length() && !peek('|') && !peek(')')) {
            parts.add(quantified(ignoringCase));
        }
        return parts.size() == 1 ? parts.get(0) : new PatternTree.Sequence(List.copyOf(parts));
    }

    private PatternTree quantified(boolean ignoringCase) {
        int start = at;
        PatternTree atom = atom(ignoringCase);
        if (at >= source.length()) {
            return atom;
        }
        int min;
        int max;
        switch (source.charAt(at)) {
            case '?' -> { min = 0; max = 1; at++; }
            case '*' -> { min = 0; max = Integer.MAX_VALUE; at++; }
            case '+' -> { min = 1; max = Integer.MAX_VALUE; at++; }
            case '{' -> {
                at++;
                min = number();
                max = min;
                if (peek(',')) {
                    at++;
                    max = peek('}') ? Integer.MAX_VALUE : number();
                }
                expect('}');
                if (max < min) {
                    throw invalid("a repetition whose maximum is below its minimum");
                }
            }
            default -> {
                return atom;
            }
        }
        if (peek('?') || peek('+')) {
            throw invalid("a lazy or possessive repetition (only greedy ones are supported)");
        }
        if (atom.maxLength() == 0) {
            throw new InvalidPatternException("a repeated \\b or look-around", start);
        }
        if (!(atom instanceof PatternTree.OneOf || atom instanceof PatternTree.Literal)) {
            // A group is repeated by copies of it, one within the other, so that matching never recurses deeper than
            // the pattern is long (an unbounded repetition would recurse once per repeat, on a note of any length).
            if (max == Integer.MAX_VALUE) {
                throw new InvalidPatternException("a group repeated without bound (write {0,n})", start);
            }
            if (max > MAX_GROUP_REPEAT) {
                throw new InvalidPatternException("a group repeated more than " + MAX_GROUP_REPEAT + " times", start);
            }
            if (atom.minLength() == 0) {
                throw new InvalidPatternException("a repeated group that can match nothing", start);
            }
        }
        return new PatternTree.Repeat(atom, min, max);
    }

    private PatternTree atom(boolean ignoringCase) {
        int c = source.codePointAt(at);
        switch (c) {
            case '(' -> {
                return group(ignoringCase);
            }
            case '[' -> {
                at++;
                return new PatternTree.OneOf(characterClass(ignoringCase));
            }
            case '\\' -> {
                return escape(ignoringCase);
            }
            case '.', '^', '$' -> throw invalid("'" + (char) c + "' outside a class (not supported)");
            case '*', '+', '?', '{' -> throw invalid("a repetition of nothing");
            default -> {
                at += Character.charCount(c);
                return new PatternTree.Literal(c, ignoringCase);
            }
        }
    }

    private PatternTree group(boolean ignoringCase) {
        int start = at;
        at++;
        PatternTree tree;
        if (source.startsWith("?:", at)) {
            at += 2;
            tree = choice(ignoringCase);
        } else if (source.startsWith("?i:", at)) {
            at += 3;
            tree = choice(true);
        } else if (source.startsWith("?=", at) || source.startsWith("?!", at)) {
            boolean negative = source.charAt(at + 1) == '!';
            at += 2;
            tree = new PatternTree.LookAround(choice(ignoringCase), false, negative);
        } else if (source.startsWith("?<=", at) || source.startsWith("?<!", at)) {
            boolean negative = source.charAt(at + 2) == '!';
            at += 3;
            PatternTree body = choice(ignoringCase);
            if (!isLiteralText(body)) {
                throw new InvalidPatternException("a look-behind of other than literal words ((?<!your |the ))",
                        start);
            }
            tree = new PatternTree.LookAround(body, true, negative);
        } else if (peek('?')) {
            throw invalid("a group construct other than (?:, (?i:, (?=, (?!, (?<=, (?<!");
        } else {
            tree = choice(ignoringCase); // nothing reads what a group captured: it is one like (?:…)
        }
        expect(')');
        return tree;
    }

    /**
     * Literal words and choices of them: a look-behind of these is tried at the same places, in the same order, as
     * {@code java.util.regex} tries it, whatever the text holds.
     */
    private static boolean isLiteralText(PatternTree tree) {
        // A loop, not a stream: check links no lambda (docs/code.md).
        List<PatternTree> parts;
        if (tree instanceof PatternTree.Sequence sequence) {
            parts = sequence.parts();
        } else if (tree instanceof PatternTree.Choice choice) {
            parts = choice.alternatives();
        } else {
            return tree instanceof PatternTree.Literal;
        }
        for (PatternTree part : parts) {
            if (!isLiteralText(part)) {
                return false;
            }
        }
        return true;
    }

    private PatternTree escape(boolean ignoringCase) {
        at++;
        if (at >= source.length()) {
            throw invalid("a '\\' at the end");
        }
        char c = source.charAt(at);
        if (c == 'b') {
            at++;
            return new PatternTree.WordBoundary();
        }
        IntPredicate shorthand = shorthand(ignoringCase);
        if (shorthand != null) {
            return new PatternTree.OneOf(CodePointClass.of(shorthand));
        }
        return new PatternTree.Literal(escapedLiteral(), ignoringCase);
    }

    /** {@code \d \D \w \W \s \S \p{…} \P{…}} at {@code at} (just past the backslash), or null for another escape. */
    private IntPredicate shorthand(boolean ignoringCase) {
        char c = source.charAt(at);
        IntPredicate predicate = switch (Character.toLowerCase(c)) {
            case 'd' -> CodePointClass.DIGIT;
            case 'w' -> CodePointClass.WORD;
            case 's' -> CodePointClass.SPACE;
            case 'p' -> {
                int close = source.indexOf('}', at);
                if (at + 1 >= source.length() || source.charAt(at + 1) != '{' || close < 0) {
                    throw invalid("a property without {name}");
                }
                IntPredicate property = CodePointClass.property(source.substring(at + 2, close), ignoringCase);
                if (property == null) {
                    throw invalid("the property '" + source.substring(at + 2, close)
                            + "' (supported: L, Ll, Lu, N, M)");
                }
                at = close; // at its '}', stepped over below
                yield property;
            }
            default -> null;
        };
        if (predicate == null) {
            return null;
        }
        at++;
        return Character.isUpperCase(c) ? CodePointClass.not(predicate) : predicate;
    }

    /** The code point an escape at {@code at} (past the backslash) stands for: punctuation, or a tab or newline. */
    private int escapedLiteral() {
        char c = source.charAt(at);
        at++;
        if (c == 't') {
            return '\t';
        }
        if (c == 'n') {
            return '\n';
        }
        if (Character.isLetterOrDigit(c)) {
            at--;
            throw invalid("the escape '\\" + c + "' (not supported)");
        }
        return c;
    }

    /** A class, from just past its '[' to past its ']'. */
    private CodePointClass characterClass(boolean ignoringCase) {
        boolean negated = peek('^');
        if (negated) {
            at++;
        }
        List<IntPredicate> items = new ArrayList<>();
        while (!peek(']')) {
            if (at >= source.length()) {
                throw invalid("an unclosed class");
            }
            if (peek('[') || source.startsWith("&&", at)) {
                throw invalid("a class within a class (not supported)");
            }
            if (peek('\\')) {
                at++;
                if (at >= source.length()) {
                    throw invalid("a '\\' at the end");
                }
                IntPredicate shorthand = shorthand(ignoringCase);
                if (shorthand != null) {
                    items.add(shorthand);
                    continue;
                }
                items.add(rangeFrom(escapedLiteral(), ignoringCase));
            } else {
                int c = source.codePointAt(at);
                at += Character.charCount(c);
                items.add(rangeFrom(c, ignoringCase));
            }
        }
        if (items.isEmpty()) {
            throw invalid("an empty class");
        }
        at++; // past ']'
        return CodePointClass.of(List.copyOf(items), negated);
    }

    /** A code point of a class, or a range when a '-' and another code point follow ("a-z"; "-" before ']' is itself). */
    private IntPredicate rangeFrom(int from, boolean ignoringCase) {
        if (!peek('-') || at + 1 >= source.length() || source.charAt(at + 1) == ']') {
            return CodePointClass.single(from, ignoringCase);
        }
        at++;
        int to;
        if (peek('\\')) {
            at++;
            to = escapedLiteral();
        } else {
            to = source.codePointAt(at);
            at += Character.charCount(to);
        }
        if (to < from) {
            throw invalid("a range whose end comes before its start");
        }
        return CodePointClass.range(from, to, ignoringCase);
    }

    private int number() {
        int start = at;
        while (at < source.length() && Character.isDigit(source.charAt(at)) && at - start < 6) {
            at++;
        }
        if (start == at) {
            throw invalid("a repetition without a number");
        }
        return Integer.parseInt(source.substring(start, at));
    }

    private boolean peek(char c) {
        return at < source.length() && source.charAt(at) == c;
    }

    private void expect(char c) {
        if (!peek(c)) {
            throw invalid("'" + c + "' expected");
        }
        at++;
    }

    private InvalidPatternException invalid(String description) {
        return new InvalidPatternException(description, at);
    }
}
