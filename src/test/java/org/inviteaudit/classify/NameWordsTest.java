package org.inviteaudit.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    /** The cache gives each name its own words, however many names share its slots, from any thread. */
    @Test
    void manyNamesFromManyThreadsEachGetTheirOwnWords() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> checks = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                checks.add(pool.submit(() -> {
                    for (int i = 0; i < 20_000; i++) {
                        int n = (i * 7 + thread) % 5_000;
                        if (!NameWords.of("Sender" + n + " Lastname" + n).equals(List.of("sender" + n, "lastname" + n))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> check : checks) {
                assertThat(check.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

}
