package org.inviteaudit.cli;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.inviteaudit.report.DirectionScope;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --direction}; the export's own words, incoming and outgoing, are accepted too. */
final class DirectionConverter implements ITypeConverter<DirectionScope> {

    static final class Candidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("all", "received", "sent").iterator();
        }
    }

    @Override
    public DirectionScope convert(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "all" -> DirectionScope.ALL;
            case "received", "incoming" -> DirectionScope.RECEIVED;
            case "sent", "outgoing" -> DirectionScope.SENT;
            default -> throw new TypeConversionException(
                    "'" + value + "' is not a direction; use all, received (incoming) or sent (outgoing)");
        };
    }
}
