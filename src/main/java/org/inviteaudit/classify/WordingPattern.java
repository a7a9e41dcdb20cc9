package org.inviteaudit.classify;

import java.util.Optional;
import java.util.Set;

/**
 * A pattern of the wording data with the first words a match of it can start with ({@link
 * KeyedPatterns#firstWordKeys}). The build reads both out of {@code wording.json} and checks them; a run gets them
 * ready-made from the wording image and compiles a pattern only when some note first gives it a place to match,
 * since compiling all of them, and reading their first words, had been a quarter of the start of {@code check} in
 * a profiler's reading.
 */
final class WordingPattern {

    private final String source;
    private final Optional<Set<String>> firstWordKeys;
    // Compiled at most a few times, by whichever thread first needs it: every compilation is the same pattern.
    private volatile TextPattern compiled;

    private WordingPattern(String source, Optional<Set<String>> firstWordKeys, TextPattern compiled) {
        this.source = source;
        // Not Optional.map(Set::copyOf): check links no lambda (docs/code.md).
        this.firstWordKeys = firstWordKeys.isPresent() ? Optional.of(Set.copyOf(firstWordKeys.get())) : firstWordKeys;
        this.compiled = compiled;
    }

    /**
     * A pattern compiled now, as the loader compiles each to check it; its first words are read now.
     *
     * @throws PatternParser.InvalidPatternException what the pattern has that is not supported, and where
     */
    static WordingPattern compile(String source) {
        return new WordingPattern(source, KeyedPatterns.firstWordKeys(source), TextPattern.compile(source));
    }

    /** A pattern as the wording image holds it, compiled when first used. */
    static WordingPattern of(String source, Optional<Set<String>> firstWordKeys) {
        return new WordingPattern(source, firstWordKeys, null);
    }

    String source() {
        return source;
    }

    /** The words a match may start with, by their first characters; empty when they cannot be read from it. */
    Optional<Set<String>> firstWordKeys() {
        return firstWordKeys;
    }

    TextPattern pattern() {
        TextPattern pattern = compiled;
        if (pattern == null) {
            pattern = TextPattern.compile(source);
            compiled = pattern;
        }
        return pattern;
    }

    @Override
    public String toString() {
        return source;
    }
}
