package org.inviteaudit.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --since} and {@code --until}: a day, a month, or a time back from today ({@link DateBound}). */
final class DateConverter implements ITypeConverter<DateBound> {

    @Override
    public DateBound convert(String value) {
        try {
            return DateBound.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
