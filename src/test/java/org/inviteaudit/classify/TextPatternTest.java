package org.inviteaudit.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The wording's patterns are matched by {@link TextPattern}, not {@code java.util.regex}; the data was written for
 * the latter, so here the two are held side by side: at every place, whether a match starts there and where it
 * ends; and for the shipped patterns on the labelled notes, every match the classifier finds.
 */
class TextPatternTest {

    private static final int JAVA_FLAGS = Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    /** Each construct, on texts that try its edges: accents, marks, surrogate pairs, case, the text's ends. */
    @ParameterizedTest(name = "{0} on \"{1}\"")
    @CsvSource(delimiterString = " ~ ", quoteCharacter = '`', value = {
        "a|ab ~ ab abc",
        "(?:a|ab)(?:c|bcd){0,2}d ~ abcdd abd acd abcbcdd",
        "\\bcafé\\b ~ café cafés le café, xcafé",
        "\\be\\b ~ e\u0301 e é e",
        "[^ ]{1,3}x ~ 😀😀x 😀x a😀😀😀x",
        "\\p{Ll}+ ~ Ab cD éÉ ß İı",
        "(?i:straße|ab[c-e]) ~ STRASSE Straße ABD aBe abf",
        "(?i:[\\p{Ll}]x) ~ Ax ax 1x",
        "\\b(?<!your |the )demo\\b ~ your demo, the demo, a demo",
        "(?<=at )\\w+ ~ at home, chat room",
        "\\byour \"?(?!(?:recent|new)\\b)\\p{L}+ ~ your recent post, your \"new\" thing, your newer thing",
        "\\d+[ -]?min(?:ute)?s? ~ 15-minute 30 mins 5min ١٥ minutes",
        "\\S+ \\S+ ~ one two three",
        "(?:\\S+ ){1,2}ever needs? ~ if anyone on your team ever needs",
        "x\\b ~ x xx x_ xé",
        "\\w+ ~ a_b c\u200Dd é1",
        "\\s+ ~ a\u00A0b\tc\u2028d",
        "\\{\\{?\\s*[\\p{L}_][\\p{L}\\p{N}_ .-]{0,30}\\}\\}? ~ Hi {{ first_name }}, {Name}",
        "%%?[A-Za-z_]{2,30}%%? ~ %FIRSTNAME% %%x%% 100%",
        "(?:先週|昨日)[^ ]{1,4}の ~ 先週の会 昨日は話の",
        "[\\p{L}'-]+'s ~ o'neil's x-y's 's",
    })
    void matchesWhereJavaRegexMatches(String regex, String text) {
        assertSameAsJava(regex, text);
    }

    /**
     * Patterns drawn at random from the syntax supported, on texts drawn from characters that differ in each way a
     * pattern can tell (case, letter or not, word or not, space or not, a pair of surrogates).
     */
    @Property(tries = 1500)
    void aRandomPatternMatchesWhereJavaRegexMatches(@ForAll long seed) {
        Random random = new Random(seed);
        String regex = choice(random, 3);
        TextPattern compiled;
        try {
            compiled = TextPattern.compile(regex);
        } catch (PatternParser.InvalidPatternException refused) {
            return; // a repeated group that can match nothing: refused, and said so (below)
        }
        for (int i = 0; i < 4; i++) {
            assertSameAsJava(compiled, regex, text(random));
        }
    }

