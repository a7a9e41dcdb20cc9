package org.inviteaudit.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --limit}: a whole number, 0 or more. */
final class LimitConverter implements ITypeConverter<Integer> {

    @Override
    public Integer convert(String value) {
        int limit = WholeNumber.parse(value, "how many to list, or 0 for all");
        if (limit < 0) {
            throw new TypeConversionException("--limit must be 0 (list all) or more, not " + limit);
        }
        return limit;
    }
}
