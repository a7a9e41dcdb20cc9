package org.inviteaudit.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.inviteaudit.render.OutputFormat;

/** Reads {@code --format} by the formats' lower-case ids. */
final class FormatConverter extends IdConverter<OutputFormat> {

    FormatConverter() {
        super("a format", byId(), OutputFormat.values().length);
    }

    private static Map<String, OutputFormat> byId() {
        Map<String, OutputFormat> byId = new LinkedHashMap<>();
        Arrays.stream(OutputFormat.values()).forEach(format -> byId.put(format.id(), format));
        return byId;
    }
}
