package org.inviteaudit.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.inviteaudit.render.AdviceFormat;

/** Reads {@code check --format}. */
final class AdviceFormatConverter extends IdConverter<AdviceFormat> {

    AdviceFormatConverter() {
        super("a format", byId(), AdviceFormat.values().length);
    }

    private static Map<String, AdviceFormat> byId() {
        Map<String, AdviceFormat> byId = new LinkedHashMap<>();
        Arrays.stream(AdviceFormat.values()).forEach(format -> byId.put(format.id(), format));
        return byId;
    }
}
