package org.inviteaudit.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WordingLoaderTest {

    private static final String VALID = """
            {
              "stockTexts": {"en": [{"text": "I'd like to add you to my professional network on LinkedIn.",
                                     "source": "confirmed"}]},
              "stockVocabulary": {"words": {"pl": ["dodać", "cię", "do", "mojej", "sieci"]},
                                  "unspaced": {"ja": "ネットワークに追加"}, "network": ["sieci", "ネットワーク"]},
              "boilerplate": {"en": ["let's connect"]},
              "outreach": {"sales-pitch": ["\\\\bbook a demo\\\\b"]},
              "placeholders": ["\\\\{first_name\\\\}"],
              "greetings": ["hi"],
              "addressees": ["there"],
              "closings": ["regards"],
              "fillerWords": {"en": ["the"]},
              "signals": {"shared-context": ["\\\\bmet\\\\b"]},
              "timeWords": {"en": ["yesterday"]},
              "yourWords": {"en": ["your"]},
              "topicWords": {"en": ["on"]}
            }
            """;

    private static Wording load(String json) {
        return WordingLoader.load("test.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theBuiltInWordingLoadsAndCoversEverySignalEveryOutreachReasonAndTwentyLanguages() {
        Wording wording = WordingLoader.builtIn();
        assertThat(wording.signals().keySet()).containsExactlyInAnyOrderElementsOf(Classifier.PATTERN_SIGNALS);
        assertThat(wording.outreach().keySet()).containsExactlyInAnyOrderElementsOf(Classifier.OUTREACH_REASONS);
        assertThat(wording.stockTexts()).extracting(Phrase::language).contains("en", "fr", "de", "es", "pt", "it", "nl");
        assertThat(wording.stockTexts().stream().map(Phrase::language).distinct()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(wording.placeholders()).isNotEmpty();
        assertThat(wording.boilerplate()).isNotEmpty();
    }

    /** Patterns meet folded text: a capital letter or an "ß" in one ("wir saßen") would never match. */
    @Test
    void theBuiltInPatternsAreWrittenAsFoldedTextIs() {
        Wording wording = WordingLoader.builtIn();
        Stream.of(wording.signals(), wording.outreach()).flatMap(patterns -> patterns.values().stream())
                .flatMap(List::stream).map(WordingPattern::source).forEach(pattern -> {
                    String literals = pattern.replaceAll("\\\\[pP]\\{[^}]*\\}|\\\\.", "");
                    assertThat(TextNormalizer.fold(literals)).as(pattern).isEqualTo(literals);
                });
    }

    @Test
    void phrasesAreKeptLongestFirstSoTheLongerStockTextWins() {
        Wording wording = WordingLoader.builtIn();
        for (int i = 1; i < wording.stockTexts().size(); i++) {
            assertThat(wording.stockTexts().get(i - 1).words().size())
                    .isGreaterThanOrEqualTo(wording.stockTexts().get(i).words().size());
        }
    }

    @Test
    void aValidFileLoads() {
        Wording wording = load(VALID);
        assertThat(wording.stockTexts()).singleElement().extracting(Phrase::words)
                .asInstanceOf(InstanceOfAssertFactories.list(String.class)).startsWith("i'd", "like", "to", "add");
        assertThat(wording.fillerWords()).containsExactly("the");
        assertThat(wording.stockVocabulary().isStockSentence(Words.of("dodać cię do mojej sieci"))).isTrue();
        assertThat(wording.stockVocabulary().isStockSentence(Words.of("ネットワークに追加"))).isTrue();
        assertThat(wording.outreach()).containsOnlyKeys(Reason.SALES_PITCH);
        assertThat(wording.timeWords()).containsExactly("yesterday");
        assertThat(wording.yourWords()).containsExactly("your");
        assertThat(wording.topicWords()).containsExactly("on");
    }

    static Stream<Arguments> malformedEntries() {
        return Stream.of(
                Arguments.of("[\"let's connect\"]", "[\"let's connect\", \"  \"]",
                        "test.json: boilerplate.en[1]: must be a non-blank text"),
                Arguments.of("[\"\\\\{first_name\\\\}\"]", "[\"([unclosed\"]",
                        "test.json: placeholders[0]: is not a pattern invite-audit can match: an unclosed class"),
                Arguments.of("[\"\\\\{first_name\\\\}\"]", "[\"(?:x )*y\"]",
                        "test.json: placeholders[0]: is not a pattern invite-audit can match: a group repeated without "
                                + "bound (write {0,n}) at character 0 in '(?:x )*y'"),
                Arguments.of("[\"\\\\{first_name\\\\}\"]", "[\"(?:very )?nice\"]",
                        "test.json: placeholders[0]: must start with a word, a number or a sign"),
                Arguments.of("{\"en\": [{\"text\"", "{\"english\": [{\"text\"",
                        "test.json: stockTexts.english: is not a language code"),
                Arguments.of("[\"the\"]", "[\"the end\"]",
                        "test.json: fillerWords.en[0]: must be exactly one word"),
                Arguments.of("[\"there\"]", "[\"over there\"]",
                        "test.json: addressees[0]: must be exactly one word"),
                Arguments.of("{\"shared-context\"", "{\"vibes\"",
                        "test.json: signals.vibes: is not one of"),
                Arguments.of("{\"sales-pitch\"", "{\"own-words\"",
                        "test.json: outreach.own-words: is not one of"),
                Arguments.of("\"source\": \"confirmed\"", "\"source\": \"a blog\"",
                        "test.json: stockTexts.en[0]: needs a \"source\": one of [best-known, confirmed]"),
                Arguments.of("\"text\": \"I'd like", "\"txt\": \"I'd like",
                        "test.json: stockTexts.en[0].text: must be a non-blank text"),
                Arguments.of("\"ja\": \"ネットワークに追加\"", "\"ja\": \"network\"",
                        "test.json: stockVocabulary.unspaced.ja: must be a text in a script written without spaces"),
                Arguments.of("\"network\": [\"sieci\", \"ネットワーク\"]", "\"network\": []",
                        "test.json: stockVocabulary.network: must be a non-empty list of texts"),
                Arguments.of("[\"hi\"]", "[]", "test.json: greetings: must be a non-empty list of texts"),
                Arguments.of("[\"hi\"]", "[\"!!!\"]", "test.json: greetings[0]: has no words"),
                Arguments.of("[\"hi\"],", "[\"hi\"],,", "test.json: is not valid JSON"),
                Arguments.of("\"fillerWords\": {\"en\": [\"the\"]},", "", "test.json: fillerWords: is missing"),
                Arguments.of("\"fillerWords\"", "\"filerWords\"", "test.json: filerWords: is not a known section"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("malformedEntries")
    void aMalformedEntryIsNamedWithTheFile(String original, String broken, String expectedMessage) {
        String json = VALID.replace(original, broken);
        assertThat(json).as("the test must break the file").isNotEqualTo(VALID);
        assertThatThrownBy(() -> load(json)).isInstanceOf(WordingDataException.class)
                .hasMessageStartingWith(expectedMessage);
    }
}
