package org.inviteaudit.classify;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.inviteaudit.io.Hash64;

/**
 * What the {@link NoteModel} weighs in a note: the cues that the wording knowledge finds, each named so that a
 * verdict can say which carried it, and hashed word and character n-grams for what no rule names (fastText's bag of
 * tricks: Joulin et al., 2016). The n-grams see the note's folded words with every name of a person (the sender,
 * the recipient, whom a greeting addresses, who signs) as one name mark and every number as one number mark, so that a
 * weight learnt from "Hi Sam, great meeting you" serves "Hi Noor, great meeting you".
 */
public final class NoteFeatures {

    /** A cue of the wording knowledge, a feature of its own. */
    public enum Cue {
        STOCK_TEXT(Reason.STOCK_TEXT),
        BOILERPLATE(Reason.BOILERPLATE),
        PLACEHOLDER(Reason.PLACEHOLDER),
        SALES_PITCH(Reason.SALES_PITCH),
        RECRUITER(Reason.RECRUITER),
        JOB_REQUEST(Reason.JOB_REQUEST),
        SHARED_CONTEXT(Reason.SHARED_CONTEXT),
        THEIR_WORK(Reason.THEIR_WORK),
        INTRODUCES_SENDER(Reason.INTRODUCES_SENDER),
        SPECIFIC_DETAIL(Reason.SPECIFIC_DETAIL),
        GREETS_BY_NAME(Reason.GREETS_BY_NAME),
        WRONG_NAME(Reason.WRONG_NAME),
        /** Boilerplate and hardly a word of the sender's own beside it. */
        BOILERPLATE_ALONE(null),
        /** A word that dates what the note tells to the days around it ("yesterday"). */
        RECENT(null),
        /** Something of the recipient's that the note names: "your" and, soon after, a name, a number or a title. */
        THEIR_NAMED_THING(null),
        /** What something of theirs is about: "your post on schema migrations", "seu artigo sobre filas". */
        THEIR_TOPIC(null),
        /** Two capitalised words in a row inside a sentence: a person, an event, a product named ("Ines Albrecht"). */
        PROPER_NOUN_PHRASE(null),
        /** The note opens with a greeting. */
        GREETING(null),
        /** A question mark: most questions to strangers ask for something. */
        QUESTION(null),
        /** A web address, an e-mail address or a phone number: what a pitch or a job request leaves to reach back. */
        CONTACT(null),
        /** Enough of its words are filler of a language whose formulas the wording data knows. */
        KNOWN_LANGUAGE(null),
        /** How many words the sender wrote beyond the formulas, in steps. */
        OWN_WORDS_NONE(null),
        OWN_WORDS_FEW(null),
        OWN_WORDS_SOME(null),
        OWN_WORDS_MANY(null);

        private final Reason reason;

        Cue(Reason reason) {
            this.reason = reason;
        }

        /** The reason a verdict gives when this cue carried it, if the cue is one. */
        public Optional<Reason> reason() {
            return Optional.ofNullable(reason);
        }

        static Cue ofOwnWords(int ownWords) {
            if (ownWords == 0) {
                return OWN_WORDS_NONE;
            }
            return ownWords <= 3 ? OWN_WORDS_FEW : ownWords <= 12 ? OWN_WORDS_SOME : OWN_WORDS_MANY;
        }
    }

    static final int CUES = Cue.values().length;
    /** Hashed n-grams fall into 2^20 buckets, each a feature after the cues. */
    static final int HASH_BITS = 20;
    private static final int HASH_MASK = (1 << HASH_BITS) - 1;
    private static final String NAME_MARK = "\u0001n";
    private static final String NUMBER_MARK = "\u0001d";
    private static final long WORD_SEED = 0x243f6a8885a308d3L;
    // Stands for the word before the first, in the first word pair.
    private static final long PAIR_SEED = 0x13198a2e03707344L;
    private static final long CHARS_SEED = 0xa4093822299f31d0L;
    private static final int CHAR_GRAM = 4;
    /**
     * What a model's weights are for: the cues in their order and how n-grams are hashed. A model records it and is
     * read only by the features it was fitted for; change any of these, and the model must be fitted again.
     */
    static final String SIGNATURE = signature();

    /**
     * A note's features as a sparse vector: feature {@code index[i]} has value {@code value[i]}. Cues are the
     * features {@code 0..CUES-1}, in {@link Cue}'s order; an n-gram's bucket b is feature {@code CUES + b}.
     */
    public record Vector(int[] index, float[] value) {
    }

