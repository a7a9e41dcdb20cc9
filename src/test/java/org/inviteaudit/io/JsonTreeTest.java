package org.inviteaudit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JacksonException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class JsonTreeTest {

    private static JsonTree read(String json) throws IOException {
        return JsonTree.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsObjectsArraysAndScalarsInTheDocumentsOrder() throws IOException {
        JsonTree tree = read("{\"b\": [\"x\", 2, 1.5, true, null, {}], \"a\": {\"c\": \"é\"}, \"_note\": \"\"}");

        assertThat(tree.isObject()).isTrue();
        assertThat(tree.fieldNames()).containsExactly("b", "a", "_note");
        assertThat(tree.properties()).extracting(Map.Entry::getKey).containsExactly("b", "a", "_note");
        JsonTree list = tree.get("b");
        assertThat(list.isArray()).isTrue();
        assertThat(list.size()).isEqualTo(6);
        List<String> texts = new ArrayList<>();
        list.forEach(element -> texts.add(element.asText()));
        assertThat(texts).containsExactly("x", "2", "1.5", "true", "", "");
        assertThat(list.get(0).isTextual()).isTrue();
        assertThat(list.get(1).isTextual()).isFalse();
        assertThat(list.get(5).isObject()).isTrue();
        assertThat(list.get(5).isEmpty()).isTrue();
        assertThat(tree.path("a").path("c").asText()).isEqualTo("é");
    }

    @Test
    void whatItDoesNotHoldIsNothingOrAnEmptyNode() throws IOException {
        JsonTree tree = read("{\"list\": [1]}");

        assertThat(tree.get("absent")).isNull();
        assertThat(tree.get("list").get(1)).isNull();
        assertThat(tree.get("list").get(-1)).isNull();
        JsonTree missing = tree.path("absent").path("deeper");
        assertThat(missing.isObject() || missing.isArray() || missing.isTextual()).isFalse();
        assertThat(missing.size()).isZero();
        assertThat(missing.iterator().hasNext()).isFalse();
        assertThat(tree.get("list").fieldNames()).isEmpty();
        assertThat(read("").isObject()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\": ", "[1, 2", "{\"a\" 1}", "{\"a\": tru}", "[1,,]"})
    void brokenJsonIsAJacksonErrorNotAHangOrAPartialTree(String json) {
        assertThatThrownBy(() -> read(json)).isInstanceOf(JacksonException.class);
    }
}
