package org.inviteaudit.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShortenedTest {

    @Test
    void keepsShortTextAndCutsLongTextToTheLimitWithAnEllipsis() {
        assertThat(Shortened.to("abc", 3)).isEqualTo("abc");
        assertThat(Shortened.to("abcdef", 4)).isEqualTo("abc…").hasSize(4);
    }

    @Test
    void neverCutsASurrogatePairInTwo() {
        assertThat(Shortened.to("ab😀cd", 4)).isEqualTo("ab…");
        assertThat(Shortened.to("abc😀de", 6)).isEqualTo("abc😀…");
    }
}