    /** Every shipped pattern on every labelled note, as the classifier meets them: found only where its words stand. */
    @Test
    void everyShippedPatternMatchesEveryLabelledNoteAsJavaRegexDoes() {
        Wording wording = WordingLoader.builtIn();
        List<WordingPattern> all = Stream.of(wording.signals().values(), wording.outreach().values(),
                List.of(wording.placeholders())).flatMap(lists -> lists.stream().flatMap(List::stream)).toList();
        KeyedPatterns together = new KeyedPatterns(all.stream().map(List::of).toList());
        List<Pattern> java = all.stream().map(pattern -> Pattern.compile(pattern.source(), JAVA_FLAGS)).toList();
        int matches = 0;
        for (String note : KeyedPatternsTest.labelledNotes()) {
            String normalized = TextNormalizer.normalize(note);
            String words = String.join(" ", Words.of(normalized).stream()
                    .map(word -> (word.quoteBefore() ? "\"" : "") + word.folded()).toList());
            for (String text : List.of(words, normalized)) {
                KeyedPatterns.Candidates candidates = together.candidates(text);
                for (int i = 0; i < all.size(); i++) {
                    List<String> expected = javaMatches(java.get(i), text);
                    List<String> got = new ArrayList<>();
                    candidates.anyMatch(i, (in, start, end) -> !got.add(start + "-" + end));
                    assertThat(got).as(all.get(i) + " on: " + text).isEqualTo(expected);
                    matches += expected.size();
                }
            }
        }
        assertThat(matches).isGreaterThan(2000);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ~ ", quoteCharacter = '`', value = {
        "a(?:b )* ~ a group repeated without bound (write {0,n}) at character 1",
        "(?:b?){0,3} ~ a repeated group that can match nothing at character 0",
        "(?:ab){0,17} ~ a group repeated more than 16 times at character 0",
        "a.b ~ '.' outside a class (not supported) at character 1",
        "^ab ~ '^' outside a class (not supported) at character 0",
        "a+? ~ a lazy or possessive repetition (only greedy ones are supported) at character 2",
        "(?<!a+)b ~ a look-behind of other than literal words ((?<!your |the )) at character 0",
        "(?<=\\w)b ~ a look-behind of other than literal words ((?<!your |the )) at character 0",
        "(?<name>x) ~ a group construct other than (?:, (?i:, (?=, (?!, (?<=, (?<! at character 1",
        "\\p{Greek} ~ the property 'Greek' (supported: L, Ll, Lu, N, M) at character 1",
        "[a[b]] ~ a class within a class (not supported) at character 2",
        "\\Qx ~ the escape '\\Q' (not supported) at character 1",
        "(?:ab ~ ')' expected at character 5",
        "ab) ~ unmatched ')' at character 2",
        "x{3,1} ~ a repetition whose maximum is below its minimum at character 6",
        "\\b+ ~ a repeated \\b or look-around at character 0",
    })
    void refusesWhatItCannotMatchAsJavaWouldSayingWhereAndWhy(String regex, String message) {
        assertThatThrownBy(() -> TextPattern.compile(regex))
                .isInstanceOf(PatternParser.InvalidPatternException.class).hasMessage(message);
    }

    private static void assertSameAsJava(String regex, String text) {
        assertSameAsJava(TextPattern.compile(regex), regex, text);
    }

    /**
     * The same match (or none) anchored at every place of the text, the text around it seen, which is how the
     * classifier asks ({@link KeyedPatterns}).
     */
    private static void assertSameAsJava(TextPattern compiled, String regex, String text) {
        Pattern java = Pattern.compile(regex, JAVA_FLAGS);
        TextPattern.Subject subject = new TextPattern.Subject(text);
        Matcher matcher = java.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int at = 0; at <= text.length(); at++) {
            if (at > 0 && at < text.length() && Character.isSurrogatePair(text.charAt(at - 1), text.charAt(at))) {
                continue; // no word starts inside a pair of surrogates, and Java's versions differ on what to do there
            }
            int expected = matcher.region(at, text.length()).lookingAt() ? matcher.end() : -1;
            assertThat(compiled.matchAt(subject, at)).as(regex + " at " + at + " of \"" + text + "\"")
                    .isEqualTo(expected);
        }
    }

    private static List<String> javaMatches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.start() + "-" + matcher.end());
        }
        return found;
    }

    // The characters of random texts: each differs from the others in what some part of a pattern tells.
    private static final String[] TEXT_CHARS = {"a", "b", "A", "B", " ", " ", "-", "'", "é", "É", "e\u0301", "ß",
        "1", "١", "_", "😀", "\u00A0", "x", "ab", "ba"};
    private static final String[] LITERALS = {"a", "b", "ab", "é", " ", "-", "'", "😀", "1"};
    private static final String[] CLASSES = {"[ab]", "[^ ]", "[\\p{L}-]", "[a-c]", "\\d", "\\S", "\\w", "\\s",
        "\\p{Ll}", "\\p{L}", "[^a ]", "[A-Z]"};
    private static final String[] QUANTIFIERS = {"", "", "", "?", "{0,2}", "{1,2}", "{2}"};
    private static final String[] CHAR_QUANTIFIERS = {"", "", "?", "*", "+", "{0,3}", "{1,2}"};

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            text.append(TEXT_CHARS[random.nextInt(TEXT_CHARS.length)]);
        }
        return text.toString();
    }

    private static String choice(Random random, int depth) {
        StringBuilder regex = new StringBuilder(sequence(random, depth));
        for (int i = random.nextInt(3); i > 0; i--) {
            regex.append('|').append(sequence(random, depth));
        }
        return regex.toString();
    }

    private static String sequence(Random random, int depth) {
        StringBuilder regex = new StringBuilder();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            regex.append(item(random, depth));
        }
        return regex.toString();
    }

    private static String item(Random random, int depth) {
        int kind = random.nextInt(depth > 0 ? 8 : 3);
        return switch (kind) {
            case 0 -> LITERALS[random.nextInt(LITERALS.length)] + pick(random, CHAR_QUANTIFIERS);
            case 1 -> CLASSES[random.nextInt(CLASSES.length)] + pick(random, CHAR_QUANTIFIERS);
            case 2 -> "\\b";
            case 3, 4 -> "(?:" + choice(random, depth - 1) + ")" + pick(random, QUANTIFIERS);
            case 5 -> "(?i:" + choice(random, depth - 1) + ")";
            case 6 -> (random.nextBoolean() ? "(?!" : "(?=") + choice(random, depth - 1) + ")";
            default -> (random.nextBoolean() ? "(?<!" : "(?<=") + LITERALS[random.nextInt(LITERALS.length)] + "|"
                    + LITERALS[random.nextInt(LITERALS.length)] + ")";
        };
    }

    private static String pick(Random random, String[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
