package org.inviteaudit.cli;

import org.inviteaudit.render.AdviceFormat;

/** Reads {@code check --format}. */
final class AdviceFormatConverter extends IdConverter<AdviceFormat> {

    AdviceFormatConverter() {
        super("a format", byId(AdviceFormat.values(), AdviceFormat::id), AdviceFormat.values().length);
    }
}
