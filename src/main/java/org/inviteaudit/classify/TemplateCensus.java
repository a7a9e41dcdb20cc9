package org.inviteaudit.classify;

import java.util.Arrays;
import java.util.List;
import org.inviteaudit.io.Hash64;

/**
 * The first of an audit's two passes over the records: for each {@link TemplateKeys key}, how many different people
 * one sender sent a note of that shape to, and how many different senders sent the same note (so that in the
 * invitations one receives, the same suggested note from many people is found too). The second pass asks it whether
 * a note reached at least the minimum.
 *
 * <p>Memory is bounded whatever the input ({@link #MEMORY_BYTES}, 20 MiB, and at most 8 MiB of the keys that reached
 * the minimum): the counts live in a count-min sketch and the (key, recipient) pairs already counted in a Bloom
 * filter; one pass, and constant work per key. A note of n words has about 3n
 * keys. A small export, up to {@value #EXACT_PAIRS} pairs (some 800 notes), is counted exactly in hash tables
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
    /** At most 8 MiB of keys that reached the minimum, at 16 bytes a key. */
    static final int REACHED_KEYS_HELD = 1 << 19;

    private final int minRecipients;
    private final int exactPairs;
    private final int reachedKeysHeld;
    // Until EXACT_PAIRS pairs: the pairs counted, each as its key and its pair's hash in the order counted, and the
    // exact count of each key. After: the sketch and the filter, and these are dropped.
    private LongCounts pairsCounted = new LongCounts();
    private LongCounts exactCounts = new LongCounts();
    private long[] pairsInOrder = new long[64];
    private CountMinSketch recipientsPerKey;
    private BloomFilter countedPairs;
    private long keysCounted;
    // What touch(Entry) read: never used.
    private long touched;
    // The keys that reached the minimum as they were counted, up to reachedKeysHeld of them: what the second pass
    // asks about, in a table small enough to stay in the processor's cache, where asking the sketch is a cache miss
    // per key. Null once more keys than that reached it, and the sketch is asked instead.
    private LongCounts reachedKeys = new LongCounts();

    /** @param minRecipients how many people a note must go to for it to be a template, from 2 */
    public TemplateCensus(int minRecipients) {
        this(minRecipients, EXACT_PAIRS);
    }

    /** @param exactPairs how many pairs are counted exactly before the sketches are made; for tests */
    TemplateCensus(int minRecipients, int exactPairs) {
        this(minRecipients, exactPairs, REACHED_KEYS_HELD);
    }

    /** @param reachedKeysHeld how many keys that reached the minimum are held before the sketch is asked; for tests */
    TemplateCensus(int minRecipients, int exactPairs, int reachedKeysHeld) {
        if (minRecipients < 2 || minRecipients > MAX_RECIPIENTS) {
            throw new IllegalArgumentException("minRecipients out of 2.." + MAX_RECIPIENTS);
        }
        this.minRecipients = minRecipients;
        this.exactPairs = exactPairs;
        this.reachedKeysHeld = reachedKeysHeld;
    }

    /**
     * What one note adds to the census, worked out from the note alone, so that any thread may work it out while the
     * counting ({@link #count(Entry)}) keeps to file order.
     */
    public static final class Entry {
        private static final Entry BLANK = new Entry(new long[0], 0, TemplateKeys.NO_KEY, 0);

        private final long[] keys;
        private final long recipientHash;
        private final long acrossSenders;
        private final long senderHash;

        private Entry(long[] keys, long recipientHash, long acrossSenders, long senderHash) {
            this.keys = keys;
            this.recipientHash = recipientHash;
            this.acrossSenders = acrossSenders;
            this.senderHash = senderHash;
        }
    }

    public static Entry entryOf(String message, String sender, String recipient) {
        if (message.isBlank()) {
            return Entry.BLANK;
        }
        List<Word> words = Words.of(TextNormalizer.normalize(message));
        List<String> recipientNames = NameWords.of(recipient);
        long senderHash = TemplateKeys.personHash(sender);
        return new Entry(TemplateKeys.of(words, senderHash, recipientNames), TemplateKeys.personHash(recipient),
                TemplateKeys.acrossSenders(words, NameWords.of(sender), recipientNames), senderHash);
    }

    public void count(String message, String sender, String recipient) {
        count(entryOf(message, sender, recipient));
    }

    /** Counts a note; the census's counts depend on the order notes are counted in, which is file order. */
    public void count(Entry entry) {
        if (countedPairs != null) {
            touch(entry);
        }
        for (long key : entry.keys) {
            countOnce(key, entry.recipientHash);
        }
        if (entry.acrossSenders != TemplateKeys.NO_KEY) {
            countOnce(entry.acrossSenders, entry.senderHash);
        }
    }

    /**
     * Reads, before counting a note, every place in the sketches that its keys will use: in 20 MiB each is likely a
     * cache miss, and reads that do not depend on each other are waited for together, where counting waits for each
     * key's in turn. What is read is kept only so that the reads are not dropped as useless.
     */
    private void touch(Entry entry) {
        long sum = 0;
        for (long key : entry.keys) {
            sum += countedPairs.touch(Hash64.combine(key, entry.recipientHash)) + recipientsPerKey.touch(key);
        }
        touched += sum;
    }

    /** Counts the key once for each different person: a recipient for one sender's keys, a sender for the shared. */
    private void countOnce(long key, long personHash) {
        long pair = Hash64.combine(key, personHash);
        if (countedPairs == null && pairsCounted.size() < exactPairs) {
            if (pairsCounted.add(pair) == 1) {
                exactCounts.add(key);
                remember(key, exactCounts.get(key));
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
            remember(key, recipientsPerKey.increment(key));
            keysCounted++;
        }
    }

    private void remember(long key, int recipients) {
        if (recipients < minRecipients || reachedKeys == null) {
            return;
        }
        reachedKeys.add(key);
        if (reachedKeys.size() > reachedKeysHeld) {
            reachedKeys = null;
        }
    }

    private void makeTheSketches() {
        recipientsPerKey = new CountMinSketch(SKETCH_DEPTH, SKETCH_WIDTH);
        countedPairs = new BloomFilter(BLOOM_BITS, 4);
        keysCounted = 0;
        for (int at = 0; at < 2 * pairsCounted.size(); at += 2) {
            if (countedPairs.add(pairsInOrder[at + 1])) {
                remember(pairsInOrder[at], recipientsPerKey.increment(pairsInOrder[at]));
                keysCounted++;
            }
        }
        pairsCounted = null;
        exactCounts = null;
        pairsInOrder = null;
    }

    /**
     * Whether the key reached the minimum. Counted in the sketches, a key's estimate may reach it later, by other
     * keys' counts in its cells; a key that reached it as it was counted is a template with fewer false ones, and it
     * is what is asked while those keys are held.
     */
    private boolean reached(long key) {
        if (countedPairs == null) {
            return exactCounts.get(key) >= minRecipients;
        }
        return reachedKeys != null ? reachedKeys.get(key) > 0 : recipientsPerKey.atLeast(key, minRecipients);
    }

    /** @param words the note's words, as {@link Words#of} split it; the note is not blank */
    boolean isMassTemplate(List<Word> words, String sender, List<String> recipientNames) {
        for (long key : TemplateKeys.of(words, TemplateKeys.personHash(sender), recipientNames)) {
            if (reached(key)) {
                return true;
            }
        }
        long acrossSenders = TemplateKeys.acrossSenders(words, NameWords.of(sender), recipientNames);
        return acrossSenders != TemplateKeys.NO_KEY && reached(acrossSenders);
    }

    /** Whether so many notes were counted that a note may be called a template wrongly. */
    public boolean isApproximate() {
        return keysCounted > EXACT_UP_TO_KEYS;
    }
}
