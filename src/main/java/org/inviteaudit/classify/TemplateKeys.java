package org.inviteaudit.classify;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import org.inviteaudit.io.Hash64;

/**
 * The hashed shapes of one sender's note that its copies to other people share. The note is reduced to a skeleton:
 * its folded words, with the recipient's names, numbers and capitalised words inside a sentence (the slots a
 * mail merge fills: a company, a city, an event) each replaced by one slot mark, and a run of marks counted once.
 * The keys are the whole skeleton and, for a skeleton long enough to be a template, the skeleton with each stretch
 * of one to {@value #MAX_WORDS_SWAPPED} words in turn cut out, so that copies with a few adjacent words swapped
 * ("your talk on event sourcing" and "your talk on platform teams") still share a key. All keys carry the sender,
 * but for one: {@link #acrossSenders}, the whole skeleton of a note long enough that copies from different senders
 * mean a shared template (LinkedIn's suggested notes, a script passed around a course).
 */
final class TemplateKeys {

    /** At most this many adjacent words may differ between near copies. */
    static final int MAX_WORDS_SWAPPED = 3;
    /** What must stay the same around the words cut out; fewer would make unrelated short notes look alike. */
    static final int MIN_WORDS_KEPT = 5;

    /**
     * A note must be this long, once its slots are marked, for copies from different senders to make it a template:
     * short notes ("Great meeting you yesterday!") are written alike by people who never saw each other's.
     */
    static final int MIN_WORDS_ACROSS_SENDERS = 8;
    /** What {@link #acrossSenders} gives for a note too short to be judged across senders. */
    static final long NO_KEY = 0;

    private static final long CUT = 0x5bd1e995L;
    // Stands for the sender in the keys of notes compared across senders.
    private static final long ANY_SENDER = 0x2545f4914f6cdd1dL;

    private TemplateKeys() {
    }

    /**
     * A note's keys, and for each the anchor it is counted under: a stretch of the skeleton that every note sharing
     * the key shares too, so that a key whose anchor is found in fewer notes than a template needs cannot be a
     * template's, and need not be counted ({@link TemplateCensus}). A key whose cut starts at word s (the whole
     * skeleton: s = n) has the first words as its anchor, as many as the longest of 4, 8, 16, 32 that is at most s;
     * one cut nearer the start has the last words, as many as the longest of those that its suffix holds; a key with
     * neither, in a short note, has none and is always counted. The anchors carry the sender, as the keys do.
     */
    static final class Shape {
        /** How many anchor lengths: the powers of two from 4 to 32. */
        static final int ANCHOR_LENGTHS = 4;
        /** The anchor of a key counted whatever the anchors. */
        static final int NO_ANCHOR = -1;
        private static final int SHORTEST_ANCHOR = 4;
        private static final long LAST_WORDS = 0x632be59bd9b4e019L;

        // prefix[i] folds the sender and tokens 0..i-1, suffix[i] tokens i..n-1: each cut's key costs O(1).
        private final long[] prefix;
        private final long[] suffix;
        private final int words;
        private final long senderHash;

        private Shape(long[] prefix, long[] suffix, long senderHash) {
            this.prefix = prefix;
            this.suffix = suffix;
            this.words = prefix.length - 1;
            this.senderHash = senderHash;
        }

        static Shape of(Tokens tokens, long senderHash) {
            long[] skeleton = tokens.skeleton(false);
            int n = skeleton.length;
            long[] prefix = new long[n + 1];
            prefix[0] = senderHash;
            for (int i = 0; i < n; i++) {
                prefix[i + 1] = Hash64.combine(prefix[i], skeleton[i]);
            }
            long[] suffix = new long[n + 1];
            suffix[n] = CUT;
            for (int i = n - 1; i >= 0; i--) {
                suffix[i] = Hash64.combine(suffix[i + 1], skeleton[i]);
            }
            return new Shape(prefix, suffix, senderHash);
        }

        /**
         * The indexes of the anchors the skeleton is long enough to have, its first words' (0 to 3) then its last
         * words' (4 to 7), for {@link #anchor}.
         */
        int[] anchorIndexes() {
            int lengths = 0;
            while (lengths < ANCHOR_LENGTHS && SHORTEST_ANCHOR << lengths <= words) {
                lengths++;
            }
            int[] indexes = new int[2 * lengths];
            for (int i = 0; i < lengths; i++) {
                indexes[i] = i;
                indexes[lengths + i] = ANCHOR_LENGTHS + i;
            }
            return indexes;
        }

        /**
         * The anchor at this index: the first 4, 8, 16, 32 words at 0 to 3, the last as many at 4 to 7; the index
         * must be one of {@link #anchorIndexes()}.
         */
        long anchor(int index) {
            int length = SHORTEST_ANCHOR << (index % ANCHOR_LENGTHS);
            return index < ANCHOR_LENGTHS ? prefix[length]
                    : Hash64.combine(Hash64.combine(senderHash, LAST_WORDS), suffix[words - length]);
        }

