package org.inviteaudit.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserPhrasesTest {

    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        Path file = dir.resolve("phrases.txt");
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        return file;
    }

    @Test
    void linesAreBoilerplateUnlessMarkedStockAndCommentsAndBlankLinesAreSkipped() throws IOException {
        UserPhrases phrases = UserPhrases.load(write("\uFEFF# mine\r\n\r\nLet's sync up!\r\n  STOCK: Cześć, "
                + "chciałbym dodać Cię do mojej sieci\r\n"));
        assertThat(phrases.boilerplate()).extracting(Phrase::text).containsExactly("Let's sync up!");
        assertThat(phrases.stockTexts()).extracting(Phrase::text)
                .containsExactly("Cześć, chciałbym dodać Cię do mojej sieci");
    }

    @Test
    void theClassifierUsesThem() throws IOException {
        Classifier classifier = new Classifier().withUserPhrases(UserPhrases.load(write(
                "let's sync up about synergies\nstock: chciałbym dodać Cię do mojej sieci zawodowej\n")));
        assertThat(classifier.classify("Let's sync up about synergies!", "Ada Byron", "Jordan Pike").reasons())
                .containsExactly(Reason.BOILERPLATE);
        assertThat(classifier.classify("Chciałbym dodać Cię do mojej sieci zawodowej.", "Ada Byron",
                "Jordan Pike").verdict()).isEqualTo(Verdict.DEFAULT);
    }

    @Test
    void aLineWithoutWordsIsNamedByItsNumber() throws IOException {
        Path file = write("# ok\nfine\n:-)\n");
        assertThatThrownBy(() -> UserPhrases.load(file)).isInstanceOf(WordingDataException.class)
                .hasMessageStartingWith(file + ": line 3: has no words: ':-)'");
    }

    @Test
    void aHugeFileIsRefused() throws IOException {
        Path file = write("let's connect\n".repeat(80_000));
        assertThatThrownBy(() -> UserPhrases.load(file)).isInstanceOf(WordingDataException.class)
                .hasMessageContaining("larger than 1 MiB");
    }
}
