package org.inviteaudit.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.inviteaudit.render.AdviceFormat;

/** Reads {@code check --format}. */
final class AdviceFormatConverter extends IdConverter<AdviceFormat> {

    AdviceFormatConverter() {
        super("a format", ids(), AdviceFormat.values().length);
    }

    // Not byId(values, AdviceFormat::id): what `check` runs links no lambda (docs/code.md).
    private static Map<String, AdviceFormat> ids() {
        Map<String, AdviceFormat> ids = new LinkedHashMap<>();
        for (AdviceFormat format : AdviceFormat.values()) {
            ids.put(format.id(), format);
        }
        return ids;
    }
}
