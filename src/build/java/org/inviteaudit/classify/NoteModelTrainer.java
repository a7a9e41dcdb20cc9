package org.inviteaudit.classify;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Fits the {@link NoteModel} on the real notes of the shared folder, and measures the candidates by
 * cross-validation by source (no page's or export's notes are both fitted on and measured): the cues alone, the
 * n-grams alone, and both. For each candidate the L2 penalty is chosen by the cross-validated log-loss, then the
 * threshold for precision first: the lowest at which 90 % of the notes called personalized out of fold are (real
 * exports hold few personal notes, and calling a pitch personal is the worse mistake). The same files give the same
 * model, byte for byte.
 *
 * <pre>
 *   NoteModelTrainer --cv [--misses] [FOLDER]       the candidates side by side
 *   NoteModelTrainer --write=DIR [FOLDER]            fits the chosen candidate on every note, writes
 *                                                    DIR/note-model.bin and DIR/note-model.json
 * </pre>
 */
public final class NoteModelTrainer {

    /** Which groups of features a model uses: the candidates compared when it is fitted. */
    enum Kinds {
        CUES(true, false), NGRAMS(false, true), BOTH(true, true);

        final boolean cues;
        final boolean ngrams;

        Kinds(boolean cues, boolean ngrams) {
            this.cues = cues;
            this.ngrams = ngrams;
        }
    }

    static final Kinds CHOSEN = Kinds.BOTH;
    static final int FOLDS = 5;
    private static final double[] PENALTIES = {1e-4, 3e-4, 1e-3, 3e-3, 1e-2};
    private static final int ITERATIONS = 600;
    private static final double F_BETA = 0.5;
    static final double PRECISION_TARGET = 0.9;

    /** A note the model learns from: its features (of the kinds fitted) and whether people call it personal. */
    private record Example(RealNotes.Note note, int[] index, float[] value, boolean personal) {
    }

    /** A fitted candidate: its penalty, threshold, and the model of each fold. */
    record Fit(Kinds kinds, double penalty, double threshold, Map<Integer, NoteModel> foldModels,
            Map<RealNotes.Note, Integer> foldOf) {
    }

    private NoteModelTrainer() {
    }

    public static void main(String[] args) throws IOException {
        List<String> options = List.of(args);
        Path folder = RealNotes.folderOrExit(args);
        Optional<String> write = options.stream().filter(option -> option.startsWith("--write=")).findFirst();
        if (!options.contains("--cv") && write.isEmpty()) {
            System.err.println("usage: NoteModelTrainer --cv [--misses] [FOLDER] | --write=DIR [FOLDER]");
            System.exit(2);
        }
        Map<String, List<RealNotes.Note>> sets = RealNotes.readAll(folder);
        if (options.contains("--cv")) {
            compare(sets, options.contains("--misses"));
        }
        if (write.isPresent()) {
            Path out = Path.of(write.get().substring("--write=".length()));
            Files.createDirectories(out);
            writeModel(folder, sets, out);
        }
    }

    /** Each candidate by cross-validation: per set and over all, as {@code bench/accuracy} shows the shipped one. */
    static void compare(Map<String, List<RealNotes.Note>> sets, boolean showMisses) {
        for (Kinds kinds : Kinds.values()) {
            Fit fit = crossValidate(sets, kinds);
            System.out.printf(Locale.ROOT, "%s (penalty %.0e, threshold %.3f), cross-validated by source, %d folds:%n",
                    kinds.name().toLowerCase(Locale.ROOT), fit.penalty(), fit.threshold(), FOLDS);
            VerdictTally all = new VerdictTally();
            Classifier base = Classifier.unfitted();
            sets.forEach((set, notes) -> {
                VerdictTally tally = AccuracyReport.audit(notes,
                        note -> base.withModel(fit.foldModels().get(fit.foldOf().get(note))));
                all.addAll(tally);
                AccuracyReport.report(set, tally, showMisses);
            });
            AccuracyReport.report("all sets", all, false);
        }
    }

