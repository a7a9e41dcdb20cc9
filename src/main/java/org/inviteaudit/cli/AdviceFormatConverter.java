package org.inviteaudit.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.inviteaudit.render.AdviceFormat;

/** Reads {@code check --format}. */
final class AdviceFormatConverter extends IdConverter<AdviceFormat> {

    AdviceFormatConverter() {
        super("a format", ids(), AdviceFormat.values().length);
    }

    // Not byId(values, AdviceFormat::id): `check` links no lambda on its way, each having cost a run's start some
    // 0.2 ms on JDK 17.
    private static Map<String, AdviceFormat> ids() {
        Map<String, AdviceFormat> ids = new LinkedHashMap<>();
        for (AdviceFormat format : AdviceFormat.values()) {
            ids.put(format.id(), format);
        }
        return ids;
    }
}
