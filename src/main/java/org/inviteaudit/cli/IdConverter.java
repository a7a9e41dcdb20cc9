package org.inviteaudit.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads an option's value by name, without regard to case or surrounding spaces, and names the accepted values when
 * it is none of them. Each option's converter says what it reads and its names; picocli makes converters by class.
 */
abstract class IdConverter<T> implements ITypeConverter<T>, Iterable<String> {

    private final String what;
    private final Map<String, T> byName;
    private final List<String> shown;

    /**
     * @param what   what a value is, for the message ("a format")
     * @param byName every accepted name, the ones to show in help first, then aliases
     * @param shown  how many of the names the help and the message show
     */
    IdConverter(String what, Map<String, T> byName, int shown) {
        this.what = what;
        this.byName = new LinkedHashMap<>(byName);
        this.shown = new ArrayList<>(byName.keySet()).subList(0, shown);
    }

    /** Each value under its id, in the values' order. */
    static <T> Map<String, T> byId(T[] values, Function<T, String> id) {
        Map<String, T> byId = new LinkedHashMap<>();
        for (T value : values) {
            byId.put(id.apply(value), value);
        }
        return byId;
    }

    @Override
    public T convert(String value) {
        T converted = byName.get(value.strip().toLowerCase(Locale.ROOT));
        if (converted == null) {
            throw new TypeConversionException("'" + value + "' is not " + what + "; use one of "
                    + String.join(", ", shown));
        }
        return converted;
    }

    /** The names shown in help, for picocli's completion candidates. */
    @Override
    public Iterator<String> iterator() {
        return shown.iterator();
    }
}