    private NoteFeatures() {
    }

    // Without streams: it is made at every start, where the first stream costs more than all the rest.
    private static String signature() {
        StringBuilder signature = new StringBuilder();
        for (Cue cue : Cue.values()) {
            signature.append(signature.length() == 0 ? "cues=" : ",").append(cue.name());
        }
        return signature.append(";buckets=2^").append(HASH_BITS).append(";chars=").append(CHAR_GRAM)
                .append("-grams packed;seeds=").append(Long.toHexString(WORD_SEED ^ PAIR_SEED ^ CHARS_SEED))
                .append(";words=1-grams, 2-grams of their hashes;contact=hyphens grouping digits").toString();
    }

    /**
     * @param words      the note's words
     * @param personName for each word, whether it names a person: the sender, the recipient, whom the greeting
     *                   addresses, who signs
     * @param cues       the cues found in it
     */
    static Vector of(List<Word> words, boolean[] personName, Set<Cue> cues) {
        Builder vector = new Builder(cues.size() + 8 * words.size() + 8);
        for (Cue cue : cues) {
            vector.add(cue.ordinal(), 1f);
        }
        String[] tokens = new String[words.size()];
        for (int i = 0; i < tokens.length; i++) {
            Word word = words.get(i);
            tokens[i] = personName[i] ? NAME_MARK : word.hasDigit() ? NUMBER_MARK : word.folded();
        }
        // Each group counts about as much whatever the note's length: each of its n features weighs 1/sqrt(n).
        int wordGrams = 2 * tokens.length;
        float wordValue = wordGrams == 0 ? 0f : (float) (1 / StrictMath.sqrt(wordGrams));
        // Each word is hashed once; a pair of words is the pair of their hashes.
        long previous = PAIR_SEED;
        for (String token : tokens) {
            long hash = Hash64Chars.of(WORD_SEED, token);
            vector.add(bucket(hash), wordValue);
            vector.add(bucket(Hash64.combine(previous, hash)), wordValue);
            previous = hash;
        }
        int charGrams = 0;
        for (String token : tokens) {
            charGrams += token.charAt(0) == '\u0001' ? 0 : Math.max(1, token.length() + 2 - CHAR_GRAM + 1);
        }
        float charValue = charGrams == 0 ? 0f : (float) (1 / StrictMath.sqrt(charGrams));
        for (String token : tokens) {
            if (token.charAt(0) != '\u0001') {
                addCharGrams(vector, token, charValue);
            }
        }
        return vector.build();
    }

    /**
     * The word's character 4-grams, with a mark for its start and its end ("<wor", "word", "ord>"): the four
     * characters of each, 16 bits apiece, make one number, which {@link #bucket} mixes.
     */
    private static void addCharGrams(Builder vector, String token, float value) {
        int length = token.length() + 2;
        long gram = 0;
        for (int i = 0; i < length; i++) {
            char c = i == 0 ? '<' : i == length - 1 ? '>' : token.charAt(i - 1);
            gram = gram << Character.SIZE | c;
            if (i >= CHAR_GRAM - 1) {
                vector.add(bucket(gram ^ CHARS_SEED), value);
            }
        }
        if (length < CHAR_GRAM) {
            vector.add(bucket(gram ^ CHARS_SEED), value); // a word of one letter: "<a>"
        }
    }

    private static int bucket(long hash) {
        return CUES + (int) (Hash64.mix(hash) & HASH_MASK);
    }

    /** FNV-1a over a word, seeded, so that a word hashes without building a string of it and its seed. */
    private static final class Hash64Chars {
        private static final long PRIME = 0x100000001b3L;

        static long of(long seed, String text) {
            long hash = seed;
            for (int i = 0; i < text.length(); i++) {
                hash = (hash ^ text.charAt(i)) * PRIME;
            }
            return (hash ^ ' ') * PRIME;
        }
    }

    /** Adds features one at a time; a feature added twice is listed twice, and weighed twice. */
    private static final class Builder {
        private int[] index;
        private float[] value;
        private int size;

        Builder(int capacity) {
            index = new int[capacity];
            value = new float[capacity];
        }

        void add(int feature, float amount) {
            if (size == index.length) {
                index = Arrays.copyOf(index, size * 2);
                value = Arrays.copyOf(value, size * 2);
            }
            index[size] = feature;
            value[size++] = amount;
        }

        Vector build() {
            return new Vector(Arrays.copyOf(index, size), Arrays.copyOf(value, size));
        }
    }
}
