package org.inviteaudit.classify;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.inviteaudit.io.Hash64;

/**
 * How many people got each shape of note, counted before an audit classifies: for each {@link TemplateKeys key}, how
 * many different people one sender sent a note of that shape to, and how many different senders sent the same note
 * (so that in the invitations one receives, the same suggested note from many people is found too). The audit's
 * last pass asks it whether a note reached at least the minimum.
 *
 * <p>A note of n words has about 3n keys, each a cache miss or two in the sketches below, and counting them all was
 * a third of a large audit. So the census counts in passes: the first counts, for every note, how many notes share
 * each of its anchors (its first or last 4, 8, 16 or 32 words, with the sender: {@link TemplateKeys.Shape}), and
 * the keys of short notes and across senders; every note with a key shares that key's anchor, so a key whose anchor
 * fewer notes share than the minimum cannot reach it, and the second pass counts only the others, of the senders
 * whose anchors reached it. An export where no one wrote alike to enough people needs no second pass.
 *
 * <p>Memory is bounded whatever the input ({@link #MEMORY_BYTES}, 20 MiB, and 8 MiB for the anchors): the counts
 * live in a count-min sketch and the (key, recipient) pairs already counted in a Bloom filter; constant work per key.
 * Once a pass has counted all it will, the counts are traded for a bit per counter, set where it reached the minimum:
 * what the census is asked then, in 1 MiB for the anchors and 2 MiB for the keys.
 * A small export, up to {@value #EXACT_PAIRS} pairs (some 800 notes' keys), is counted exactly in hash tables
 * instead, and never pays for making the sketches; at the first pair past that, they are made and the pairs counted
 * so far are counted into them in the order they came, which leaves them as they would be had they been counted into
 * from the start. Up to {@value #EXACT_UP_TO_KEYS} keys, some 36,000 notes of 20 to 55 words from one sender,
 * fewer than one unrelated note in 10,000 is called a template wrongly ({@code TemplateCensusTest} holds this);
 * past it counts read high more and more often, and {@link #isApproximate()} says so.
 */
public final class TemplateCensus {

    public static final int DEFAULT_MIN_RECIPIENTS = 3;
    public static final int MAX_RECIPIENTS = CountMinSketch.MAX_COUNT;
    static final long EXACT_UP_TO_KEYS = 4_000_000;
    private static final int SKETCH_DEPTH = 4;
    private static final int SKETCH_WIDTH = 1 << 22;
    private static final int BLOOM_BITS = 1 << 25;
    /** One byte per sketch counter, one bit per Bloom filter slot. */
    static final long MEMORY_BYTES = (long) SKETCH_DEPTH * SKETCH_WIDTH + BLOOM_BITS / Byte.SIZE;

    static final int EXACT_PAIRS = 1 << 16;
    private static final int SENDERS_REACHED_HELD = 1 << 18;

    /**
     * Where the census switches from exact counts to sketches, for keys and for anchors, and whether it counts only
     * the keys whose anchors are shared by enough notes; other than the default, for tests.
     */
    record Tuning(int exactPairs, int exactAnchors, boolean anchored) {
        static final Tuning DEFAULT = new Tuning(EXACT_PAIRS, NotesPerAnchor.EXACT_ANCHORS, true);
    }

    /** Which of its passes over the notes the census is in. */
    private enum Pass {
        /** Counting each note's anchors, and the keys that have none (short notes, and across senders). */
        ANCHORS,
        /** Counting the keys whose anchors enough notes share. */
        ANCHORED_KEYS,
        /** Counting is over; the census is asked. */
        DONE
    }

    private final int minRecipients;
    private final Tuning tuning;
    private final NotesPerAnchor notesPerAnchor;
    private Pass pass = Pass.ANCHORS;
    // The senders of the anchors that reached the minimum, up to SENDERS_REACHED_HELD; past that, null, and the second
    // pass reads every note.
    private LongCounts sendersReached = new LongCounts(SENDERS_REACHED_HELD);
    // Until EXACT_PAIRS pairs: the pairs counted, each as its key and its pair's hash in the order counted, and the
    // exact count of each key. After: the sketch and the filter, and these are dropped.
    private LongCounts pairsCounted;
    private LongCounts exactCounts;
    private long[] pairsInOrder = new long[64];
    private CountMinSketch recipientsPerKey;
    private BloomFilter countedPairs;
    // Once counting is done, in place of the two above when they were made.
    private CountMinSketch.Reached keysReached;
    private long keysCounted;

    /** @param minRecipients how many people a note must go to for it to be a template, from 2 */
    public TemplateCensus(int minRecipients) {
        this(minRecipients, Tuning.DEFAULT);
    }

