package org.inviteaudit.classify;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A pattern of the wording data with the first words a match of it can start with ({@link
 * KeyedPatterns#firstWordKeys}). The build reads both out of {@code wording.json} and checks them; a run gets them
 * ready-made from the wording image and compiles a pattern only when some note first gives it a place to match,
 * since compiling all of them, and reading their first words, had been a quarter of the start of {@code check} in
 * a profiler's reading.
 */
final class WordingPattern {

    private final String source;
    private final int flags;
    private final Optional<Set<String>> firstWordKeys;
    // Compiled at most a few times, by whichever thread first needs it: every compilation is the same pattern.
    private volatile Pattern compiled;

    private WordingPattern(String source, int flags, Optional<Set<String>> firstWordKeys, Pattern compiled) {
        this.source = source;
        this.flags = flags;
        this.firstWordKeys = firstWordKeys.map(Set::copyOf);
        this.compiled = compiled;
    }

    /** A pattern already compiled, as the loader compiles each to check it; its first words are read now. */
    static WordingPattern of(Pattern pattern) {
        return new WordingPattern(pattern.pattern(), pattern.flags(), KeyedPatterns.firstWordKeys(pattern.pattern()),
                pattern);
    }

    /** A pattern as the wording image holds it, compiled when first used. */
    static WordingPattern of(String source, int flags, Optional<Set<String>> firstWordKeys) {
        return new WordingPattern(source, flags, firstWordKeys, null);
    }

    String source() {
        return source;
    }

    int flags() {
        return flags;
    }

    /** The words a match may start with, by their first characters; empty when they cannot be read from it. */
    Optional<Set<String>> firstWordKeys() {
        return firstWordKeys;
    }

    Pattern pattern() {
        Pattern pattern = compiled;
        if (pattern == null) {
            pattern = Pattern.compile(source, flags);
            compiled = pattern;
        }
        return pattern;
    }

    @Override
    public String toString() {
        return source;
    }
}
