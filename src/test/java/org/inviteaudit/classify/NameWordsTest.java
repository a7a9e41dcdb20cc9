package org.inviteaudit.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameWordsTest {

    @Test
    void splitsADisplayNameAndDropsTitlesAndEmoji() {
        assertThat(NameWords.of("Dr. Dana Whitfield, PhD")).containsExactly("dana", "whitfield");
        assertThat(NameWords.of("Leilani Kealoha \uD83C\uDF3A")).containsExactly("leilani", "kealoha");
        assertThat(NameWords.of("Fintan O'Rourke")).containsExactly("fintan", "o'rourke");
    }

    @Test
    void takesTheNameFromAnEmailAddress() {
        assertThat(NameWords.of("noor.haddad@example.com")).containsExactly("noor", "haddad");
        assertThat(NameWords.of("j_doe+li@example.com")).containsExactly("j", "doe", "li");
        assertThat(NameWords.ofAddress("ana..maria_-lopez@example.com")).isEqualTo("ana maria lopez");
        assertThat(NameWords.ofAddress("Ana Lopez")).isEqualTo("Ana Lopez");
        assertThat(NameWords.ofAddress("@handle")).isEqualTo("@handle");
    }

    @Test
    void anEmptyNameHasNoWords() {
        assertThat(NameWords.of("")).isEmpty();
        assertThat(NameWords.of("\uD83D\uDE80")).isEmpty();
    }
}
