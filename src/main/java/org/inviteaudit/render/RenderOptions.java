package org.inviteaudit.render;

/**
 * What the command line says about presentation.
 *
 * @param listLimit how many invitations the text report lists; 0 lists them all
 */
public record RenderOptions(int listLimit) {

    public RenderOptions {
        if (listLimit < 0) {
            throw new IllegalArgumentException("listLimit must not be negative: " + listLimit);
        }
    }
}