    TemplateCensus(int minRecipients, Tuning tuning) {
        if (minRecipients < 2 || minRecipients > MAX_RECIPIENTS) {
            throw new IllegalArgumentException("minRecipients out of 2.." + MAX_RECIPIENTS);
        }
        this.minRecipients = minRecipients;
        this.tuning = tuning;
        this.notesPerAnchor = new NotesPerAnchor(tuning.exactAnchors());
        this.pairsCounted = new LongCounts(tuning.exactPairs());
        this.exactCounts = new LongCounts(tuning.exactPairs());
    }

    /**
     * What one note adds to the census in the pass it is in, worked out from the note alone, so that any thread may
     * work it out while the counting ({@link #count(Entry)}) keeps to file order.
     */
    public static final class Entry {
        private static final long[] NONE = new long[0];
        private static final Entry BLANK = new Entry(NONE, NONE, 0, TemplateKeys.NO_KEY, 0);

        private final long[] anchors;
        private final long[] keys;
        private final long recipientHash;
        private final long acrossSenders;
        private final long senderHash;

        private Entry(long[] anchors, long[] keys, long recipientHash, long acrossSenders, long senderHash) {
            this.anchors = anchors;
            this.keys = keys;
            this.recipientHash = recipientHash;
            this.acrossSenders = acrossSenders;
            this.senderHash = senderHash;
        }
    }

    /**
     * What the note adds in this pass: in the first, its anchors, the keys without one and its key across senders;
     * in the second, the keys whose anchors enough notes share. Any thread may call it while another counts: in the
     * first pass it reads nothing the census holds, and in the second it reads which anchors reached the minimum and
     * their senders, which only the first pass and its end write.
     */
    public Entry entryOf(String message, String sender, String recipient) {
        if (message.isBlank() || pass == Pass.DONE) {
            return Entry.BLANK;
        }
        long senderHash = TemplateKeys.personHash(sender);
        // The words of a note are the costly part: in the second pass, only the notes of senders who wrote alike.
        if (pass == Pass.ANCHORED_KEYS && sendersReached != null && sendersReached.get(senderHash) == 0) {
            return Entry.BLANK;
        }
        // The sender's names matter only to the key across senders, which the first pass counts.
        TemplateKeys.Tokens tokens = TemplateKeys.Tokens.of(Words.of(TextNormalizer.normalize(message)),
                NameWords.of(recipient), pass == Pass.ANCHORS ? NameWords.of(sender) : List.of());
        TemplateKeys.Shape shape = TemplateKeys.Shape.of(tokens, senderHash);
        long recipientHash = TemplateKeys.personHash(recipient);
        if (pass == Pass.ANCHORS) {
            return new Entry(tuning.anchored() ? anchorsOf(shape) : Entry.NONE,
                    shape.keys(anchor -> !tuning.anchored() || anchor == TemplateKeys.Shape.NO_ANCHOR),
                    recipientHash, TemplateKeys.acrossSenders(tokens), senderHash);
        }
        boolean[] reached = anchorsReached(shape);
        return new Entry(Entry.NONE, shape.keys(anchor -> anchor != TemplateKeys.Shape.NO_ANCHOR && reached[anchor]),
                recipientHash, TemplateKeys.NO_KEY, senderHash);
    }

    private static long[] anchorsOf(TemplateKeys.Shape shape) {
        int[] indexes = shape.anchorIndexes();
        long[] anchors = new long[indexes.length];
        for (int i = 0; i < indexes.length; i++) {
            anchors[i] = shape.anchor(indexes[i]);
        }
        return anchors;
    }

    /**
     * Counts notes held in memory, in every pass the census needs: the training program's way and the tests', where an
     * audit streams its inputs pass after pass.
     */
    <T> TemplateCensus countAll(List<T> notes, Function<T, String> message, Function<T, String> sender,
            Function<T, String> recipient) {
        do {
            for (T note : notes) {
                count(entryOf(message.apply(note), sender.apply(note), recipient.apply(note)));
            }
        } while (endPass());
        return this;
    }

    /**
     * Counts a note; the census's counts depend on the order notes are counted in, which is file order, the first
     * pass's before the second's.
     */
    public void count(Entry entry) {
        if (pass == Pass.DONE) {
            throw new IllegalStateException("the census is done counting");
        }
        boolean anchorReached = false;
        for (long anchor : entry.anchors) {
            anchorReached |= notesPerAnchor.add(anchor) >= minRecipients;
        }
        if (anchorReached) {
            if (sendersReached != null && sendersReached.add(entry.senderHash) == 1
                    && sendersReached.size() > SENDERS_REACHED_HELD) {
                sendersReached = null;
            }
        }
        for (long key : entry.keys) {
            countOnce(key, entry.recipientHash);
        }
        if (entry.acrossSenders != TemplateKeys.NO_KEY) {
            countOnce(entry.acrossSenders, entry.senderHash);
        }
    }

