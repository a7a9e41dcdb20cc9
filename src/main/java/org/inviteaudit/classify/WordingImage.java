package org.inviteaudit.classify;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The built-in wording as the build leaves it: {@code wording.json} loaded and checked once, when invite-audit is
 * built, and written with every phrase already split into folded words and every pattern with its first words. A run
 * then reads a few thousand plain strings instead of parsing JSON, normalising each phrase and reading each pattern
 * again, which a profiler had put at a fifth of the start-up of a small audit (the benchmark measured the whole gain:
 * bench/README.md).
 * The build runs {@link #main} (in {@code process-classes}); {@link WordingLoader#builtIn} reads the image.
 *
 * <p>Sets are written sorted and reasons in their declared order, so the same data always makes the same bytes.
 */
final class WordingImage {

    static final String NAME = "wording.bin";
    // Raised whenever the layout changes: an image of another layout is refused, never misread.
    private static final int FORMAT = 4;
    private static final int MAGIC = 0x49415744; // "IAWD"

    private WordingImage() {
    }

    /** {@code WordingImage WORDING_JSON IMAGE}: checks the wording data and writes its image. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: WordingImage WORDING_JSON IMAGE");
        }
        Wording wording;
        try (InputStream json = Files.newInputStream(Path.of(args[0]))) {
            wording = WordingLoader.load(Path.of(args[0]).getFileName().toString(), json);
        }
        try (OutputStream image = Files.newOutputStream(Path.of(args[1]))) {
            write(wording, image);
        }
    }

    static void write(Wording wording, OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream));
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        writePhrases(out, wording.stockTexts());
        StockVocabulary vocabulary = wording.stockVocabulary();
        writeStrings(out, vocabulary.words().stream().sorted().toList());
        out.writeInt(vocabulary.unspacedChars().size());
        for (int c : vocabulary.unspacedChars().stream().sorted().toList()) {
            out.writeInt(c);
        }
        writeStrings(out, vocabulary.networkStems());
        writePhrases(out, wording.boilerplate());
        writePatternsByReason(out, wording.outreach());
        writePatterns(out, wording.placeholders());
        writePhrases(out, wording.greetings());
        writeStrings(out, wording.addressees().stream().sorted().toList());
        writeStrings(out, wording.closings().stream().sorted().toList());
        writeStrings(out, wording.fillerWords().stream().sorted().toList());
        writePatternsByReason(out, wording.signals());
        writeStrings(out, wording.timeWords().stream().sorted().toList());
        writeStrings(out, wording.yourWords().stream().sorted().toList());
        writeStrings(out, wording.topicWords().stream().sorted().toList());
        out.flush();
    }

    static Wording read(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(stream));
        if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
            throw new IOException("not a wording image of format " + FORMAT);
        }
        List<Phrase> stockTexts = readPhrases(in);
        Set<String> vocabularyWords = new HashSet<>(readStrings(in));
        int unspacedCount = in.readInt();
        Set<Integer> unspaced = new HashSet<>();
        for (int i = 0; i < unspacedCount; i++) {
            unspaced.add(in.readInt());
        }
        StockVocabulary vocabulary = new StockVocabulary(vocabularyWords, unspaced, readStrings(in));
        return new Wording(
                stockTexts,
                vocabulary,
                readPhrases(in),
                readPatternsByReason(in),
                readPatterns(in),
                readPhrases(in),
                new HashSet<>(readStrings(in)),
                new HashSet<>(readStrings(in)),
                new HashSet<>(readStrings(in)),
                readPatternsByReason(in),
                new HashSet<>(readStrings(in)),
                new HashSet<>(readStrings(in)),
                new HashSet<>(readStrings(in)));
    }

    private static void writePhrases(DataOutputStream out, List<Phrase> phrases) throws IOException {
        out.writeInt(phrases.size());
        for (Phrase phrase : phrases) {
            out.writeUTF(phrase.language());
            out.writeUTF(phrase.text());
            writeStrings(out, phrase.words());
        }
    }

    private static List<Phrase> readPhrases(DataInputStream in) throws IOException {
        int count = in.readInt();
        List<Phrase> phrases = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            phrases.add(new Phrase(in.readUTF(), in.readUTF(), readStrings(in)));
        }
        return phrases;
    }

    private static void writePatternsByReason(DataOutputStream out, Map<Reason, List<WordingPattern>> byReason)
            throws IOException {
        Map<Reason, List<WordingPattern>> ordered = new EnumMap<>(byReason);
        out.writeInt(ordered.size());
        for (Map.Entry<Reason, List<WordingPattern>> entry : ordered.entrySet()) {
            out.writeUTF(entry.getKey().id());
            writePatterns(out, entry.getValue());
        }
    }

    private static Map<Reason, List<WordingPattern>> readPatternsByReason(DataInputStream in) throws IOException {
        int count = in.readInt();
        Map<Reason, List<WordingPattern>> byReason = new EnumMap<>(Reason.class);
        for (int i = 0; i < count; i++) {
            String id = in.readUTF();
            Reason reason = Reason.fromId(id).orElseThrow(() -> new IOException("unknown reason " + id));
            byReason.put(reason, readPatterns(in));
        }
        return byReason;
    }

    private static void writePatterns(DataOutputStream out, List<WordingPattern> patterns) throws IOException {
        out.writeInt(patterns.size());
        for (WordingPattern pattern : patterns) {
            out.writeUTF(pattern.source());
            out.writeBoolean(pattern.firstWordKeys().isPresent());
            if (pattern.firstWordKeys().isPresent()) {
                writeStrings(out, pattern.firstWordKeys().get().stream().sorted().toList());
            }
        }
    }

    /** Not compiled here: each is compiled when a note first gives it a place to match ({@link WordingPattern}). */
    private static List<WordingPattern> readPatterns(DataInputStream in) throws IOException {
        int count = in.readInt();
        List<WordingPattern> patterns = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String source = in.readUTF();
            Optional<Set<String>> keys = in.readBoolean() ? Optional.of(Set.copyOf(readStrings(in))) : Optional.empty();
            patterns.add(WordingPattern.of(source, keys));
        }
        return patterns;
    }

    private static void writeStrings(DataOutputStream out, Collection<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String string : strings) {
            out.writeUTF(string);
        }
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int count = in.readInt();
        List<String> strings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            strings.add(in.readUTF());
        }
        return strings;
    }
}
