package org.inviteaudit.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The shipped note model against the record of what it was fitted on ({@code note-model.json}, written with it by
 * {@code bench/fit-model}): the model file is the one recorded, and where the shared real notes are at hand, they are
 * the files recorded and fitting on them again gives the shipped model byte for byte.
 */
class NoteModelRecordTest {

    private static JsonNode record() throws IOException {
        try (InputStream in = NoteModel.class.getResourceAsStream("note-model.json")) {
            assertThat(in).as("note-model.json beside note-model.bin").isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }

    private static byte[] shippedModel() throws IOException {
        try (InputStream in = NoteModel.class.getResourceAsStream("note-model.bin")) {
            assertThat(in).as("note-model.bin").isNotNull();
            return in.readAllBytes();
        }
    }

    @Test
    void theShippedModelIsTheOneItsRecordNames() throws IOException {
        JsonNode record = record();
        byte[] model = shippedModel();
        assertThat(NoteModelTrainer.sha256(model)).isEqualTo(record.get("model").get("sha256").asText());
        assertThat(model).hasSize(record.get("model").get("bytes").asInt());
        assertThat(NoteModel.builtIn().threshold()).isEqualTo(record.get("threshold").asDouble());
        assertThat(record.get("fittedOn")).isNotEmpty();
    }

    @Test
    void fittingOnTheRecordedRealNotesGivesTheShippedModelByteForByte() throws IOException {
        Optional<Path> folder = RealNotes.folder();
        assumeTrue(folder.isPresent(), "not checked: no real notes at "
                + RealNotes.DEFAULT_FOLDER.toAbsolutePath().normalize() + " (nor where INVITE_AUDIT_REAL_NOTES says)");
        List<Path> files = new ArrayList<>();
        for (JsonNode set : record().get("fittedOn")) {
            Path file = folder.get().resolve(set.get("file").asText());
            assertThat(file).as("a set the model was fitted on").exists();
            assertThat(NoteModelTrainer.sha256(Files.readAllBytes(file))).as(file + " changed since the model was "
                    + "fitted on it: fit it again with bench/fit-model").isEqualTo(set.get("sha256").asText());
            files.add(file);
        }
        byte[] refitted = NoteModelTrainer.fitModel(RealNotes.readAll(files)).model();
        assertThat(refitted).isEqualTo(shippedModel());
    }
}