    /**
     * Ends a pass over the notes, and tells whether another is needed: the keys of notes whose first or last words
     * enough notes share are counted in a second pass, once those counts are known. An export where no sender wrote
     * the same words to enough people needs none.
     */
    public boolean endPass() {
        boolean someAnchorReached = sendersReached == null || sendersReached.size() > 0;
        if (pass == Pass.ANCHORS) {
            notesPerAnchor.settle(minRecipients);
        }
        pass = pass == Pass.ANCHORS && someAnchorReached ? Pass.ANCHORED_KEYS : Pass.DONE;
        if (pass == Pass.DONE && recipientsPerKey != null) {
            // Only asked from now on: the bits of the keys that reached the minimum, not the counts and the pairs.
            keysReached = recipientsPerKey.reached(minRecipients);
            recipientsPerKey = null;
            countedPairs = null;
        }
        return pass != Pass.DONE;
    }

    /** Counts the key once for each different person: a recipient for one sender's keys, a sender for the shared. */
    private void countOnce(long key, long personHash) {
        long pair = Hash64.combine(key, personHash);
        if (countedPairs == null && pairsCounted.size() < tuning.exactPairs()) {
            if (pairsCounted.add(pair) == 1) {
                exactCounts.add(key);
                int at = 2 * (pairsCounted.size() - 1);
                if (at == pairsInOrder.length) {
                    pairsInOrder = Arrays.copyOf(pairsInOrder, 2 * at);
                }
                pairsInOrder[at] = key;
                pairsInOrder[at + 1] = pair;
                keysCounted++;
            }
            return;
        }
        if (countedPairs == null) {
            makeTheSketches();
        }
        if (countedPairs.add(pair)) {
            recipientsPerKey.increment(key);
            keysCounted++;
        }
    }

    private void makeTheSketches() {
        recipientsPerKey = new CountMinSketch(SKETCH_DEPTH, SKETCH_WIDTH);
        countedPairs = new BloomFilter(BLOOM_BITS, 4);
        keysCounted = 0;
        for (int at = 0; at < 2 * pairsCounted.size(); at += 2) {
            if (countedPairs.add(pairsInOrder[at + 1])) {
                recipientsPerKey.increment(pairsInOrder[at]);
                keysCounted++;
            }
        }
        pairsCounted = null;
        exactCounts = null;
        pairsInOrder = null;
    }

    private boolean reached(long key) {
        return keysReached == null ? exactCounts.get(key) >= minRecipients : keysReached.has(key);
    }

    /**
     * Whether the note is a template: some key of it reached the minimum. A key whose anchor fewer notes share is
     * not asked about: it cannot have.
     *
     * @param words          the note's words, as {@link Words#of} split it; the note is not blank
     * @param recipientNames the recipient's names, as {@link NameWords#of} gives them
     * @param senderNames    the sender's, likewise: the classifier has them already
     */
    boolean isMassTemplate(List<Word> words, String sender, List<String> recipientNames, List<String> senderNames) {
        if (pass != Pass.DONE) {
            throw new IllegalStateException("the census is asked before it is done counting: end every pass first");
        }
        TemplateKeys.Tokens tokens = TemplateKeys.Tokens.of(words, recipientNames, senderNames);
        TemplateKeys.Shape shape = TemplateKeys.Shape.of(tokens, TemplateKeys.personHash(sender));
        boolean[] anchorReached = anchorsReached(shape);
        for (long key : shape.keys(anchor -> !tuning.anchored() || anchor == TemplateKeys.Shape.NO_ANCHOR
                || anchorReached[anchor])) {
            if (reached(key)) {
                return true;
            }
        }
        long acrossSenders = TemplateKeys.acrossSenders(tokens);
        return acrossSenders != TemplateKeys.NO_KEY && reached(acrossSenders);
    }

    /** For each anchor index of the shape, whether enough notes share it; any index the shape lacks is false. */
    private boolean[] anchorsReached(TemplateKeys.Shape shape) {
        boolean[] reached = new boolean[2 * TemplateKeys.Shape.ANCHOR_LENGTHS];
        for (int index : shape.anchorIndexes()) {
            reached[index] = notesPerAnchor.reached(shape.anchor(index));
        }
        return reached;
    }

    /** Whether so many notes were counted that a note may be called a template wrongly. */
    public boolean isApproximate() {
        return keysCounted > EXACT_UP_TO_KEYS;
    }
}
