package org.inviteaudit.classify;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Loads and checks a wording resource. Every entry is validated at start-up, and a bad one is reported by its path
 * in the file ({@code boilerplate.en[3]}), so a broken data file fails loudly instead of classifying wrongly.
 */
final class WordingLoader {

    static final String BUILT_IN = "wording.json";

    // Keys starting with "_" are comments.
    private static final List<String> SECTIONS =
            List.of("stockTexts", "boilerplate", "placeholders", "greetings", "addressees", "closings", "fillerWords",
                    "signals");

    private final String name;

    private WordingLoader(String name) {
        this.name = name;
    }

    /** The wording shipped with invite-audit. */
    static Wording builtIn() {
        try (InputStream in = WordingLoader.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new WordingDataException(BUILT_IN + ": missing from the application");
            }
            return load(BUILT_IN, in);
        } catch (IOException e) {
            throw new WordingDataException(BUILT_IN + ": cannot be read: " + e.getMessage(), e);
        }
    }

    static Wording load(String name, InputStream json) {
        return new WordingLoader(name).parse(json);
    }

    private Wording parse(InputStream json) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (JacksonException e) {
            throw fail("", "is not valid JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new WordingDataException(name + ": cannot be read: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw fail("", "must be a JSON object");
        }
        for (String key : (Iterable<String>) root::fieldNames) {
            if (!SECTIONS.contains(key) && !key.startsWith("_")) {
                throw fail(key, "is not a known section; expected one of " + SECTIONS);
            }
        }
        return new Wording(
                phrasesByLanguage(root, "stockTexts"),
                phrasesByLanguage(root, "boilerplate"),
                patterns(field(root, "placeholders"), "placeholders"),
                phrases(field(root, "greetings"), "greetings", ""),
                singleWords(field(root, "addressees"), "addressees"),
                singleWords(field(root, "closings"), "closings"),
                singleWordsByLanguage(root, "fillerWords"),
                signals(field(root, "signals")));
    }

    private List<Phrase> phrasesByLanguage(JsonNode root, String key) {
        List<Phrase> phrases = new ArrayList<>();
        byLanguage(root, key).forEach((language, list) ->
                phrases.addAll(phrases(list, key + "." + language, language)));
        return phrases;
    }

    private Set<String> singleWordsByLanguage(JsonNode root, String key) {
        Set<String> words = new HashSet<>();
        byLanguage(root, key).forEach((language, list) -> words.addAll(singleWords(list, key + "." + language)));
        return words;
    }

    /** A section that maps language codes to lists, checked and in file order. */
    private Map<String, JsonNode> byLanguage(JsonNode root, String key) {
        JsonNode section = field(root, key);
        if (!section.isObject() || section.isEmpty()) {
            throw fail(key, "must map language codes to lists of texts");
        }
        Map<String, JsonNode> lists = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : section.properties()) {
            if (!entry.getKey().matches("[a-z]{2,3}")) {
                throw fail(key + "." + entry.getKey(), "is not a language code such as 'en' or 'fr'");
            }
            lists.put(entry.getKey(), entry.getValue());
        }
        return lists;
    }

    private List<Phrase> phrases(JsonNode list, String path, String language) {
        List<Phrase> phrases = new ArrayList<>();
        for (Entry entry : strings(list, path)) {
            List<String> words = Words.folded(entry.text());
            if (words.isEmpty()) {
                throw fail(entry.path(), "has no words: '" + entry.text() + "'");
            }
            phrases.add(new Phrase(language, entry.text(), words));
        }
        return phrases;
    }

    private List<Pattern> patterns(JsonNode list, String path) {
        List<Pattern> patterns = new ArrayList<>();
        for (Entry entry : strings(list, path)) {
            try {
                patterns.add(Pattern.compile(entry.text(), Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS));
            } catch (PatternSyntaxException e) {
                throw fail(entry.path(), "is not a valid pattern: " + e.getDescription() + " in '" + entry.text() + "'");
            }
        }
        return patterns;
    }

    private Set<String> singleWords(JsonNode list, String path) {
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

    private Map<Reason, List<Pattern>> signals(JsonNode bySignal) {
        if (!bySignal.isObject()) {
            throw fail("signals", "must map reason ids to lists of patterns");
        }
        Map<Reason, List<Pattern>> signals = new EnumMap<>(Reason.class);
        for (Map.Entry<String, JsonNode> entry : bySignal.properties()) {
            Reason reason = Reason.fromId(entry.getKey())
                    .filter(Classifier.PATTERN_SIGNALS::contains)
                    .orElseThrow(() -> fail("signals." + entry.getKey(), "is not a signal; expected one of "
                            + Classifier.PATTERN_SIGNALS.stream().map(Reason::id).toList()));
            signals.put(reason, patterns(entry.getValue(), "signals." + entry.getKey()));
        }
        return signals;
    }

    /** The non-blank strings of a JSON list, each with its path for messages. */
    private List<Entry> strings(JsonNode list, String path) {
        if (!list.isArray() || list.isEmpty()) {
            throw fail(path, "must be a non-empty list of texts");
        }
        List<Entry> strings = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String entryPath = path + "[" + i + "]";
            JsonNode item = list.get(i);
            if (!item.isTextual() || item.asText().isBlank()) {
                throw fail(entryPath, "must be a non-blank text");
            }
            strings.add(new Entry(entryPath, item.asText()));
        }
        return strings;
    }

    private JsonNode field(JsonNode root, String key) {
        JsonNode node = root.get(key);
        if (node == null) {
            throw fail(key, "is missing");
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
