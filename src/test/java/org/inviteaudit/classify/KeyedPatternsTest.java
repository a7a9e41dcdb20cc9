package org.inviteaudit.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyedPatternsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = " => ", value = {
        "\\b(?:we|i) help => we= i=",
        "\\b(?:i'm|i am) (?:a|an) => i'm= i=",
        "\\bobrigad[oa] (?:pela|pelo) => obr",
        "\\brecrut\\w* => rec",
        "\\b(?:(?:we're|we are) both|same (?:linkedin )?group) => we're= we= same=",
        "\\bfoo\\b|\\bbar baz => foo= bar=",
        "\\byour \\\"?(?!(?:recent)\\b)x => your=",
        "\\b\\d+x (?:their|your) => \\d",
        "(?:弊社|御社) => 弊 御",
        "\\{\\{?\\s*[a-z]+\\} => {",
        "%%?[A-Z]{2,30}%%? => %",
        "\\bi(?:'m| am) => i",
        "\\b(?:지난주|어제|감사) => 지난주 어제 감사",
        "\\bdm\\b => dm=",
        "\\b(?:kurzes?|short) chat => kur short=",
        "\\bco ?founder => co",
        "\\bwe *help => we",
        "\\bwe +help => we=",
        "\\b-ish\\b => -",
    })
    void readsTheFirstWordsOfAPattern(String regex, String keys) {
        // "we=" is the word "we" filed whole; "obr", any word that starts so.
        Set<String> expected = Stream.of(keys.strip().split(" "))
                .map(key -> key.endsWith("=") ? key.substring(0, key.length() - 1) + KeyedPatterns.WHOLE : key)
                .collect(Collectors.toSet());
        assertThat(KeyedPatterns.firstWordKeys(regex.strip())).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
        "(?:abc|def)",
        "\\b[A-Z]x",
        "\\b(?:x|[ab]c)",
        "\\b(?:very )?nice",
        "\\b\\d*gb",
        "\\(?\\d{3}\\)? ?\\d{4}",
        "(?:お?話)",
        "\\ x",
    })
    void triesOnEveryTextAPatternWhoseFirstWordsItCannotRead(String regex) {
        assertThat(KeyedPatterns.firstWordKeys(regex.strip())).isEmpty();
    }

    /**
     * What makes the index safe: on every note of every labelled set, each pattern matches when tried only where its
     * first words stand exactly when it matches when scanned, so no verdict, reason or score changes; alone in an
     * index, and in one index with all the others, a group each, as the classifier holds them.
     */
    @Test
    void triedWhereItsFirstWordsStandAPatternMatchesExactlyWhenScanningFindsIt() throws IOException {
        Wording wording = WordingLoader.builtIn();
        List<WordingPattern> all = Stream.concat(wording.signals().values().stream(), wording.outreach().values().stream())
                .flatMap(List::stream).toList();
        List<KeyedPatterns> each = all.stream().map(pattern -> new KeyedPatterns(List.of(pattern))).toList();
        // As the classifier holds them: all in one index, a group each.
        KeyedPatterns together = new KeyedPatterns(all.stream().map(List::of).toList());
        List<String> notes = labelledNotes();
        assertThat(notes).hasSizeGreaterThan(1000);
        int matches = 0;
        for (String note : notes) {
            String words = String.join(" ", Words.of(TextNormalizer.normalize(note)).stream()
                    .map(word -> (word.quoteBefore() ? "\"" : "") + word.folded()).toList());
            KeyedPatterns.Candidates grouped = together.candidates(words);
            for (int i = 0; i < all.size(); i++) {
                boolean scanned = Pattern.compile(all.get(i).source(), Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS)
                        .matcher(words).find();
                matches += scanned ? 1 : 0;
                assertThat(each.get(i).anyMatch(words, (text, start, end) -> true)).as(all.get(i) + " on: " + words)
                        .isEqualTo(scanned);
                assertThat(grouped.anyMatch(i, (text, start, end) -> true)).as("grouped: " + all.get(i) + " on: " + words)
                        .isEqualTo(scanned);
            }
        }
        assertThat(matches).isGreaterThan(1000);
    }

    /** Patterns whose first word may run on without its space, or that start with a sign, are found as scanning finds them. */
    @ParameterizedTest(name = "{0} in \"{1}\"")
    @CsvSource(delimiterString = " => ", value = {
        "\\bco ?founder => our cofounder",
        "\\bfollow ?up\\b => a followup",
        "\\b(?:e ?mail|dm) me => email me",
        "\\bwe *help => wehelp",
        "\\b-ish\\b => red-ish",
    })
    void aPatternIsTriedWhereverScanningWouldFindIt(String regex, String text) {
        KeyedPatterns index = new KeyedPatterns(List.of(WordingPattern.compile(regex.strip())));
        assertThat(index.anyMatch(text.strip(), (in, start, end) -> true)).isTrue();
    }

    /** A pattern whose first words the index cannot read is tried on every note, at every word: none shipped is. */
    @Test
    void everyShippedPatternIsTriedOnlyWhereItsFirstWordsStand() {
        Wording wording = WordingLoader.builtIn();
        Stream<WordingPattern> shipped = Stream.of(wording.signals(), wording.outreach())
                .flatMap(patterns -> patterns.values().stream()).flatMap(List::stream);
        assertThat(Stream.concat(shipped, wording.placeholders().stream()).map(WordingPattern::source))
                .allSatisfy(regex -> assertThat(KeyedPatterns.firstWordKeys(regex)).as(regex).isPresent());
    }

    static List<String> labelledNotes() {
        return CorpusAccuracyTest.LABELLED_FILES.stream()
                .flatMap(file -> CorpusAccuracyTest.read("/classify/" + file).stream())
                .map(CorpusAccuracyTest.Note::text).toList();
    }
}
