package org.inviteaudit.cli;

import java.util.Locale;

/** Reads {@code --color}. */
final class ColorConverter extends IdConverter<ColorConverter.When> {

    /** When the text report uses colour. */
    enum When {
        AUTO, ALWAYS, NEVER;

        /** {@code auto}: on a terminal, unless NO_COLOR is set; {@code always} wins over NO_COLOR. */
        boolean colour(Environment environment) {
            return switch (this) {
                case ALWAYS -> true;
                case NEVER -> false;
                case AUTO -> environment.stdoutIsTerminal() && !environment.noColor();
            };
        }
    }

    ColorConverter() {
        super("a colour setting", byId(When.values(), when -> when.name().toLowerCase(Locale.ROOT)),
                When.values().length);
    }
}
