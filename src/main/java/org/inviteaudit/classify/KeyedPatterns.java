package org.inviteaudit.classify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Patterns of the wording data, each tried only where a word it can start with stands in the text. Most of some 150
 * patterns start with a list of words ({@code \b(?:we|i) help}); scanning a note with every one of them, at every
 * character, cost five times all the rest of the classification. Here each such pattern is tried, anchored, at the
 * start of each word of the text that begins like one of its first words (a number, for {@code \d}; in Japanese and
 * Chinese, which have no spaces, at each of its first characters), and nowhere else; a pattern whose first words
 * cannot be read from it (it starts with a character class or an optional group, or may match inside a word) scans
 * the whole text as before. Since a match of a pattern that starts with a word boundary and a literal word can only start
 * where a word starts, whether a pattern matches is exactly what scanning would say.
 */
final class KeyedPatterns {

    /** Words are filed by their first one, two and three characters; a pattern by the first three of its words. */
    private static final int KEY_LENGTH = 3;
    /** The key of every word that starts with a digit, and of a pattern that starts with {@code \\d}. */
    private static final String DIGIT = "\\d";
    private static final int[] NONE = {};
    // Characters that stand for themselves in a pattern, and so can be a pattern's first character.
    private static final String PUNCTUATION_LITERALS = "%<>\"'#@&/=:;,!~`";
    private static final List<Integer> SCAN = List.of();

    /** A text, with where its words start, by key. */
    record Text(String text, Map<String, List<Integer>> starts) {
    }

    private final List<Pattern> patterns;
    /** For each key, the patterns that can start with it. */
    private final Map<String, int[]> patternsByKey = new HashMap<>();
    /** The patterns tried by scanning the whole text. */
    private final int[] scanned;

