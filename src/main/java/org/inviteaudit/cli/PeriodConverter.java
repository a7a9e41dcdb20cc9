package org.inviteaudit.cli;

import org.inviteaudit.report.Period;

/** Reads {@code --by}. */
final class PeriodConverter extends IdConverter<Period> {

    PeriodConverter() {
        super("a period", byId(Period.values(), Period::id), Period.values().length);
    }
}
