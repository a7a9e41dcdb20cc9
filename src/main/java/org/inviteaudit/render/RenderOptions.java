package org.inviteaudit.render;

/**
 * What the command line says about presentation.
 *
 * @param listLimit how many invitations of each verdict the text report lists; 0 lists them all
 * @param colour    whether the text report uses colour
 */
public record RenderOptions(int listLimit, boolean colour) {

    public RenderOptions {
        if (listLimit < 0) {
            throw new IllegalArgumentException("listLimit must not be negative: " + listLimit);
        }
    }
}
