package org.inviteaudit.cli;

import java.util.Locale;

/** Reads an option that says when to do something: {@code --color}, {@code --bom}. */
final class WhenConverter extends IdConverter<WhenConverter.When> {

    /** When to do it: in the case the option names ({@code auto}), always or never. */
    enum When {
        AUTO, ALWAYS, NEVER;

        boolean applies(boolean inTheAutomaticCase) {
            return this == ALWAYS || this == AUTO && inTheAutomaticCase;
        }
    }

    WhenConverter() {
        super("auto, always or never", byId(When.values(), when -> when.name().toLowerCase(Locale.ROOT)),
                When.values().length);
    }
}
