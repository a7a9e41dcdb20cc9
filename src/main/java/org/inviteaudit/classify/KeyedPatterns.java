package org.inviteaudit.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.inviteaudit.io.Hash64;

/**
 * Patterns of the wording data, each tried only where a word it can start with stands in the text. Most of some 150
 * patterns start with a list of words ({@code \b(?:we|i) help}); scanning a note with every one of them, at every
 * character, cost five times all the rest of the classification. Here each such pattern is tried, anchored, at the
 * start of each word of the text that begins like one of its first words (a number, for {@code \d}; in Japanese and
 * Chinese, which have no spaces, at each of its first characters), and nowhere else. A pattern whose first words
 * cannot be read from it (it starts with a character class or an optional group, or may match inside a word) is
 * refused when the build reads the data. Since a match of a pattern that starts with a word boundary and a literal
 * word can only start where a word starts, whether a pattern matches is exactly what scanning would say.
 */
final class KeyedPatterns {

    /**
     * Words are filed by their first one, two and three characters; a pattern by the first three of its words,
     * unless it is known whole.
     */
    private static final int KEY_LENGTH = 3;
    /**
     * A pattern's first word that a space or a {@code \b} follows, and no longer than this, is filed whole, with this
     * mark after it ("we" + mark for {@code \b(?:we|i) help}): it is then tried at "we" and not at every word that
     * starts "we", which had made nine of ten of the places tried.
     */
    static final int WHOLE_WORD_MAX = 16;
    static final char WHOLE = ' ';
    /** The key of every word that starts with a digit, and of a pattern that starts with {@code \\d}. */
    private static final String DIGIT = "\\d";
    private static final long DIGIT_KEY = -1;
    // The key of no characters yet: a 1 ahead of them, so that "a" and "\0a" differ, and no key is 0.
    private static final long PACKED_EMPTY = 1;
    private static final int[] NO_PATTERNS = {};
    private static final long WHOLE_SEED = 0xcbf29ce484222325L;
    private static final long WHOLE_PRIME = 0x100000001b3L;
    // Characters that stand for themselves in a pattern, and so can be a pattern's first character.
    private static final String PUNCTUATION_LITERALS = "%<>\"'#@&/=:;,!~`";

    /** Places in a text, in the order they were added: the text's order, since it is read from its start. */
    private static final class Positions {
        private int[] at = new int[2];
        private int size;

        void add(int position) {
            if (size == at.length) {
                at = Arrays.copyOf(at, size * 2);
            }
            at[size++] = position;
        }
    }

    /**
     * Packed keys to the patterns that start with them, by open addressing: looked up at every word of every note,
     * where a map of boxed keys cost more than the matching. Filled once, as the patterns are read, and only read
     * after; kept at most a quarter full, so that a look-up rarely probes past its slot. Most look-ups are of keys
     * that are not there, and the table's hundreds of kilobytes miss the processor's caches: a filter of one bit per
     * hash, 16 KiB, answers most of those without reading the table.
     */
    private static final class KeyTable {
        private static final int INITIAL_CAPACITY = 64;
        private static final int FILTER_BITS = 17;

        private long[] keys = new long[INITIAL_CAPACITY];
        private int[][] patterns = new int[INITIAL_CAPACITY][];
        private int mask = INITIAL_CAPACITY - 1;
        private int size;
        // A bit set for each key's hash, by bits of the hash other than the slot's: clear, the key is not filed.
        private final long[] filter = new long[(1 << FILTER_BITS) / Long.SIZE];

        /** The patterns filed under the key, or null. */
        int[] get(long key) {
            long hash = Hash64.mix(key);
            int bit = filterBit(hash);
            if ((filter[bit >>> 6] & 1L << bit) == 0) {
                return null;
            }
            for (int slot = (int) (hash & mask); keys[slot] != 0; slot = (slot + 1) & mask) {
                if (keys[slot] == key) {
                    return patterns[slot];
                }
            }
            return null;
        }

        /** Files a pattern under a key, once, after those filed before it. */
        void file(long key, int pattern) {
            int slot = slotFor(key);
            int[] filed = patterns[slot];
            if (filed == null) {
                patterns[slot] = new int[] {pattern};
            } else if (filed.length == 0 || filed[filed.length - 1] != pattern) {
                int[] more = Arrays.copyOf(filed, filed.length + 1);
                more[filed.length] = pattern;
                patterns[slot] = more;
            }
        }

