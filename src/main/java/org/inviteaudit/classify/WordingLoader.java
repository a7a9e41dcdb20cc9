package org.inviteaudit.classify;

import com.fasterxml.jackson.core.JacksonException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inviteaudit.io.JsonTree;

/**
 * Loads and checks a wording resource. Every entry is validated at start-up, and a bad one is reported by its path
 * in the file ({@code boilerplate.en[3]}), so a broken data file fails loudly instead of classifying wrongly.
 */
final class WordingLoader {

    static final String BUILT_IN = "wording.json";

    // Keys starting with "_" are comments.
    private static final List<String> SECTIONS =
            List.of("stockTexts", "stockVocabulary", "boilerplate", "outreach", "placeholders", "greetings",
                    "addressees", "closings", "fillerWords", "signals", "timeWords", "yourWords",
                    "topicWords");
    // Every stock text says where it comes from: many translations are the most likely wording, not a quoted one.
    private static final Set<String> STOCK_SOURCES = Set.of("confirmed", "best-known");

    private final String name;

    private WordingLoader(String name) {
        this.name = name;
    }

    /** The wording shipped with invite-audit, from the image of it that the build made ({@link WordingImage}). */
    static Wording builtIn() {
        try (InputStream in = WordingLoader.class.getResourceAsStream(WordingImage.NAME)) {
            if (in == null) {
                throw new WordingDataException(WordingImage.NAME + ": missing from the application");
            }
            return WordingImage.read(in);
        } catch (IOException e) {
            throw new WordingDataException(WordingImage.NAME + ": cannot be read: " + e.getMessage(), e);
        }
    }

    static Wording load(String name, InputStream json) {
        return new WordingLoader(name).parse(json);
    }

