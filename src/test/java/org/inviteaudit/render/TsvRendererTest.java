package org.inviteaudit.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TsvRendererTest {

    @Test
    void escapesWhatWouldBreakALineOrAFieldAndNothingElse() {
        assertThat(TsvRenderer.escaped("plain, \"quoted\"; text")).isEqualTo("plain, \"quoted\"; text");
        assertThat(TsvRenderer.escaped("a\tb\nc\r\nd\\e")).isEqualTo("a\\tb\\nc\\r\\nd\\\\e");
        assertThat(TsvRenderer.escaped("=SUM(A1)")).as("no formula guard in TSV").isEqualTo("=SUM(A1)");
    }
}
