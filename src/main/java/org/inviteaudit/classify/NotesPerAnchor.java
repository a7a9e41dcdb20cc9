package org.inviteaudit.classify;

/**
 * How many notes share each anchor ({@link TemplateKeys.Shape}): exactly while there are few anchors, then in a
 * count-min sketch, whose counts may read high, never low. Notes, not people: a count is at least the number of
 * different people the notes went to, which is all the census needs of it, and a count that reads high costs only
 * counting a note's keys that need not have been. Once counted, all that is asked is whether an anchor reached the
 * minimum, and the sketch is traded for the bits that say so ({@link CountMinSketch#reached}).
 */
final class NotesPerAnchor {

    /** Anchors counted exactly; some 8,000 notes' worth, before the sketch's 8 MiB are taken. */
    static final int EXACT_ANCHORS = 1 << 16;
    private static final int SKETCH_DEPTH = 4;
    private static final int SKETCH_WIDTH = 1 << 21;

    private final int exactAnchors;
    private LongCounts exact;
    private CountMinSketch sketch;
    private int minNotes;
    private CountMinSketch.Reached reached;

    NotesPerAnchor(int exactAnchors) {
        this.exactAnchors = exactAnchors;
        this.exact = new LongCounts(exactAnchors);
    }

    /** Counts one more note with the anchor, and gives the count after. */
    int add(long anchor) {
        if (minNotes != 0) {
            throw new IllegalStateException("the anchors' counting is settled");
        }
        if (sketch != null) {
            return sketch.increment(anchor);
        }
        int count = exact.add(anchor);
        if (exact.size() > exactAnchors) {
            sketch = new CountMinSketch(SKETCH_DEPTH, SKETCH_WIDTH);
            exact.forEach((key, notes) -> {
                for (int i = 0; i < notes && i < CountMinSketch.MAX_COUNT; i++) {
                    sketch.increment(key);
                }
            });
            exact = null;
        }
        return Math.min(count, CountMinSketch.MAX_COUNT);
    }

    /** Ends the counting: from now on, the census asks only whether an anchor was in at least so many notes. */
    void settle(int notes) {
        minNotes = notes;
        if (sketch != null) {
            reached = sketch.reached(notes);
            sketch = null;
        }
    }

    /**
     * Whether at least the settled number of notes had the anchor; only reads, so any thread may ask once counting
     * is settled.
     */
    boolean reached(long anchor) {
        if (minNotes == 0) {
            throw new IllegalStateException("the anchors are asked about before their counting is settled");
        }
        return reached != null ? reached.has(anchor) : exact.get(anchor) >= minNotes;
    }
}
