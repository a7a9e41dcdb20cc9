package org.inviteaudit.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class NoteModelTest {

    private static NoteModel model() {
        float[] weights = new float[NoteFeatures.CUES + (1 << NoteFeatures.HASH_BITS)];
        weights[NoteFeatures.Cue.SHARED_CONTEXT.ordinal()] = 2.5f;
        weights[NoteFeatures.CUES + 7] = -1.25f;
        weights[weights.length - 1] = 0.5f;
        return new NoteModel(-1f, weights, 0.4);
    }

    private static byte[] bytes(NoteModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        return out.toByteArray();
    }

    @Test
    void whatIsWrittenIsReadBackAndWeighsAlike() throws IOException {
        NoteModel model = model();
        NoteModel read = NoteModel.read(bytes(model));
        NoteFeatures.Vector vector = new NoteFeatures.Vector(
                new int[] {NoteFeatures.Cue.SHARED_CONTEXT.ordinal(), NoteFeatures.CUES + 7, NoteFeatures.CUES + 8,
                    NoteFeatures.CUES + (1 << NoteFeatures.HASH_BITS) - 1},
                new float[] {1f, 2f, 3f, 4f});
        assertThat(read.logit(vector)).isEqualTo(model.logit(vector)).isEqualTo(-1 + 2.5 - 2.5 + 0 + 2.0);
        assertThat(read.threshold()).isEqualTo(0.4);
        assertThat(bytes(read)).isEqualTo(bytes(model));
    }

    @Test
    void aModelFittedForOtherFeaturesIsRefusedWithWhatToDo() throws IOException {
        byte[] bytes = bytes(model());
        byte[] signature = NoteFeatures.SIGNATURE.getBytes(StandardCharsets.UTF_8);
        int at = indexOf(bytes, signature);
        bytes[at] ^= 1;
        assertThatThrownBy(() -> NoteModel.read(bytes)).hasMessageContaining("bench/fit-model");
    }

    @Test
    void aModelCutShortOrWithBytesPastItsEndIsRefused() throws IOException {
        byte[] bytes = bytes(model());
        assertThatThrownBy(() -> NoteModel.read(Arrays.copyOf(bytes, bytes.length - 3)))
                .isInstanceOf(IOException.class).hasMessageContaining("cut short");
        assertThatThrownBy(() -> NoteModel.read(Arrays.copyOf(bytes, bytes.length + 2)))
                .isInstanceOf(IOException.class).hasMessageContaining("past the model's end");
        assertThatThrownBy(() -> NoteModel.read(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}))
                .isInstanceOf(IOException.class).hasMessageContaining("not a note model");
    }

    @Test
    void aCountPastWhatIsLeftIsRefusedBeforeAnythingThatLargeIsMade() throws IOException {
        byte[] bytes = bytes(model());
        int signatureLength = 8; // after the magic number and the version
        ByteBuffer.wrap(bytes).putInt(signatureLength, Integer.MAX_VALUE);
        assertThatThrownBy(() -> NoteModel.read(bytes)).isInstanceOf(IOException.class)
                .hasMessageContaining("cut short");
    }

    @Test
    void aThresholdOutsideZeroToOneIsRefusedAsSuch() throws IOException {
        byte[] bytes = bytes(model());
        int threshold = 12 + NoteFeatures.SIGNATURE.getBytes(StandardCharsets.UTF_8).length + Float.BYTES;
        ByteBuffer.wrap(bytes).putDouble(threshold, Double.NaN);
        assertThatThrownBy(() -> NoteModel.read(bytes)).isInstanceOf(IOException.class)
                .hasMessageContaining("threshold");
    }

    @Test
    void theShippedModelIsReadAndDecidesAtItsThreshold() {
        NoteModel shipped = NoteModel.builtIn();
        assertThat(shipped.threshold()).isStrictlyBetween(0.0, 1.0);
        assertThat(NoteModel.probability(0)).isEqualTo(0.5);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }
}
