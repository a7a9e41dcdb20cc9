package org.inviteaudit.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

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
        super("a colour setting", byName(), When.values().length);
    }

    private static Map<String, When> byName() {
        Map<String, When> byName = new LinkedHashMap<>();
        for (When when : When.values()) {
            byName.put(when.name().toLowerCase(Locale.ROOT), when);
        }
        return byName;
    }
}
