package org.inviteaudit.cli;

import org.inviteaudit.render.OutputFormat;

/** Reads {@code --format} by the formats' lower-case ids. */
final class FormatConverter extends IdConverter<OutputFormat> {

    FormatConverter() {
        super("a format", byId(OutputFormat.values(), OutputFormat::id), OutputFormat.values().length);
    }
}
