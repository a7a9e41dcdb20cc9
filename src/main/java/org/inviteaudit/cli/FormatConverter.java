package org.inviteaudit.cli;

import java.util.Locale;
import org.inviteaudit.render.OutputFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --format} by the formats' lower-case ids. */
final class FormatConverter implements ITypeConverter<OutputFormat> {

    @Override
    public OutputFormat convert(String value) {
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        for (OutputFormat format : OutputFormat.values()) {
            if (format.id().equals(wanted)) {
                return format;
            }
        }
        throw new TypeConversionException("'" + value + "' is not a format; use one of "
                + String.join(", ", new OutputFormat.Ids()));
    }
}
