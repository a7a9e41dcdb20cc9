package org.inviteaudit.classify;

import java.util.ArrayList;
import java.util.List;

/**
 * A pattern of the wording data compiled into {@link MatchNode} steps, matched without {@code java.util.regex}:
 * there, each note had cost a {@code Matcher} per pattern tried and a walk through every alternative of a list of
 * words, which was a third of the classifier's time in a profiler's reading. Here a choice of words goes straight to
 * those that start with the char at hand, and nothing is allocated per match. A pattern is only ever tried at a
 * place, where its first words stand ({@link KeyedPatterns}), never searched for through a text; whether it matches
 * there and where the match ends is what {@code java.util.regex} says of the same source compiled with {@code
 * UNICODE_CHARACTER_CLASS} and {@code UNICODE_CASE} (tests hold the two side by side).
 */
final class TextPattern {

    /** A text being matched, and the state of the match under way: one per text and thread, reused for each pattern. */
    static final class Subject {
        final String text;
        int end;
        int behindEnd;

        Subject(String text) {
            this.text = text;
        }
    }

    private final String source;
    private final MatchNode start;

    private TextPattern(String source, MatchNode start) {
        this.source = source;
        this.start = start;
    }

    /**
     * Compiles a pattern.
     *
     * @throws PatternParser.InvalidPatternException what the pattern has that is not supported, and where
     */
    static TextPattern compile(String source) {
        return new TextPattern(source, compile(PatternParser.parse(source), new MatchNode.Accept()));
    }

    String source() {
        return source;
    }

    /**
     * Where a match that starts at {@code from} ends, or -1 if none does. The text before {@code from} is seen by
     * {@code \b} and look-behinds, as a {@code Matcher} with transparent bounds sees it.
     */
    int matchAt(Subject subject, int from) {
        return start.match(subject, from) ? subject.end : -1;
    }

    private static MatchNode compile(PatternTree tree, MatchNode next) {
        if (tree instanceof PatternTree.Literal literal) {
            return literal.ignoringCase() ? new MatchNode.CharsIgnoringCase(new int[] {literal.codePoint()}, next)
                    : new MatchNode.Chars(Character.toString(literal.codePoint()), next);
        }
        if (tree instanceof PatternTree.OneOf oneOf) {
            return new MatchNode.Run(oneOf.chars(), 1, 1, next);
        }
        if (tree instanceof PatternTree.Sequence sequence) {
            return compileSequence(sequence.parts(), next);
        }
        if (tree instanceof PatternTree.Choice choice) {
            List<MatchNode> alternatives = new ArrayList<>(choice.alternatives().size());
            for (PatternTree alternative : choice.alternatives()) {
                alternatives.add(compile(alternative, next));
            }
            return new MatchNode.Choice(alternatives);
        }
        if (tree instanceof PatternTree.Repeat repeat) {
            return compileRepeat(repeat, next);
        }
        if (tree instanceof PatternTree.LookAround look) {
            MatchNode.LookAround node = new MatchNode.LookAround(look.behind(), look.negative(),
                    look.body().minLength(), look.body().maxLength(), next);
            node.body(compile(look.body(), look.behind() ? new MatchNode.BehindEnd() : new MatchNode.AheadEnd()));
            return node;
        }
        return new MatchNode.WordBoundary(next);
    }

    /** From the last part back, each part continuing into the one after it; runs of literals become one step. */
    private static MatchNode compileSequence(List<PatternTree> parts, MatchNode next) {
        MatchNode node = next;
        int end = parts.size();
        while (end > 0) {
            int from = end - 1;
            if (parts.get(from) instanceof PatternTree.Literal last) {
                while (from > 0 && parts.get(from - 1) instanceof PatternTree.Literal before
                        && before.ignoringCase() == last.ignoringCase()) {
                    from--;
                }
                int[] codePoints = new int[end - from];
                for (int i = from; i < end; i++) {
                    codePoints[i - from] = ((PatternTree.Literal) parts.get(i)).codePoint();
                }
                node = last.ignoringCase() ? new MatchNode.CharsIgnoringCase(codePoints, node)
                        : new MatchNode.Chars(new String(codePoints, 0, codePoints.length), node);
            } else {
                node = compile(parts.get(from), node);
            }
            end = from;
        }
        return node;
    }

    /**
     * A repeated code point is one step that takes as many as it can and gives back; a repeated group, {@code min}
     * copies of it and then {@code max - min} nested choices of one more copy or what follows, which is what a
     * greedy repetition tries, in its order.
     */
    private static MatchNode compileRepeat(PatternTree.Repeat repeat, MatchNode next) {
        PatternTree body = repeat.body();
        if (body instanceof PatternTree.OneOf oneOf) {
            return new MatchNode.Run(oneOf.chars(), repeat.min(), repeat.max(), next);
        }
        if (body instanceof PatternTree.Literal literal) {
            CodePointClass one = CodePointClass.of(CodePointClass.single(literal.codePoint(), literal.ignoringCase()));
            return new MatchNode.Run(one, repeat.min(), repeat.max(), next);
        }
        MatchNode node = next;
        for (int optional = repeat.max() - repeat.min(); optional > 0; optional--) {
            node = new MatchNode.Choice(List.of(compile(body, node), next));
        }
        for (int required = 0; required < repeat.min(); required++) {
            node = compile(body, node);
        }
        return node;
    }

    @Override
    public String toString() {
        return source;
    }
}
