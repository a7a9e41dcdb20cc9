package org.inviteaudit.classify;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * A logistic model of whether a note is personal, fitted on real notes labelled by people ({@code NoteModelTrainer}
 * in {@code src/build/java} fits it; {@code note-model.json} beside the shipped {@code note-model.bin} records what it
 * was fitted on). A note is personalized when its probability reaches the threshold, which was chosen on
 * cross-validation for the precision of personalized first.
 */
public final class NoteModel {

    private static final String RESOURCE = "note-model.bin";
    private static final int MAGIC = 0x49414e4d; // "IANM"
    private static final int VERSION = 3;

    /** Weighs nothing: every note is as likely personal as not. */
    static final NoteModel UNFITTED = new NoteModel(0f, new float[NoteFeatures.CUES], 0.5);

    private final float bias;
    private final float[] cueWeights;
    private final double threshold;
    // The n-grams' weights by bucket, by open addressing: keys are bucket + 1, so that 0 marks a free slot.
    private final int[] gramSlots;
    private final float[] gramWeights;
    private final int mask;

    /**
     * @param weights   one weight per feature: {@link NoteFeatures#CUES} cues, then 2^{@link NoteFeatures#HASH_BITS}
     *                  n-gram buckets, most of them 0
     * @param threshold the probability from which a note is personalized
     */
    NoteModel(float bias, float[] weights, double threshold) {
        this(bias, Arrays.copyOf(weights, NoteFeatures.CUES), nonZeroBuckets(weights), nonZeroWeights(weights),
                threshold);
    }

    private NoteModel(float bias, float[] cueWeights, int[] buckets, float[] weights, double threshold) {
        if (cueWeights.length != NoteFeatures.CUES || !(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("a note model of " + cueWeights.length + " cues, threshold "
                    + threshold);
        }
        this.bias = bias;
        this.cueWeights = cueWeights;
        this.threshold = threshold;
        int capacity = Integer.highestOneBit(Math.max(2, buckets.length) * 2 - 1) << 1;
        this.gramSlots = new int[capacity];
        this.gramWeights = new float[capacity];
        this.mask = capacity - 1;
        for (int i = 0; i < buckets.length; i++) {
            int slot = slot(buckets[i]);
            while (gramSlots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            gramSlots[slot] = buckets[i] + 1;
            gramWeights[slot] = weights[i];
        }
    }

    /** The model shipped with invite-audit. */
    public static NoteModel builtIn() {
        try (InputStream in = NoteModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return read(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** Reads what {@link #write} wrote, in one buffer: it is read at every start. */
    static NoteModel read(byte[] bytes) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            if (in.getInt() != MAGIC || in.getInt() != VERSION) {
                throw new IOException("not a note model of version " + VERSION);
            }
            byte[] signature = new byte[count(in, 1)];
            in.get(signature);
            if (!new String(signature, StandardCharsets.UTF_8).equals(NoteFeatures.SIGNATURE)) {
                throw new IOException("fitted for other features than these: fit it again with bench/fit-model");
            }
            float bias = in.getFloat();
            double threshold = in.getDouble();
            if (!(threshold > 0 && threshold < 1)) {
                throw new IOException("a threshold of " + threshold + ", not between 0 and 1");
            }
            float[] cues = new float[NoteFeatures.CUES];
            for (int i = 0; i < cues.length; i++) {
                cues[i] = in.getFloat();
            }
            // The buckets, then their weights, each read in bulk.
            int[] buckets = new int[count(in, Integer.BYTES + Float.BYTES)];
            float[] weights = new float[buckets.length];
            in.asIntBuffer().get(buckets);
            in.position(in.position() + Integer.BYTES * buckets.length);
            in.asFloatBuffer().get(weights);
            in.position(in.position() + Float.BYTES * weights.length);
            for (int bucket : buckets) {
                if (bucket >>> NoteFeatures.HASH_BITS != 0) {
                    throw new IOException("a weight for bucket " + bucket + ", past the last");
                }
            }
            if (in.hasRemaining()) {
                throw new IOException(in.remaining() + " bytes past the model's end");
            }
            return new NoteModel(bias, cues, buckets, weights, threshold);
        } catch (BufferUnderflowException e) {
            throw new IOException("cut short", e);
        }
    }

    /** A count of items of so many bytes each, checked against what is left before anything is made that large. */
    private static int count(ByteBuffer in, int bytesEach) throws IOException {
        int count = in.getInt();
        if (count < 0 || count > in.remaining() / bytesEach) {
            throw new IOException("cut short: " + count + " items of " + bytesEach + " bytes announced, "
                    + in.remaining() + " bytes left");
        }
        return count;
    }

    /** Writes the model so that {@link #read} gives it back; the same model always gives the same bytes. */
    void write(OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(stream);
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        byte[] signature = NoteFeatures.SIGNATURE.getBytes(StandardCharsets.UTF_8);
        out.writeInt(signature.length);
        out.write(signature);
        out.writeFloat(bias);
        out.writeDouble(threshold);
        for (float weight : cueWeights) {
            out.writeFloat(weight);
        }
        int[] order = IntStream.range(0, gramSlots.length).filter(slot -> gramSlots[slot] != 0)
                .boxed().sorted((a, b) -> Integer.compare(gramSlots[a], gramSlots[b]))
                .mapToInt(Integer::intValue).toArray();
        out.writeInt(order.length);
        for (int slot : order) {
            out.writeInt(gramSlots[slot] - 1);
        }
        for (int slot : order) {
            out.writeFloat(gramWeights[slot]);
        }
        out.flush();
    }

    double threshold() {
        return threshold;
    }

    /** The log-odds that the note is personal. */
    double logit(NoteFeatures.Vector features) {
        double sum = bias;
        int[] index = features.index();
        float[] value = features.value();
        for (int i = 0; i < index.length; i++) {
            sum += weight(index[i]) * value[i];
        }
        return sum;
    }

    static double probability(double logit) {
        // StrictMath: the same bits on every JDK and whether compiled or not, so that fitting is reproducible.
        return 1 / (1 + StrictMath.exp(-logit));
    }

    private float weight(int feature) {
        if (feature < NoteFeatures.CUES) {
            return cueWeights[feature];
        }
        int bucket = feature - NoteFeatures.CUES;
        for (int slot = slot(bucket); gramSlots[slot] != 0; slot = (slot + 1) & mask) {
            if (gramSlots[slot] == bucket + 1) {
                return gramWeights[slot];
            }
        }
        return 0f;
    }

    private int slot(int bucket) {
        return (bucket * 0x9E3779B9 >>> 7) & mask;
    }

    // A loop, not a stream: the model with no weights is made at every start, where linking a stream's lambdas costs.
    private static int[] nonZeroBuckets(float[] weights) {
        int[] buckets = new int[Math.max(0, weights.length - NoteFeatures.CUES)];
        int count = 0;
        for (int i = NoteFeatures.CUES; i < weights.length; i++) {
            if (weights[i] != 0) {
                buckets[count++] = i - NoteFeatures.CUES;
            }
        }
        return Arrays.copyOf(buckets, count);
    }

    private static float[] nonZeroWeights(float[] weights) {
        int[] buckets = nonZeroBuckets(weights);
        float[] nonZero = new float[buckets.length];
        for (int i = 0; i < buckets.length; i++) {
            nonZero[i] = weights[NoteFeatures.CUES + buckets[i]];
        }
        return nonZero;
    }
}
