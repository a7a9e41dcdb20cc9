package org.inviteaudit.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A JSON document as a small tree, read with jackson-core's streaming parser. The application's own data files are
 * read at every start, and Jackson's data binding took far longer to start than the files take to read (some
 * 170 ms against a few, timed by hand in a fresh JVM).
 * Asked for what it does not hold (a missing key, an index past the end), it answers as Jackson's tree does: with
 * nothing ({@code get}) or an empty node ({@code path}).
 */
public final class JsonTree implements Iterable<JsonTree> {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final JsonTree MISSING = new JsonTree(null);

    // A String, Number or Boolean; a List of trees; a Map of trees by name; or null, for JSON's null and for missing.
    private final Object value;

    private JsonTree(Object value) {
        this.value = value;
    }

    /** The document in a stream; one with no value at all is read as a missing node. */
    public static JsonTree read(InputStream in) throws IOException {
        try (JsonParser parser = FACTORY.createParser(in)) {
            JsonToken first = parser.nextToken();
            return first == null ? MISSING : read(parser, first);
        }
    }

    private static JsonTree read(JsonParser parser, JsonToken token) throws IOException {
        if (token == null) {
            throw new JsonParseException(parser, "Unexpected end of input");
        }
        switch (token) {
            case START_OBJECT -> {
                Map<String, JsonTree> fields = new LinkedHashMap<>();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_OBJECT; next = parser.nextToken()) {
                    if (next == null) {
                        throw new JsonParseException(parser, "Unexpected end of input in an object");
                    }
                    String name = parser.currentName();
                    fields.put(name, read(parser, parser.nextToken()));
                }
                return new JsonTree(fields);
            }
            case START_ARRAY -> {
                List<JsonTree> elements = new ArrayList<>();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                    elements.add(read(parser, next));
                }
                return new JsonTree(elements);
            }
            case VALUE_STRING -> {
                return new JsonTree(parser.getText());
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new JsonTree(parser.getNumberValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new JsonTree(token == JsonToken.VALUE_TRUE);
            }
            default -> {
                return new JsonTree(null);
            }
        }
    }

    public boolean isObject() {
        return value instanceof Map;
    }

    public boolean isArray() {
        return value instanceof List;
    }

    public boolean isTextual() {
        return value instanceof String;
    }

    /** A text as it is, a number or a truth value written out; anything else, "". */
    public String asText() {
        return value instanceof String || value instanceof Number || value instanceof Boolean ? value.toString() : "";
    }

    /** How many elements or fields it holds; 0 for anything else. */
    public int size() {
        if (value instanceof List<?> list) {
            return list.size();
        }
        return value instanceof Map<?, ?> map ? map.size() : 0;
    }

    public boolean isEmpty() {
        return size() == 0;
    }

    /** The element at an index of an array, or null. */
    public JsonTree get(int index) {
        List<JsonTree> elements = elements();
        return index >= 0 && index < elements.size() ? elements.get(index) : null;
    }

    /** The field of an object, or null. */
    public JsonTree get(String name) {
        return fields().get(name);
    }

    /** The field of an object, or an empty node. */
    public JsonTree path(String name) {
        return fields().getOrDefault(name, MISSING);
    }

    /** An object's fields in the document's order; none for anything else. */
    public Set<Map.Entry<String, JsonTree>> properties() {
        return fields().entrySet();
    }

    public Set<String> fieldNames() {
        return fields().keySet();
    }

    /** An array's elements; none for anything else. */
    @Override
    public Iterator<JsonTree> iterator() {
        return elements().iterator();
    }

    @SuppressWarnings("unchecked")
    private List<JsonTree> elements() {
        return value instanceof List ? (List<JsonTree>) value : List.of();
    }

    @SuppressWarnings("unchecked")
    private Map<String, JsonTree> fields() {
        return value instanceof Map ? (Map<String, JsonTree>) value : Collections.emptyMap();
    }
}
