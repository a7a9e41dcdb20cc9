package org.inviteaudit.classify;

/**
 * How many notes share each anchor ({@link TemplateKeys.Shape}): exactly while there are few anchors, then in a
 * count-min sketch, whose counts may read high, never low. Notes, not people: a count is at least the number of
 * different people the notes went to, which is all the census needs of it, and a count that reads high costs only
 * counting a note's keys that need not have been.
 */
final class NotesPerAnchor {

    /** Anchors counted exactly; some 8,000 notes' worth, before the sketch's 8 MiB are taken. */
    static final int EXACT_ANCHORS = 1 << 16;
    private static final int SKETCH_DEPTH = 4;
    private static final int SKETCH_WIDTH = 1 << 21;

    private final int exactAnchors;
    private LongCounts exact = new LongCounts();
    private CountMinSketch sketch;

    NotesPerAnchor(int exactAnchors) {
        this.exactAnchors = exactAnchors;
    }

    /** Counts one more note with the anchor, and gives the count after. */
    int add(long anchor) {
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

    /** Whether at least so many notes had the anchor; only reads, so any thread may ask once counting is done. */
    boolean atLeast(long anchor, int notes) {
        return sketch != null ? sketch.atLeast(anchor, notes) : exact.get(anchor) >= notes;
    }
}