        /** Files the key with no pattern, unless it is filed already: a beginning of a longer key. */
        void reserve(long key) {
            int slot = slotFor(key);
            if (patterns[slot] == null) {
                patterns[slot] = NO_PATTERNS;
            }
        }

        /** The slot that holds the key, taken for it if it was free. */
        private int slotFor(long key) {
            int slot = slot(key);
            while (keys[slot] != 0 && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            if (keys[slot] == 0) {
                if (4 * (size + 1) > keys.length) {
                    grow();
                    return slotFor(key);
                }
                keys[slot] = key;
                size++;
                int bit = filterBit(Hash64.mix(key));
                filter[bit >>> 6] |= 1L << bit;
            }
            return slot;
        }

        private static int filterBit(long hash) {
            return (int) (hash >>> (Long.SIZE - FILTER_BITS));
        }

        private void grow() {
            long[] oldKeys = keys;
            int[][] oldPatterns = patterns;
            keys = new long[2 * oldKeys.length];
            patterns = new int[keys.length][];
            mask = keys.length - 1;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != 0) {
                    int slot = slot(oldKeys[i]);
                    while (keys[slot] != 0) {
                        slot = (slot + 1) & mask;
                    }
                    keys[slot] = oldKeys[i];
                    patterns[slot] = oldPatterns[i];
                }
            }
        }