    /** The candidate's penalty and threshold chosen on out-of-fold predictions, and the model of each fold. */
    static Fit crossValidate(Map<String, List<RealNotes.Note>> sets, Kinds kinds) {
        List<Example> examples = examples(sets, kinds);
        Map<RealNotes.Note, Integer> foldOf = folds(sets);
        // The notes whose verdict the model decides: penalty and threshold are chosen on these alone.
        Set<RealNotes.Note> open = leftToTheModel(sets);
        double bestLoss = Double.MAX_VALUE;
        double bestPenalty = PENALTIES[0];
        Map<Example, Double> bestOutOfFold = Map.of();
        for (double penalty : PENALTIES) {
            // In the examples' order, fold by fold, so that the log-loss is summed in the same order on every run.
            Map<Example, Double> outOfFold = new LinkedHashMap<>();
            for (int fold = 0; fold < FOLDS; fold++) {
                int held = fold;
                Weights weights = fit(examples.stream().filter(e -> foldOf(foldOf, e) != held).toList(), penalty);
                examples.stream().filter(e -> foldOf(foldOf, e) == held && open.contains(e.note()))
                        .forEach(e -> outOfFold.put(e, weights.probability(e)));
            }
            double loss = 0;
            for (Map.Entry<Example, Double> entry : outOfFold.entrySet()) {
                double p = Math.min(1 - 1e-9, Math.max(1e-9, entry.getValue()));
                loss -= entry.getKey().personal() ? StrictMath.log(p) : StrictMath.log(1 - p);
            }
            if (loss < bestLoss) {
                bestLoss = loss;
                bestPenalty = penalty;
                bestOutOfFold = outOfFold;
            }
        }
        double threshold = threshold(bestOutOfFold);
        Map<Integer, NoteModel> foldModels = new TreeMap<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            int held = fold;
            foldModels.put(fold, fit(examples.stream().filter(e -> foldOf(foldOf, e) != held).toList(),
                    bestPenalty).model(threshold));
        }
        return new Fit(kinds, bestPenalty, threshold, foldModels, foldOf);
    }

    /**
     * The threshold chosen for precision first: of those at which at least {@value #PRECISION_TARGET} of the agreed
     * notes called personalized are (each judged by a model fitted without it), the one that finds the most personal
     * notes; if none reaches it, the one with the best F0.5 (precision counted twice as much as recall).
     */
    private static double threshold(Map<Example, Double> outOfFold) {
        List<Map.Entry<Example, Double>> measured = outOfFold.entrySet().stream()
                .filter(entry -> entry.getKey().note().agreed())
                .sorted(Map.Entry.<Example, Double>comparingByValue().reversed()
                        .thenComparing(entry -> entry.getKey().note().set() + entry.getKey().note().id()))
                .toList();
        long positives = measured.stream().filter(entry -> entry.getKey().personal()).count();
        double bestF = -1;
        double byF = 0.5;
        double byPrecision = Double.NaN;
        int truePositives = 0;
        for (int i = 0; i < measured.size(); i++) {
            truePositives += measured.get(i).getKey().personal() ? 1 : 0;
            double p = measured.get(i).getValue();
            if (i + 1 < measured.size() && measured.get(i + 1).getValue() == p) {
                continue;
            }
            // Halfway to the next probability down, so that a note just like the last one taken is taken too.
            double next = i + 1 < measured.size() ? measured.get(i + 1).getValue() : 0;
            double threshold = (p + next) / 2;
            double precision = (double) truePositives / (i + 1);
            double recall = (double) truePositives / positives;
            double b2 = F_BETA * F_BETA;
            double f = precision + recall == 0 ? 0 : (1 + b2) * precision * recall / (b2 * precision + recall);
            if (f > bestF) {
                bestF = f;
                byF = threshold;
            }
            if (precision >= PRECISION_TARGET) {
                byPrecision = threshold; // the lowest so far that keeps the precision: it finds the most
            }
        }
        double chosen = Double.isNaN(byPrecision) ? byF : byPrecision;
        return Math.min(0.99, Math.max(0.01, chosen));
    }

    /** The notes whose verdict the rules leave to the model, in an audit of their set. */
    private static Set<RealNotes.Note> leftToTheModel(Map<String, List<RealNotes.Note>> sets) {
        Classifier classifier = Classifier.unfitted();
        Set<RealNotes.Note> open = new HashSet<>();
        for (List<RealNotes.Note> notes : sets.values()) {
            TemplateCensus census = new TemplateCensus(TemplateCensus.DEFAULT_MIN_RECIPIENTS)
                    .countAll(notes, RealNotes.Note::text, RealNotes.Note::sender, RealNotes.Note::recipient);
            Classifier withTemplates = classifier.withTemplates(census);
            notes.stream().filter(note -> withTemplates.ruledVerdict(note.text(), note.sender(), note.recipient())
                    .isEmpty()).forEach(open::add);
        }
        return open;
    }

    private static int foldOf(Map<RealNotes.Note, Integer> folds, Example e) {
        return folds.get(e.note());
    }

    /**
     * The sources, dealt into folds: the largest first, each to the fold with the fewest notes so far, so that
     * every fold holds whole sources and about as many notes as the others.
     */
    private static Map<RealNotes.Note, Integer> folds(Map<String, List<RealNotes.Note>> sets) {
        Map<String, List<RealNotes.Note>> bySource = new TreeMap<>();
        sets.values().forEach(notes -> notes.forEach(
                note -> bySource.computeIfAbsent(note.group(), key -> new ArrayList<>()).add(note)));
        List<List<RealNotes.Note>> sources = new ArrayList<>(bySource.values());
        sources.sort(Comparator.<List<RealNotes.Note>>comparingInt(List::size).reversed());
        int[] sizes = new int[FOLDS];
        Map<RealNotes.Note, Integer> foldOf = new HashMap<>();
        for (List<RealNotes.Note> source : sources) {
            int fold = 0;
            for (int f = 1; f < FOLDS; f++) {
                fold = sizes[f] < sizes[fold] ? f : fold;
            }
            sizes[fold] += source.size();
            for (RealNotes.Note note : source) {
                foldOf.put(note, fold);
            }
        }
        return foldOf;
    }

    /**
     * The notes fitted on: those with words, whose annotators gave the same label (sure or not: a label both give
     * is a label), with the features of the kinds fitted.
     */
    private static List<Example> examples(Map<String, List<RealNotes.Note>> sets, Kinds kinds) {
        Classifier classifier = Classifier.unfitted();
        List<Example> examples = new ArrayList<>();
        sets.values().forEach(notes -> notes.forEach(note -> {
            if (!note.labelsAgree()) {
                return;
            }
            classifier.features(note.text(), note.sender(), note.recipient()).ifPresent(features -> {
                int[] index = features.index();
                float[] value = features.value();
                int kept = 0;
                int[] keptIndex = new int[index.length];
                float[] keptValue = new float[index.length];
                for (int i = 0; i < index.length; i++) {
                    boolean cue = index[i] < NoteFeatures.CUES;
                    if (cue ? kinds.cues : kinds.ngrams) {
                        keptIndex[kept] = index[i];
                        keptValue[kept++] = value[i];
                    }
                }
                examples.add(new Example(note, Arrays.copyOf(keptIndex, kept),
                        Arrays.copyOf(keptValue, kept), note.personal()));
            });
        }));
        return examples;
    }

    /** A logistic model's weights as they are being fitted. */
    private static final class Weights {
        final double[] w = new double[NoteFeatures.CUES + (1 << NoteFeatures.HASH_BITS)];
        double bias;

        double logit(Example e) {
            double sum = bias;
            for (int i = 0; i < e.index().length; i++) {
                sum += w[e.index()[i]] * e.value()[i];
            }
            return sum;
        }

        double probability(Example e) {
            return NoteModel.probability(logit(e));
        }

        NoteModel model(double threshold) {
            float[] weights = new float[w.length];
            for (int i = 0; i < w.length; i++) {
                weights[i] = (float) w[i];
            }
            return new NoteModel((float) bias, weights, threshold);
        }
    }

    /**
     * L2-penalised logistic regression by Nesterov's accelerated gradient descent on the mean log-loss, from zero,
     * for a fixed number of steps in a fixed order: the same notes give the same weights.
     */
    private static Weights fit(List<Example> examples, double penalty) {
        double maxNorm = 1;
        for (Example e : examples) {
            double norm = 1; // the bias
            for (float v : e.value()) {
                norm += v * v;
            }
            maxNorm = Math.max(maxNorm, norm);
        }
        double step = 1 / (maxNorm / 4 + penalty);
        Weights current = new Weights();
        Weights previous = new Weights();
        Weights ahead = new Weights();
        double[] gradient = new double[current.w.length];
        boolean[] touched = new boolean[current.w.length];
        for (Example e : examples) {
            for (int i : e.index()) {
                touched[i] = true;
            }
        }
        int[] used = IntStream.range(0, touched.length).filter(i -> touched[i]).toArray();
        double n = examples.size();
        for (int t = 1; t <= ITERATIONS; t++) {
            double momentum = (t - 1.0) / (t + 2.0);
            for (int i : used) {
                ahead.w[i] = current.w[i] + momentum * (current.w[i] - previous.w[i]);
            }
            ahead.bias = current.bias + momentum * (current.bias - previous.bias);
            for (int i : used) {
                gradient[i] = penalty * ahead.w[i];
            }
            double biasGradient = 0;
            for (Example e : examples) {
                double error = (ahead.probability(e) - (e.personal() ? 1 : 0)) / n;
                biasGradient += error;
                for (int k = 0; k < e.index().length; k++) {
                    gradient[e.index()[k]] += error * e.value()[k];
                }
            }
            for (int i : used) {
                previous.w[i] = current.w[i];
                current.w[i] = ahead.w[i] - step * gradient[i];
            }
            previous.bias = current.bias;
            current.bias = ahead.bias - step * biasGradient;
        }
        return current;
    }

    /** The model fitted on every note of the sets, as shipped, and the choices cross-validation made for it. */
    record Fitted(byte[] model, Fit fit) {
    }

    /** Fits the chosen candidate on every note of the sets: the same notes give the same bytes. */
    static Fitted fitModel(Map<String, List<RealNotes.Note>> sets) {
        Fit fit = crossValidate(sets, CHOSEN);
        Weights weights = fit(examples(sets, CHOSEN), fit.penalty());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            weights.model(fit.threshold()).write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Fitted(bytes.toByteArray(), fit);
    }

    /** Fits the model on every note and writes it with the record of what it was fitted on. */
    static void writeModel(Path folder, Map<String, List<RealNotes.Note>> sets, Path out) throws IOException {
        Fitted fitted = fitModel(sets);
        Files.write(out.resolve("note-model.bin"), fitted.model());
        Files.writeString(out.resolve("note-model.json"), record(folder, sets, fitted.fit(), fitted.model()),
                StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "wrote %s (%d bytes): %s, penalty %.0e, threshold %.3f%n",
                out.resolve("note-model.bin"), fitted.model().length, CHOSEN, fitted.fit().penalty(),
                fitted.fit().threshold());
    }

    /** What the model was fitted on and how: {@code NoteModelRecordTest} holds the shipped model to it. */
    static String record(Path folder, Map<String, List<RealNotes.Note>> sets, Fit fit, byte[] model)
            throws IOException {
        StringBuilder json = new StringBuilder("{\n");
        json.append("  \"_comment\": \"Written by NoteModelTrainer (bench/fit-model): what note-model.bin was fitted"
                + " on. Do not edit.\",\n");
        json.append("  \"model\": {\"sha256\": \"").append(sha256(model)).append("\", \"bytes\": ")
                .append(model.length).append("},\n");
        json.append("  \"fittedOn\": [\n");
        List<String> files = new ArrayList<>();
        for (Map.Entry<String, List<RealNotes.Note>> set : sets.entrySet()) {
            Path file = folder.resolve(set.getKey() + ".tsv");
            long agreed = set.getValue().stream().filter(RealNotes.Note::labelsAgree).count();
            files.add(String.format(Locale.ROOT, "    {\"file\": \"%s.tsv\", \"sha256\": \"%s\", \"notes\": %d, "
                    + "\"labelsAgree\": %d}", set.getKey(), sha256(Files.readAllBytes(file)), set.getValue().size(),
                    agreed));
        }
        json.append(String.join(",\n", files)).append("\n  ],\n");
        json.append(String.format(Locale.ROOT, "  \"features\": \"%s\",\n  \"penalty\": %s,\n  \"threshold\": %s,\n"
                + "  \"iterations\": %d,\n  \"folds\": %d\n}\n", fit.kinds().name().toLowerCase(Locale.ROOT),
                fit.penalty(), fit.threshold(), ITERATIONS, FOLDS));
        return json.toString();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
