package org.inviteaudit.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SentAtParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "1/29/26, 2:37 PM      | 2026-01-29T14:37",
        "12/31/25, 11:59 PM    | 2025-12-31T23:59",
        "3/4/24, 12:05 AM      | 2024-03-04T00:05",
        "3/4/24, 12:05 PM      | 2024-03-04T12:05",
        "03/04/24, 09:05 am    | 2024-03-04T09:05",
        "1/29/2026, 2:37 PM    | 2026-01-29T14:37",
        "1/29/26 2:37PM        | 2026-01-29T14:37",
        "1/29/26, 2:37:15 P.M. | 2026-01-29T14:37:15",
    })
    void readsTheExportFormat(String text, String expected) {
        assertThat(SentAtParser.parse(text)).contains(LocalDateTime.parse(expected));
    }

    @Test
    void acceptsNarrowNoBreakSpaceBeforeTheMeridiem() {
        assertThat(SentAtParser.parse("1/29/26, 2:37\u202FPM")).contains(LocalDateTime.of(2026, 1, 29, 14, 37));
        assertThat(SentAtParser.parse("1/29/26,\u00A02:37\u00A0PM")).contains(LocalDateTime.of(2026, 1, 29, 14, 37));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "2026-01-29 14:37", "13/29/26, 2:37 PM", "2/30/26, 2:37 PM",
        "1/29/26, 13:37 PM", "1/29/26, 0:37 AM", "1/29/26, 2:37", "29.1.26, 14:37"})
    void refusesWhatIsNotADate(String text) {
        assertThat(SentAtParser.parse(text)).isEmpty();
    }

    @Test
    void readsTheSameWayWhateverTheMachinesLocaleAndTimeZone() {
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            for (String tag : new String[] {"fr-FR", "ja-JP", "ar-EG", "de-DE"}) {
                Locale.setDefault(Locale.forLanguageTag(tag));
                TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
                assertThat(SentAtParser.parse("1/29/26, 2:37 PM")).as(tag)
                        .contains(LocalDateTime.of(2026, 1, 29, 14, 37));
            }
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }
}
