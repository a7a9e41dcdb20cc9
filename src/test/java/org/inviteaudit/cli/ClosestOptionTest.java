package org.inviteaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClosestOptionTest {

    private static final List<String> OPTIONS = List.of("--format", "--all", "--limit", "--line-buffered",
            "--color", "--redact", "-o", "--output", "-h", "--help");

    @Test
    void suggestsTheOptionAFewEditsAwaySwappedLettersCountingOnce() {
        assertThat(ClosestOption.to("--fromat", OPTIONS)).containsExactly("--format");
        assertThat(ClosestOption.to("--fromat=json", OPTIONS)).containsExactly("--format");
        assertThat(ClosestOption.to("--colour", OPTIONS)).containsExactly("--color");
        assertThat(ClosestOption.to("--al", OPTIONS)).containsExactly("--all");
        assertThat(ClosestOption.to("--limt", OPTIONS)).containsExactly("--limit");
    }

    @Test
    void suggestsNothingForAWordFarFromEveryOptionOrTooShortToTell() {
        assertThat(ClosestOption.to("--xyz", OPTIONS)).isEmpty();
        assertThat(ClosestOption.to("--bogus", OPTIONS)).isEmpty();
        assertThat(ClosestOption.to("-x", OPTIONS)).isEmpty();
    }

    @Test
    void countsEditsAsOptimalStringAlignmentDoes() {
        assertThat(ClosestOption.distance("format", "fromat")).isEqualTo(1);
        assertThat(ClosestOption.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(ClosestOption.distance("", "abc")).isEqualTo(3);
    }
}