    KeyedPatterns(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
        Map<String, List<Integer>> byKey = new HashMap<>();
        List<Integer> scan = new ArrayList<>();
        for (int i = 0; i < this.patterns.size(); i++) {
            Optional<Set<String>> keys = firstWordKeys(this.patterns.get(i).pattern());
            if (keys.isEmpty()) {
                scan.add(i);
            } else {
                for (String key : keys.get()) {
                    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
                }
            }
        }
        byKey.forEach((key, indices) -> patternsByKey.put(key, indices.stream().mapToInt(Integer::intValue).toArray()));
        this.scanned = scan.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * A text ready to be matched, with where each word starts (also each part of a word after a hyphen, an
     * apostrophe or a quotation mark, where a regular expression's word boundary also falls), filed by its first
     * one, two and three characters up to the next space; where each number starts, under {@code \\d}; and where each other
     * character stands that is neither a letter, a digit nor a space (a bracket, a percent sign), and in Japanese
     * and Chinese, which have no spaces to tell where a word starts, each character, under itself.
     */
    static Text keysOf(String text) {
        Map<String, List<Integer>> starts = new HashMap<>();
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean letterOrDigit = Character.isLetterOrDigit(c);
            if (StockVocabulary.isUnspacedChar(c) || (!letterOrDigit && c != ' ')) {
                file(starts, String.valueOf(c), i);
            }
            if (letterOrDigit && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                // Filed under each of its first one to three characters, so that a short first word of a pattern
                // ("dm", "어제") is found however the word goes on.
                for (int end = i + 1; end <= Math.min(length, i + KEY_LENGTH) && text.charAt(end - 1) != ' '; end++) {
                    file(starts, text.substring(i, end), i);
                }
                if (Character.isDigit(c)) {
                    file(starts, DIGIT, i);
                }
            }
        }
        return new Text(text, starts);
    }

    private static void file(Map<String, List<Integer>> starts, String key, int at) {
        starts.computeIfAbsent(key, k -> new ArrayList<>()).add(at);
    }

    /** Whether any pattern matches the text with a match that {@code accept} takes. */
    boolean anyMatch(Text text, Predicate<MatchResult> accept) {
        return visitMatches(text, accept);
    }

    /** The first match of the first pattern that matches, pattern by pattern in their order. */
    Optional<String> firstMatch(Text text) {
        List<String> first = new ArrayList<>(1);
        visitMatches(text, match -> first.add(match.group()));
        return first.stream().findFirst();
    }

    /** Every match of every pattern, as scanning would find them: pattern by pattern, in the order of the text. */
    List<String> allMatches(Text text) {
        List<String> found = new ArrayList<>();
        visitMatches(text, match -> {
            found.add(match.group());
            return false; // all of them
        });
        return found;
    }

    /** Shows each match, pattern by pattern, until one is accepted; whether one was. */
    private boolean visitMatches(Text text, Predicate<MatchResult> accept) {
        List<List<Integer>> startsByPattern = new ArrayList<>(Collections.nCopies(patterns.size(), null));
        text.starts().forEach((key, starts) -> {
            for (int pattern : patternsByKey.getOrDefault(key, NONE)) {
                if (startsByPattern.get(pattern) == null) {
                    startsByPattern.set(pattern, new ArrayList<>());
                }
                startsByPattern.get(pattern).addAll(starts);
            }
        });
        for (int pattern : scanned) {
            startsByPattern.set(pattern, SCAN);
        }
        for (int i = 0; i < patterns.size(); i++) {
            List<Integer> starts = startsByPattern.get(i);
            if (starts != null && visitMatches(patterns.get(i), text.text(), starts, accept)) {
                return true;
            }
        }
        return false;
    }

    /** The matches of one pattern that start at the given places (or anywhere, when scanned), never overlapping. */
    private static boolean visitMatches(Pattern pattern, String text, List<Integer> starts,
            Predicate<MatchResult> accept) {
        Matcher matcher = pattern.matcher(text);
        if (starts == SCAN) {
            while (matcher.find()) {
                if (accept.test(matcher)) {
                    return true;
                }
            }
            return false;
        }
        matcher.useTransparentBounds(true).useAnchoringBounds(false);
        if (starts.size() > 1) {
            starts.sort(null);
        }
        int end = 0;
        for (int start : starts) {
            if (start >= end) {
                matcher.region(start, text.length());
                if (matcher.lookingAt()) {
                    if (accept.test(matcher)) {
                        return true;
                    }
                    end = Math.max(matcher.end(), start + 1);
                }
            }
        }
        return false;
    }

    /**
     * The keys of the words a pattern can start a match with, when the pattern is a choice of alternatives that each
     * open with a word boundary and then a literal word or a group of them; empty otherwise.
     */
    static Optional<Set<String>> firstWordKeys(String regex) {
        Set<String> keys = new HashSet<>();
        for (String alternative : topLevelAlternatives(regex, 0, regex.length())) {
            boolean atWordStart = alternative.startsWith("\\b");
            Optional<Set<String>> leading = leadingKeys(alternative, atWordStart ? 2 : 0, alternative.length(), '\0')
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
    private static Optional<Set<String>> leadingKeys(String regex, int from, int to, char after) {
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
            // "\\d*", "(?" or "お?": the first item may be absent, and what follows may start the match.
            boolean optional = afterFirst < to && isOptionalQuantifier(regex.charAt(afterFirst));
            return optional ? Optional.empty() : Optional.of(Set.of(first));
        }
        if (regex.startsWith("(?:", from)) {
            List<String> alternatives = new ArrayList<>();
            int close = walk(regex, from + 3, regex.length(), alternatives);
            char next = close + 1 < to ? regex.charAt(close + 1) : after;
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
        if (end < to && isOptionalQuantifier(regex.charAt(end)) && !literal.isEmpty()) {
            literal = literal.substring(0, literal.length() - 1); // "kurzes?": the last letter may be absent
        }
        return literal.isEmpty() ? Optional.empty()
                : Optional.of(Set.of(literal.substring(0, Math.min(KEY_LENGTH, literal.length()))));
    }

    private static boolean isOptionalQuantifier(char c) {
        return c == '?' || c == '*' || c == '{';
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
