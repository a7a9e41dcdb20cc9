package org.inviteaudit.render;

import java.util.Optional;
import org.inviteaudit.report.Period;

/**
 * What the command line says about presentation.
 *
 * @param listLimit    how many invitations of each verdict the text report lists; 0 lists them all
 * @param colour       whether the text report uses colour
 * @param lineBuffered whether each line of a streamed format (NDJSON) is flushed as soon as it is written
 * @param width        how many columns the text report may take, at least {@link #MIN_WIDTH}; {@link #UNLIMITED}
 *                     prints every note whole
 * @param by           the periods the counts are broken down by; empty chooses by the span of dates
 * @param byteOrderMark whether CSV starts with a byte-order mark
 */
public record RenderOptions(int listLimit, boolean colour, boolean lineBuffered, int width, Optional<Period> by,
        boolean byteOrderMark) {

    /** The narrowest text report: the count tables and a block per invitation still fit. */
    public static final int MIN_WIDTH = 40;
    /** The width of a text report whose lines are as long as what they hold. */
    public static final int UNLIMITED = Integer.MAX_VALUE;

    public RenderOptions {
        if (listLimit < 0) {
            throw new IllegalArgumentException("listLimit must not be negative: " + listLimit);
        }
        if (width < MIN_WIDTH) {
            throw new IllegalArgumentException("width must be at least " + MIN_WIDTH + ": " + width);
        }
    }
}