    private Wording parse(InputStream json) {
        JsonTree root;
        try {
            root = JsonTree.read(json);
        } catch (JacksonException e) {
            throw fail("", "is not valid JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new WordingDataException(name + ": cannot be read: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw fail("", "must be a JSON object");
        }
        for (String key : root.fieldNames()) {
            if (!SECTIONS.contains(key) && !key.startsWith("_")) {
                throw fail(key, "is not a known section; expected one of " + SECTIONS);
            }
        }
        return new Wording(
                stockTexts(root),
                stockVocabulary(field(root, "stockVocabulary")),
                phrasesByLanguage(root, "boilerplate"),
                patternsByReason(field(root, "outreach"), "outreach", Classifier.OUTREACH_REASONS),
                patterns(field(root, "placeholders"), "placeholders"),
                phrases(field(root, "greetings"), "greetings", ""),
                singleWords(field(root, "addressees"), "addressees"),
                singleWords(field(root, "closings"), "closings"),
                singleWordsByLanguage(root, "fillerWords"),
                patternsByReason(field(root, "signals"), "signals", Classifier.PATTERN_SIGNALS),
                singleWordsByLanguage(root, "timeWords"),
                singleWordsByLanguage(root, "yourWords"),
                singleWordsByLanguage(root, "topicWords"));
    }

    /** Stock texts per language, each an object with its text and its source. */
    private List<Phrase> stockTexts(JsonTree root) {
        List<Phrase> phrases = new ArrayList<>();
        byLanguage(root, "stockTexts").forEach((language, list) -> {
            String path = "stockTexts." + language;
            if (!list.isArray() || list.isEmpty()) {
                throw fail(path, "must be a non-empty list of {\"text\", \"source\"} objects");
            }
            for (int i = 0; i < list.size(); i++) {
                String entryPath = path + "[" + i + "]";
                JsonTree entry = list.get(i);
                JsonTree source = entry.get("source");
                if (source == null || !STOCK_SOURCES.contains(source.asText())) {
                    throw fail(entryPath, "needs a \"source\": one of " + STOCK_SOURCES.stream().sorted().toList());
                }
                JsonTree text = entry.get("text");
                if (text == null || !text.isTextual() || text.asText().isBlank()) {
                    throw fail(entryPath + ".text", "must be a non-blank text");
                }
                phrases.add(phrase(new Entry(entryPath + ".text", text.asText()), language));
            }
        });
        return phrases;
    }

    private StockVocabulary stockVocabulary(JsonTree section) {
        String path = "stockVocabulary";
        Set<String> words = new HashSet<>();
        byLanguage(section, "words", path + ".words").forEach((language, list) ->
                words.addAll(singleWords(list, path + ".words." + language)));
        Set<Integer> unspaced = new HashSet<>();
        byLanguage(section, "unspaced", path + ".unspaced").forEach((language, text) -> {
            if (!text.isTextual() || text.asText().codePoints().noneMatch(StockVocabulary::isUnspacedChar)) {
                throw fail(path + ".unspaced." + language, "must be a text in a script written without spaces");
            }
            TextNormalizer.fold(TextNormalizer.normalize(text.asText())).codePoints()
                    .filter(c -> !Character.isWhitespace(c)).forEach(unspaced::add);
        });
        List<String> network = new ArrayList<>();
        for (Entry entry : strings(field(section, "network"), path + ".network")) {
            network.add(TextNormalizer.fold(TextNormalizer.normalize(entry.text())));
        }
        return new StockVocabulary(words, unspaced, network);
    }

    private List<Phrase> phrasesByLanguage(JsonTree root, String key) {
        List<Phrase> phrases = new ArrayList<>();
        byLanguage(root, key).forEach((language, list) ->
                phrases.addAll(phrases(list, key + "." + language, language)));
        return phrases;
    }

    private Set<String> singleWordsByLanguage(JsonTree root, String key) {
        Set<String> words = new HashSet<>();
        byLanguage(root, key).forEach((language, list) -> words.addAll(singleWords(list, key + "." + language)));
        return words;
    }

    /** A section that maps language codes to lists, checked and in file order. */
    private Map<String, JsonTree> byLanguage(JsonTree root, String key) {
        return byLanguage(root, key, key);
    }

    private Map<String, JsonTree> byLanguage(JsonTree parent, String key, String path) {
        JsonTree section = field(parent, key, path);
        if (!section.isObject() || section.isEmpty()) {
            throw fail(path, "must map language codes to lists of texts");
        }
        Map<String, JsonTree> lists = new LinkedHashMap<>();
        for (Map.Entry<String, JsonTree> entry : section.properties()) {
            if (!entry.getKey().matches("[a-z]{2,3}")) {
                throw fail(path + "." + entry.getKey(), "is not a language code such as 'en' or 'fr'");
            }
            lists.put(entry.getKey(), entry.getValue());
        }
        return lists;
    }

    private List<Phrase> phrases(JsonTree list, String path, String language) {
        List<Phrase> phrases = new ArrayList<>();
        for (Entry entry : strings(list, path)) {
            phrases.add(phrase(entry, language));
        }
        return phrases;
    }

    private Phrase phrase(Entry entry, String language) {
        List<String> words = Words.folded(entry.text());
        if (words.isEmpty()) {
            throw fail(entry.path(), "has no words: '" + entry.text() + "'");
        }
        return new Phrase(language, entry.text(), words);
    }

    private List<WordingPattern> patterns(JsonTree list, String path) {
        List<WordingPattern> patterns = new ArrayList<>();
        for (Entry entry : strings(list, path)) {
            try {
                WordingPattern pattern = WordingPattern.compile(entry.text());
                if (pattern.firstWordKeys().isEmpty()) {
                    throw fail(entry.path(), "must start with a word, a number or a sign, after \\b if at all, so "
                            + "that it is tried where that stands ('\\b(?:we|i) help', not '(?:we )?help'): '"
                            + entry.text() + "'");
                }
                patterns.add(pattern);
            } catch (PatternParser.InvalidPatternException e) {
                throw fail(entry.path(), "is not a pattern invite-audit can match: " + e.getMessage() + " in '"
                        + entry.text() + "'");
            }
        }
        return patterns;
    }

    private Set<String> singleWords(JsonTree list, String path) {
        Set<String> words = new HashSet<>();
        for (Entry entry : strings(list, path)) {
            List<String> folded = Words.folded(entry.text());
            if (folded.size() != 1) {
                throw fail(entry.path(), "must be exactly one word: '" + entry.text() + "'");
            }
            words.add(folded.get(0));
        }
        return words;
    }

    /** A section that maps reason ids, of the reasons given, to lists of patterns. */
    private Map<Reason, List<WordingPattern>> patternsByReason(JsonTree byReason, String key, Set<Reason> allowed) {
        if (!byReason.isObject()) {
            throw fail(key, "must map reason ids to lists of patterns");
        }
        Map<Reason, List<WordingPattern>> patterns = new EnumMap<>(Reason.class);
        for (Map.Entry<String, JsonTree> entry : byReason.properties()) {
            if (entry.getKey().startsWith("_")) {
                continue;
            }
            Reason reason = Reason.fromId(entry.getKey())
                    .filter(allowed::contains)
                    .orElseThrow(() -> fail(key + "." + entry.getKey(), "is not one of "
                            + allowed.stream().map(Reason::id).toList()));
            patterns.put(reason, patterns(entry.getValue(), key + "." + entry.getKey()));
        }
        return patterns;
    }

    /** The non-blank strings of a JSON list, each with its path for messages. */
    private List<Entry> strings(JsonTree list, String path) {
        if (!list.isArray() || list.isEmpty()) {
            throw fail(path, "must be a non-empty list of texts");
        }
        List<Entry> strings = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String entryPath = path + "[" + i + "]";
            JsonTree item = list.get(i);
            if (!item.isTextual() || item.asText().isBlank()) {
                throw fail(entryPath, "must be a non-blank text");
            }
            strings.add(new Entry(entryPath, item.asText()));
        }
        return strings;
    }

    private JsonTree field(JsonTree root, String key) {
        return field(root, key, key);
    }

    private JsonTree field(JsonTree parent, String key, String path) {
        JsonTree node = parent.get(key);
        if (node == null) {
            throw fail(path, "is missing");
        }
        return node;
    }

    /** One text of the data, with where it stands in the file. */
    private record Entry(String path, String text) {
    }

    private WordingDataException fail(String path, String problem) {
        return new WordingDataException(name + (path.isEmpty() ? "" : ": " + path) + ": " + problem);
    }
}
