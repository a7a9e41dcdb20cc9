package org.inviteaudit.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.inviteaudit.report.DirectionScope;

/** Reads {@code --direction}; the export's own words, incoming and outgoing, are accepted too. */
final class DirectionConverter extends IdConverter<DirectionScope> {

    DirectionConverter() {
        super("a direction", names(), 3);
    }

    private static Map<String, DirectionScope> names() {
        Map<String, DirectionScope> names = new LinkedHashMap<>();
        names.put("all", DirectionScope.ALL);
        names.put("received", DirectionScope.RECEIVED);
        names.put("sent", DirectionScope.SENT);
        names.put("incoming", DirectionScope.RECEIVED);
        names.put("outgoing", DirectionScope.SENT);
        return names;
    }
}
