package org.inviteaudit.render;

/**
 * What the command line says about presentation.
 *
 * @param listLimit how many invitations of each verdict the text report lists; 0 lists them all
 * @param colour    whether the text report uses colour
 * @param lineBuffered whether each line of a streamed format (NDJSON) is flushed as soon as it is written
 */
public record RenderOptions(int listLimit, boolean colour, boolean lineBuffered) {

    public RenderOptions {
        if (listLimit < 0) {
            throw new IllegalArgumentException("listLimit must not be negative: " + listLimit);
        }
    }
}
