package org.inviteaudit.classify;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * The built-in wording as the build leaves it: {@code wording.json} loaded and checked once, when invite-audit is
 * built, and written with every phrase already split into folded words and every pattern with its first words. A run
 * then reads it in a few bulk copies instead of parsing JSON, normalising each phrase and reading each pattern again,
 * which a profiler had put at a fifth of the start-up of a small audit (the benchmark measured the whole gain:
 * bench/README.md).
 * The build runs {@link #main} (in {@code process-classes}); {@link WordingLoader#builtIn} reads the image.
 *
 * <p>The image is read at every start, mostly before the JVM has compiled any of it, where every call the reading
 * makes costs: read string by string ({@code readUTF}) it had taken some three times as long (34 ms against 13 at the
 * median of ten fresh JVMs on a slow day, by hand). So each distinct string is written once, all of them in two
 * stretches of text, the Latin-1 ones and the others in UTF-8, that the reading decodes whole and cuts; and all the
 * rest is one array of ints, copied in bulk, that refers to the strings by number.
 *
 * <p>Sets are written sorted and reasons in their declared order, so the same data always makes the same bytes.
 */
final class WordingImage {

    static final String NAME = "wording.bin";
    // Raised whenever the layout changes: an image of another layout is refused, never misread.
    private static final int FORMAT = 5;
    private static final int MAGIC = 0x49415744; // "IAWD"
    // In place of the count of a pattern's first words, when they cannot be read from it.
    private static final int NO_KEYS = -1;
    private static final int LATIN1_MAX = 0xFF;

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
        ImageWriter out = new ImageWriter();
        out.phrases(wording.stockTexts());
        StockVocabulary vocabulary = wording.stockVocabulary();
        out.strings(sorted(vocabulary.words()));
        List<Integer> unspaced = vocabulary.unspacedChars().stream().sorted().toList();
        out.number(unspaced.size());
        unspaced.forEach(out::number);
        out.strings(vocabulary.networkStems());
        out.phrases(wording.boilerplate());
        out.patternsByReason(wording.outreach());
        out.patterns(wording.placeholders());
        out.phrases(wording.greetings());
        out.strings(sorted(wording.addressees()));
        out.strings(sorted(wording.closings()));
        out.strings(sorted(wording.fillerWords()));
        out.patternsByReason(wording.signals());
        out.strings(sorted(wording.timeWords()));
        out.strings(sorted(wording.yourWords()));
        out.strings(sorted(wording.topicWords()));
        out.writeTo(stream);
    }

    static Wording read(InputStream stream) throws IOException {
        ByteBuffer bytes = sealed(stream.readAllBytes());
        List<Phrase> stockTexts;
        Set<String> vocabularyWords;
        Set<Integer> unspacedChars;
        List<String> networkStems;
        List<Phrase> boilerplate;
        Map<Reason, List<WordingPattern>> outreach;
        List<WordingPattern> placeholders;
        List<Phrase> greetings;
        Set<String> addressees;
        Set<String> closings;
        Set<String> fillerWords;
        Map<Reason, List<WordingPattern>> signals;
        Set<String> timeWords;
        Set<String> yourWords;
        Set<String> topicWords;
        // Only the reading is guarded: what damaged bytes make it throw is said as damage, and nothing else is.
        try {
            if (bytes.getInt() != MAGIC || bytes.getInt() != FORMAT) {
                throw new IOException("not a wording image of format " + FORMAT);
            }
            ImageReader in = new ImageReader(bytes);
            stockTexts = in.phrases();
            vocabularyWords = in.stringSet();
            Integer[] unspaced = new Integer[in.count()];
            for (int i = 0; i < unspaced.length; i++) {
                unspaced[i] = in.next();
            }
            unspacedChars = Set.of(unspaced);
            networkStems = in.strings();
            boilerplate = in.phrases();
            outreach = in.patternsByReason();
            placeholders = in.patterns();
            greetings = in.phrases();
            addressees = in.stringSet();
            closings = in.stringSet();
            fillerWords = in.stringSet();
            signals = in.patternsByReason();
            timeWords = in.stringSet();
            yourWords = in.stringSet();
            topicWords = in.stringSet();
            in.end();
        } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new IOException("damaged (" + e + ")", e);
        }
        return new Wording(stockTexts, new StockVocabulary(vocabularyWords, unspacedChars, networkStems), boilerplate,
                outreach, placeholders, greetings, addressees, closings, fillerWords, signals, timeWords, yourWords,
                topicWords);
    }

    /**
     * The image's bytes without their CRC-32, if it is theirs: a damaged image is refused whole, rather than read into
     * a wording that is well-formed and wrong.
     */
    private static ByteBuffer sealed(byte[] image) throws IOException {
        if (image.length < Integer.BYTES) {
            throw new IOException("cut short: " + image.length + " bytes");
        }
        int length = image.length - Integer.BYTES;
        CRC32 crc = new CRC32();
        crc.update(image, 0, length);
        if ((int) crc.getValue() != ByteBuffer.wrap(image, length, Integer.BYTES).getInt()) {
            throw new IOException("damaged: its checksum is not its bytes'");
        }
        return ByteBuffer.wrap(image, 0, length);
    }

    private static List<String> sorted(Collection<String> strings) {
        return strings.stream().sorted().toList();
    }

    /**
     * Gathers what the image holds in the order a run reads it, strings as themselves and counts as numbers, then
     * writes each distinct string once and the rest as ints, a string as its number.
     */
    private static final class ImageWriter {
        private final List<Object> values = new ArrayList<>();

        void string(String string) {
            values.add(string);
        }

        void strings(Collection<String> strings) {
            values.add(strings.size());
            values.addAll(strings);
        }

        void number(int number) {
            values.add(number);
        }

        void phrases(List<Phrase> phrases) {
            number(phrases.size());
            for (Phrase phrase : phrases) {
                string(phrase.language());
                string(phrase.text());
                strings(phrase.words());
            }
        }

        void patternsByReason(Map<Reason, List<WordingPattern>> byReason) {
            Map<Reason, List<WordingPattern>> ordered = new EnumMap<>(byReason);
            number(ordered.size());
            for (Map.Entry<Reason, List<WordingPattern>> entry : ordered.entrySet()) {
                string(entry.getKey().id());
                patterns(entry.getValue());
            }
        }

        void patterns(List<WordingPattern> patterns) {
            number(patterns.size());
            for (WordingPattern pattern : patterns) {
                string(pattern.source());
                if (pattern.firstWordKeys().isPresent()) {
                    strings(sorted(pattern.firstWordKeys().get()));
                } else {
                    number(NO_KEYS);
                }
            }
        }

        /**
         * The strings, numbered Latin-1 ones first, each stretch in the order first written; then the ints; then the
         * CRC-32 of all before it.
         */
        void writeTo(OutputStream stream) throws IOException {
            Map<String, Integer> latin1 = new LinkedHashMap<>();
            Map<String, Integer> others = new LinkedHashMap<>();
            for (Object value : values) {
                if (value instanceof String string) {
                    (isLatin1(string) ? latin1 : others).putIfAbsent(string, 0);
                }
            }
            Map<String, Integer> numbers = new LinkedHashMap<>();
            latin1.keySet().forEach(string -> numbers.put(string, numbers.size()));
            others.keySet().forEach(string -> numbers.put(string, numbers.size()));
            ByteArrayOutputStream image = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(image);
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            writeStretch(out, latin1.keySet(), StandardCharsets.ISO_8859_1);
            writeStretch(out, others.keySet(), StandardCharsets.UTF_8);
            out.writeInt(values.size());
            for (Object value : values) {
                out.writeInt(value instanceof String string ? numbers.get(string) : (Integer) value);
            }
            CRC32 crc = new CRC32();
            crc.update(image.toByteArray());
            out.writeInt((int) crc.getValue());
            out.flush();
            image.writeTo(stream);
            stream.flush();
        }

        private static boolean isLatin1(String string) {
            return string.chars().allMatch(c -> c <= LATIN1_MAX);
        }

        /** The count, where each string ends in the text, and the text, its bytes counted. */
        private static void writeStretch(DataOutputStream out, Collection<String> strings, Charset charset)
                throws IOException {
            out.writeInt(strings.size());
            int end = 0;
            CharsetEncoder encoder = charset.newEncoder();
            for (String string : strings) {
                if (!encoder.canEncode(string)) {
                    // A lone surrogate would be written as '?': the wording would not be read back as it was.
                    throw new IllegalArgumentException("the wording's string '" + string + "' is not whole Unicode");
                }
                end += string.length();
                out.writeInt(end);
            }
            byte[] text = String.join("", strings).getBytes(charset);
            out.writeInt(text.length);
            out.write(text);
        }
    }

    /** Reads what {@link ImageWriter} wrote. */
    private static final class ImageReader {
        private final String[] strings;
        private final int[] ints;
        private int at;

        ImageReader(ByteBuffer bytes) throws IOException {
            String[] latin1 = stretch(bytes, StandardCharsets.ISO_8859_1);
            String[] others = stretch(bytes, StandardCharsets.UTF_8);
            strings = Arrays.copyOf(latin1, latin1.length + others.length);
            System.arraycopy(others, 0, strings, latin1.length, others.length);
            ints = new int[count(bytes, Integer.BYTES)];
            bytes.asIntBuffer().get(ints);
            bytes.position(bytes.position() + Integer.BYTES * ints.length);
            if (bytes.hasRemaining()) {
                throw new IOException(bytes.remaining() + " bytes past the wording's end");
            }
        }

        /** The strings of one stretch of text: their ends read in bulk, the text decoded at once and cut. */
        private static String[] stretch(ByteBuffer bytes, Charset charset) throws IOException {
            int[] ends = new int[count(bytes, Integer.BYTES)];
            bytes.asIntBuffer().get(ends);
            bytes.position(bytes.position() + Integer.BYTES * ends.length);
            int length = count(bytes, 1);
            String text = new String(bytes.array(), bytes.position(), length, charset);
            bytes.position(bytes.position() + length);
            String[] strings = new String[ends.length];
            int start = 0;
            for (int i = 0; i < ends.length; i++) {
                strings[i] = text.substring(start, ends[i]);
                start = ends[i];
            }
            if (start != text.length()) {
                throw new IOException("strings of " + start + " characters in a text of " + text.length());
            }
            return strings;
        }

        /** A count of items of so many bytes each, checked against what is left before anything that large is made. */
        private static int count(ByteBuffer bytes, int bytesEach) throws IOException {
            int count = bytes.getInt();
            if (count < 0 || count > bytes.remaining() / bytesEach) {
                throw new IOException("cut short: " + count + " items announced, " + bytes.remaining()
                        + " bytes left");
            }
            return count;
        }

        int next() {
            return ints[at++];
        }

        void end() throws IOException {
            if (at != ints.length) {
                throw new IOException((ints.length - at) + " numbers past the wording's end");
            }
        }

        int count() throws IOException {
            return checked(next());
        }

        /** A count read, if no more items than the numbers left. */
        int checked(int count) throws IOException {
            if (count < 0 || count > ints.length - at) {
                throw new IOException("cut short: " + count + " items announced, " + (ints.length - at) + " left");
            }
            return count;
        }

        String string() {
            return strings[next()];
        }

        String[] stringArray() throws IOException {
            return stringArray(count());
        }

        String[] stringArray(int count) {
            String[] read = new String[count];
            for (int i = 0; i < read.length; i++) {
                read[i] = string();
            }
            return read;
        }

        List<String> strings() throws IOException {
            return List.of(stringArray());
        }

        Set<String> stringSet() throws IOException {
            return Set.of(stringArray());
        }

        List<Phrase> phrases() throws IOException {
            Phrase[] phrases = new Phrase[count()];
            for (int i = 0; i < phrases.length; i++) {
                String language = string();
                String text = string();
                String[] words = stringArray();
                if (words.length == 0) {
                    throw new IOException("the phrase '" + text + "' has no words");
                }
                phrases[i] = new Phrase(language, text, List.of(words));
            }
            return List.of(phrases);
        }

        Map<Reason, List<WordingPattern>> patternsByReason() throws IOException {
            int count = count();
            Map<Reason, List<WordingPattern>> byReason = new EnumMap<>(Reason.class);
            for (int i = 0; i < count; i++) {
                String id = string();
                Optional<Reason> reason = Reason.fromId(id);
                if (reason.isEmpty()) {
                    throw new IOException("unknown reason " + id);
                }
                byReason.put(reason.get(), patterns());
            }
            return byReason;
        }

        /** Not compiled here: each is compiled when a note first gives it a place to match ({@link WordingPattern}). */
        List<WordingPattern> patterns() throws IOException {
            WordingPattern[] patterns = new WordingPattern[count()];
            for (int i = 0; i < patterns.length; i++) {
                String source = string();
                int keys = next();
                if (keys == NO_KEYS) {
                    patterns[i] = WordingPattern.of(source, Optional.empty());
                    continue;
                }
                String[] firstWords = stringArray(checked(keys));
                for (String key : firstWords) {
                    if (key.isEmpty()) {
                        throw new IOException("the pattern '" + source + "' has an empty first word");
                    }
                }
                if (firstWords.length == 0) {
                    throw new IOException("the pattern '" + source + "' has no first words");
                }
                patterns[i] = WordingPattern.of(source, Optional.of(Set.of(firstWords)));
            }
            return List.of(patterns);
        }
    }
}
