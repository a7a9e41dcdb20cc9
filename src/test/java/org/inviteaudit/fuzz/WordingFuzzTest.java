package org.inviteaudit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.inviteaudit.classify.Classification;
import org.inviteaudit.classify.Classifier;

/** The classifier, {@code check} and {@code --phrases} on whatever text the fuzzer makes, names included. */
class WordingFuzzTest {

    private static final Classifier CLASSIFIER = new Classifier();

    @FuzzTest(maxDuration = "30s")
    void theClassifierJudgesAnyText(FuzzedDataProvider data) {
        String sender = data.consumeString(60);
        String recipient = data.consumeString(60);
        String message = data.consumeRemainingAsString();
        Classification classification = CLASSIFIER.classify(message, sender, recipient);
        assertThat(classification.verdict()).isNotNull();
        assertThat(classification.reasons()).isNotEmpty().doesNotContainNull();
        assertThat(classification.score()).isBetween(0, 100);
    }

    /** check: 0 personalized, 1 not (or too long), 2 an empty draft or a bad value; its JSON always parses. */
    @FuzzTest(maxDuration = "30s")
    void checkAdvisesOnAnyDraft(FuzzedDataProvider data) {
        String format = data.pickValue(List.of("text", "json"));
        String to = data.consumeString(60);
        String draft = data.consumeRemainingAsString();
        Outputs.Run run = Outputs.run(new byte[0], Set.of(0, 1, 2), "check", "--format", format, "--to", to,
                "--", draft);
        if (run.exitCode() == 2) {
            assertThat(run.out()).isEmpty();
        } else if (format.equals("json")) {
            JsonNode advice = Outputs.json(run.out());
            assertThat(advice.get("verdict").asText()).isIn("default", "generic", "personalized");
        } else {
            Outputs.wellFormed("text", run.out());
        }
    }

    /** A phrases file of any bytes is used or refused with a message (2, or 3 when it cannot be read). */
    @FuzzTest(maxDuration = "30s")
    void anyPhrasesFileIsUsedOrRefused(FuzzedDataProvider data) throws IOException {
        String draft = data.consumeString(200);
        Path phrases = Files.createTempFile("invite-audit-fuzz-", ".txt");
        try {
            Files.write(phrases, data.consumeRemainingAsBytes());
            Outputs.Run run = Outputs.run(new byte[0], Set.of(0, 1, 2, 3), "check", "--phrases",
                    phrases.toString(), "--", draft.isBlank() ? "Hello" : draft);
            Outputs.wellFormed("text", run.out());
        } finally {
            try {
                Files.deleteIfExists(phrases);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
