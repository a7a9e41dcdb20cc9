package org.inviteaudit.cli;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --color}. */
final class ColorConverter implements ITypeConverter<ColorConverter.When> {

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

    static final class Candidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("auto", "always", "never").iterator();
        }
    }

    @Override
    public When convert(String value) {
        try {
            return When.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("'" + value + "' is not a colour setting; use auto, always or never");
        }
    }
}