        /**
         * The keys whose anchor is wanted, in the order the census has always counted them: the whole skeleton's,
         * then one per cut.
         */
        long[] keys(IntPredicate anchorWanted) {
            int n = words;
            int maxCut = Math.max(0, Math.min(MAX_WORDS_SWAPPED, n - MIN_WORDS_KEPT));
            long[] keys = new long[1 + cuts(n, maxCut)];
            int k = 0;
            if (anchorWanted.test(anchorOf(n, 0))) {
                keys[k++] = prefix[n];
            }
            for (int length = 1; length <= maxCut; length++) {
                for (int start = 0; start + length <= n; start++) {
                    if (anchorWanted.test(anchorOf(start, n - start - length))) {
                        // The same key whatever the cut's length: two words swapped for one still match.
                        keys[k++] = Hash64.combine(prefix[start], suffix[start + length]);
                    }
                }
            }
            return k == keys.length ? keys : Arrays.copyOf(keys, k);
        }

        /**
         * The anchor of the key made of the first {@code kept} words and the last {@code suffix}: every note with the
         * key has both, so the longest anchor within either is theirs too.
         */
        private static int anchorOf(int kept, int suffix) {
            if (kept >= SHORTEST_ANCHOR) {
                return longestWithin(kept);
            }
            return suffix >= SHORTEST_ANCHOR ? ANCHOR_LENGTHS + longestWithin(suffix) : NO_ANCHOR;
        }

        private static int longestWithin(int words) {
            int k = 0;
            while (k + 1 < ANCHOR_LENGTHS && SHORTEST_ANCHOR << (k + 1) <= words) {
                k++;
            }
            return k;
        }
    }

    /**
     * The key that the same note from any sender shares: the whole skeleton, with the sender's names masked as well
     * as the recipient's ("Thanks, Priya" and "Thanks, Tom"), or {@link #NO_KEY} for a note too short to judge.
     */
    static long acrossSenders(Tokens tokens) {
        long[] skeleton = tokens.skeleton(true);
        if (skeleton.length < MIN_WORDS_ACROSS_SENDERS) {
            return NO_KEY;
        }
        long key = ANY_SENDER;
        for (long token : skeleton) {
            key = Hash64.combine(key, token);
        }
        return key == NO_KEY ? NO_KEY + 1 : key;
    }

    /** A person as the keys and the census tell people apart: by the name as written, typography and case aside. */
    static long personHash(String name) {
        return Hash64.of(TextNormalizer.fold(TextNormalizer.normalize(name)));
    }

    private static int cuts(int n, int maxCut) {
        int count = 0;
        for (int length = 1; length <= maxCut; length++) {
            count += n - length + 1;
        }
        return count;
    }

    /**
     * A note's words as its keys read them, worked out once for both its skeletons: each word's hash, and whether it
     * is a slot (the recipient's name, a number, a capitalised word inside a sentence) or, across senders only, the
     * sender's name.
     */
    static final class Tokens {
        private static final byte WORD = 0;
        private static final byte SLOT = 1;
        private static final byte SENDER_NAME = 2;
        private static final long SLOT_MARK = Hash64.of("\u0000");

        private final long[] hashes;
        private final byte[] kinds;

        private Tokens(long[] hashes, byte[] kinds) {
            this.hashes = hashes;
            this.kinds = kinds;
        }

        static Tokens of(List<Word> words, List<String> recipientNames, List<String> senderNames) {
            long[] hashes = new long[words.size()];
            byte[] kinds = new byte[words.size()];
            for (int i = 0; i < hashes.length; i++) {
                Word word = words.get(i);
                String folded = word.folded();
                if (recipientNames.contains(folded) || word.hasDigit()
                        || (!word.sentenceStart() && word.isCapitalised())) {
                    kinds[i] = SLOT;
                } else {
                    kinds[i] = senderNames.contains(folded) ? SENDER_NAME : WORD;
                    hashes[i] = Hash64.of(folded);
                }
            }
            return new Tokens(hashes, kinds);
        }

        /** The skeleton's tokens: the words' hashes, each run of slots one mark; the sender's names too across. */
        long[] skeleton(boolean acrossSenders) {
            long[] skeleton = new long[hashes.length];
            int n = 0;
            boolean afterSlot = false;
            for (int i = 0; i < hashes.length; i++) {
                boolean slot = kinds[i] == SLOT || (acrossSenders && kinds[i] == SENDER_NAME);
                if (!slot) {
                    skeleton[n++] = hashes[i];
                } else if (!afterSlot) {
                    skeleton[n++] = SLOT_MARK;
                }
                afterSlot = slot;
            }
            return n == skeleton.length ? skeleton : Arrays.copyOf(skeleton, n);
        }
    }
}