        private int slot(long key) {
            return (int) (Hash64.mix(key) & mask);
        }
    }

    private final List<WordingPattern> patterns;
    /** Group g holds the patterns from groupStarts[g] up to groupStarts[g + 1]. */
    private final int[] groupStarts;
    /** For each key, the patterns that can start with it. */
    private final KeyTable patternsByKey;
    /** For each first word filed whole, by its hash, the patterns that can start with it. */
    private final KeyTable patternsByWholeWord;
    /**
     * The first characters of the words filed, in either table: a word or a sign that starts with another char is
     * looked up no further. Most words of a note start no pattern's first word (of the merge fields', none starts in
     * lower case), and the whole words' table, filed by hash, could only tell so after a probe or two per character.
     */
    private final BitSet startsAFiledWord = new BitSet(Character.MAX_VALUE + 1);

    /** One group of patterns. */
    KeyedPatterns(List<WordingPattern> patterns) {
        this(List.of(patterns));
    }

    /**
     * Groups of patterns indexed together, so that a text's words are looked up once for all of them; each group is
     * then asked on its own ({@link Candidates}).
     */
    KeyedPatterns(Collection<List<WordingPattern>> groups) {
        List<WordingPattern> all = new ArrayList<>();
        groupStarts = new int[groups.size() + 1];
        int group = 0;
        for (List<WordingPattern> patternsOfGroup : groups) {
            groupStarts[group++] = all.size();
            all.addAll(patternsOfGroup);
        }
        groupStarts[group] = all.size();
        this.patterns = List.copyOf(all);
        // Without streams, lambdas, boxed keys or substrings: this is built at every start, some 7,000 keys and their
        // beginnings, where a map of boxed keys had cost a few milliseconds of each `check`.
        this.patternsByKey = new KeyTable();
        this.patternsByWholeWord = new KeyTable();
        for (int i = 0; i < this.patterns.size(); i++) {
            WordingPattern pattern = this.patterns.get(i);
            if (pattern.firstWordKeys().isEmpty()) {
                throw new IllegalArgumentException("the first words of '" + pattern + "' cannot be read: it would be "
                        + "tried nowhere");
            }
            for (String key : pattern.firstWordKeys().get()) {
                if (key.equals(DIGIT)) {
                    patternsByKey.file(DIGIT_KEY, i);
                } else if (key.charAt(key.length() - 1) == WHOLE) {
                    fileWithItsBeginnings(patternsByWholeWord, key, key.length() - 1, i, true);
                    startsAFiledWord.set(key.charAt(0));
                } else {
                    fileWithItsBeginnings(patternsByKey, key, key.length(), i, false);
                    startsAFiledWord.set(key.charAt(0));
                }
            }
        }
    }

    /**
     * Files the pattern under the key of the word's first {@code length} characters, and every beginning of them with
     * no pattern, so that reading a word stops at the first of its characters that no key goes on with: most words
     * stop at their first or second. Two whole words of one hash share a slot: each is then tried where the other
     * stands, which is harmless.
     */
    private static void fileWithItsBeginnings(KeyTable table, String word, int length, int pattern, boolean whole) {
        long key = whole ? WHOLE_SEED : PACKED_EMPTY;
        for (int end = 0; end < length; end++) {
            if (end > 0) {
                table.reserve(key);
            }
            key = whole ? extendWhole(key, word.charAt(end)) : extend(key, word.charAt(end));
        }
        table.file(key, pattern);
    }

    /**
     * Where in a text each pattern may match: at each place where a word starts (also each part of a word after a
     * hyphen, an apostrophe or a quotation mark, where a regular expression's word boundary also falls) whose first
     * one, two or three characters, up to the next space, are a first word of the pattern's; at each number, for a
     * pattern that starts with {@code \\d}; at each character that is neither a letter, a digit nor a space (a
     * bracket, a percent sign), and in Japanese and Chinese, which have no spaces to tell where a word starts, at each
     * character, for a pattern that starts with it. The text's words are looked up once for every group.
     */
    Candidates candidates(String text) {
        Positions[] starts = new Positions[patterns.size()];
        int length = text.length();
        boolean afterLetterOrDigit = false;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean letterOrDigit = CharFlags.isLetterOrDigit(c);
            boolean wordStart = letterOrDigit && !afterLetterOrDigit;
            afterLetterOrDigit = letterOrDigit;
            if ((StockVocabulary.isUnspacedChar(c) || (!letterOrDigit && c != ' ')) && startsAFiledWord.get(c)) {
                mayStartAt(starts, patternsByKey.get(extend(PACKED_EMPTY, c)), i);
            }
            if (wordStart && CharFlags.isDigit(c)) {
                mayStartAt(starts, patternsByKey.get(DIGIT_KEY), i);
            }
            if (wordStart && startsAFiledWord.get(c)) {
                // Each of its first one to three characters, so that a short first word of a pattern ("dm", "어제")
                // is found however the word goes on; and each stretch of it that ends where a word does, whole.
                long packed = PACKED_EMPTY;
                long whole = WHOLE_SEED;
                boolean packedGoesOn = true;
                boolean wholeGoesOn = true;
                for (int end = i + 1; end <= length && text.charAt(end - 1) != ' ' && (packedGoesOn || wholeGoesOn);
                        end++) {
                    char last = text.charAt(end - 1);
                    if (packedGoesOn) {
                        packed = extend(packed, last);
                        int[] matching = end - i <= KEY_LENGTH ? patternsByKey.get(packed) : null;
                        mayStartAt(starts, matching, i);
                        packedGoesOn = matching != null;
                    }
                    if (wholeGoesOn) {
                        whole = extendWhole(whole, last);
                        int[] matching = end - i <= WHOLE_WORD_MAX ? patternsByWholeWord.get(whole) : null;
                        if (end == length || endsAWord(text, end)) {
                            mayStartAt(starts, matching, i);
                        }
                        wholeGoesOn = matching != null;
                    }
                }
            }
        }
        return new Candidates(text, starts);
    }

    /**
     * Whether a space, or a word boundary as {@code \b} tells one, stands before {@code at}: between a word char and
     * another char (either way round), or beside half of a pair of surrogates, which is not judged here.
     */
    private static boolean endsAWord(String text, int at) {
        char before = text.charAt(at - 1);
        char after = text.charAt(at);
        return after == ' ' || Character.isSurrogate(before) || Character.isSurrogate(after)
                || CodePointClass.isWordChar(before) != CodePointClass.isWordChar(after);
    }

    /** A whole word's key, one char more, by its hash: never 0, which marks a free slot. */
    private static long extendWhole(long key, char c) {
        long next = (key ^ c) * WHOLE_PRIME;
        return next == 0 ? 1 : next;
    }

    /** A key of up to three characters, one character more: each character's 16 bits after a leading 1. */
    private static long extend(long packed, char c) {
        return packed << Character.SIZE | c;
    }

    private static void mayStartAt(Positions[] starts, int[] matching, int at) {
        if (matching == null) {
            return;
        }
        for (int pattern : matching) {
            if (starts[pattern] == null) {
                starts[pattern] = new Positions();
            }
            starts[pattern].add(at);
        }
    }

    /** Whether any pattern of the one group matches the text with a match that {@code accept} takes. */
    boolean anyMatch(String text, MatchVisitor accept) {
        return candidates(text).anyMatch(0, accept);
    }

    /** Every match of every pattern of the one group, as scanning would find them. */
    List<String> allMatches(String text) {
        return candidates(text).allMatches(0);
    }

    /** Is shown a match, where it starts and ends in the text; says whether it is the one looked for. */
    @FunctionalInterface
    interface MatchVisitor {
        boolean accept(String text, int start, int end);
    }

    private static final MatchVisitor ANY_MATCH = new AnyMatch();

    /** Takes the first match shown. A class, not a lambda: {@code check} links none (docs/code.md). */
    private static final class AnyMatch implements MatchVisitor {
        @Override
        public boolean accept(String text, int start, int end) {
            return true;
        }
    }

    /** The texts of matches, up to a number of them. A class, not a lambda: {@code check} links none (docs/code.md). */
    private static final class Gathered implements MatchVisitor {
        private final int wanted;
        private final List<String> found = new ArrayList<>(1);

        Gathered(int wanted) {
            this.wanted = wanted;
        }

        @Override
        public boolean accept(String text, int start, int end) {
            found.add(text.substring(start, end));
            return found.size() >= wanted;
        }
    }

    /** A text with where each pattern may match in it, asked group by group. */
    final class Candidates {
        private final TextPattern.Subject subject;
        private final Positions[] starts;

        private Candidates(String text, Positions[] starts) {
            this.subject = new TextPattern.Subject(text);
            this.starts = starts;
        }

        /** Whether any pattern of the group matches with a match that {@code accept} takes. */
        boolean anyMatch(int group, MatchVisitor accept) {
            return visitMatches(group, accept);
        }

        /** Whether any pattern of the group matches. */
        boolean anyMatch(int group) {
            return visitMatches(group, ANY_MATCH);
        }

        /** The first match of the first pattern of the group that matches, pattern by pattern in their order. */
        Optional<String> firstMatch(int group) {
            Gathered first = new Gathered(1);
            visitMatches(group, first);
            return first.found.isEmpty() ? Optional.empty() : Optional.of(first.found.get(0));
        }

        /** Every match of every pattern of the group, as scanning would find them: pattern by pattern, in text order. */
        List<String> allMatches(int group) {
            Gathered all = new Gathered(Integer.MAX_VALUE);
            visitMatches(group, all);
            return all.found;
        }

        /** Shows each match, pattern by pattern, until one is accepted; whether one was. */
        private boolean visitMatches(int group, MatchVisitor accept) {
            for (int i = groupStarts[group]; i < groupStarts[group + 1]; i++) {
                if (starts[i] != null && visitMatches(patterns.get(i).pattern(), starts[i], accept)) {
                    return true;
                }
            }
            return false;
        }

        /** The matches of one pattern that start at the given places, never overlapping, as scanning would find them. */
        private boolean visitMatches(TextPattern pattern, Positions places, MatchVisitor accept) {
            String text = subject.text;
            int end = 0;
            for (int i = 0; i < places.size; i++) {
                int start = places.at[i];
                // A word filed under two first words of the pattern ("i" and "i'm") stands twice: tried once.
                if (start >= end && (i == 0 || start != places.at[i - 1])) {
                    int matchEnd = pattern.matchAt(subject, start);
                    if (matchEnd >= 0) {
                        if (accept.accept(text, start, matchEnd)) {
                            return true;
                        }
                        end = Math.max(matchEnd, start + 1);
                    }
                }
            }
            return false;
        }
    }

    /**
     * The keys of the words a pattern can start a match with, when the pattern is a choice of alternatives that each
     * open with a word boundary and then a literal word or a group of them; empty otherwise.
     */
    static Optional<Set<String>> firstWordKeys(String regex) {
        Set<String> keys = new HashSet<>();
        for (String alternative : topLevelAlternatives(regex, 0, regex.length())) {
            boolean atWordStart = alternative.startsWith("\\b");
            Optional<Set<String>> leading = leadingKeys(alternative, atWordStart ? 2 : 0, alternative.length(), "")
                    .filter(found -> atWordStart || found.stream().allMatch(KeyedPatterns::isCharacterKey));
            if (leading.isEmpty()) {
                return Optional.empty();
            }
            keys.addAll(leading.get());
        }
        return Optional.of(keys);
    }

    /**
     * The keys of the literal words that {@code regex[from, to)} starts with.
     *
     * @param after what follows {@code to} in the whole pattern, when the literal runs up to it
     */
    private static Optional<Set<String>> leadingKeys(String regex, int from, int to, String after) {
        if (regex.startsWith("(?<!", from) || regex.startsWith("(?<=", from)) {
            // A lookbehind takes no characters: the match starts where what follows it does ("(?<!your )demo").
            int close = walk(regex, from + 4, to, new ArrayList<>());
            return leadingKeys(regex, close + 1, to, after);
        }
        String first = null;
        int afterFirst = from + 1;
        if (regex.startsWith(DIGIT, from)) {
            first = DIGIT;
            afterFirst = from + 2;
        } else if (from + 1 < to && regex.charAt(from) == '\\' && !Character.isLetterOrDigit(regex.charAt(from + 1))) {
            first = String.valueOf(regex.charAt(from + 1)); // an escaped "{", "[", "*"...
            afterFirst = from + 2;
        } else if (from < to && (StockVocabulary.isUnspacedChar(regex.charAt(from))
                || PUNCTUATION_LITERALS.indexOf(regex.charAt(from)) >= 0)) {
            first = String.valueOf(regex.charAt(from));
        }
        if (first != null) {
            // "\\d*", "(?" or "お?": the first item may be absent, and what follows may start the match. A space is
            // never looked up ("\\ x" would be tried nowhere): such a pattern is refused.
            boolean optional = afterFirst < to && isOptionalQuantifier(regex.substring(afterFirst, to));
            return optional || first.equals(" ") ? Optional.empty() : Optional.of(Set.of(first));
        }
        if (regex.startsWith("(?:", from)) {
            List<String> alternatives = new ArrayList<>();
            int close = walk(regex, from + 3, regex.length(), alternatives);
            String next = close + 1 < to ? regex.substring(close + 1, to) + after : after;
            if (isOptionalQuantifier(next)) {
                return Optional.empty(); // an optional group: what follows it may start the match
            }
            Set<String> keys = new HashSet<>();
            for (String alternative : alternatives) {
                Optional<Set<String>> inner = leadingKeys(alternative, 0, alternative.length(), next);
                if (inner.isEmpty()) {
                    return Optional.empty();
                }
                keys.addAll(inner.get());
            }
            return Optional.of(keys);
        }
        int end = from;
        while (end < to && isLiteral(regex.charAt(end))) {
            end++;
        }
        String literal = regex.substring(from, end);
        String rest = regex.substring(end, to) + after;
        if (!literal.isEmpty() && !Character.isLetterOrDigit(literal.charAt(0))) {
            // "-ish", "'s": a sign is looked up by itself, wherever one stands, never as the start of a word.
            return Optional.of(Set.of(literal.substring(0, 1)));
        }
        // A space that may be absent ("co ?founder", "we *help") does not end the word: "cofounder" starts so too.
        boolean spaceAfter = rest.startsWith(" ") && !isOptionalQuantifier(rest.substring(1));
        if (isOptionalQuantifier(rest) && !literal.isEmpty()) {
            literal = literal.substring(0, literal.length() - 1); // "kurzes?": the last letter may be absent
        } else if (!literal.isEmpty() && literal.length() <= WHOLE_WORD_MAX
                && (spaceAfter || rest.startsWith("\\b"))) {
            return Optional.of(Set.of(literal + WHOLE)); // "we help": the word "we" itself, not any word in "we"
        }
        return literal.isEmpty() ? Optional.empty()
                : Optional.of(Set.of(literal.substring(0, Math.min(KEY_LENGTH, literal.length()))));
    }

    private static boolean isOptionalQuantifier(String rest) {
        return rest.startsWith("?") || rest.startsWith("*") || rest.startsWith("{");
    }

    /** A key of one character that is not a letter of a spaced script: it may start a match anywhere. */
    private static boolean isCharacterKey(String key) {
        return key.length() == 1 && (StockVocabulary.isUnspacedChar(key.charAt(0))
                || !Character.isLetterOrDigit(key.charAt(0)));
    }

    private static boolean isLiteral(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '-' || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** The alternatives of {@code regex[from, to)} split at the {@code |} that no group or class encloses. */
    private static List<String> topLevelAlternatives(String regex, int from, int to) {
        List<String> alternatives = new ArrayList<>();
        walk(regex, from, to, alternatives);
        return alternatives;
    }

    /**
     * Reads {@code regex} from {@code from}, past escapes, character classes and nested groups, up to {@code to} or
     * to the parenthesis that closes the group {@code from} is inside, whichever comes first; collects the
     * alternatives read and gives where it stopped.
     */
    private static int walk(String regex, int from, int to, List<String> alternatives) {
        int depth = 0;
        boolean inClass = false;
        int start = from;
        for (int i = from; i < to; i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth < 0) {
                alternatives.add(regex.substring(start, i));
                return i;
            } else if (c == '|' && depth == 0) {
                alternatives.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        alternatives.add(regex.substring(start, to));
        return to;
    }
}
