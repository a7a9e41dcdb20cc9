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
    @ValueSource(strings = {"", "yesterday", "2026/01/29 14:37", "13/29/26, 2:37 PM", "2/30/26, 2:37 PM",
        "1/29/26, 13:37 PM", "1/29/26, 0:37 AM", "1/29/26, 24:37", "32.1.26, 14:37", "Smarch 3, 2026",
        "2026-02-30", "1/29/26, 2:37 XM", "2026-01-29T14:37+25:00", "2026-01-29 24:00", "2026-01-29T23:60:00Z",
        "2026-01-29 14:37:60", "2026-00-10", "2026-01-00 10:00", "2025-02-29", "0/10/26, 2:37 PM"})
    void refusesWhatIsNotADate(String text) {
        assertThat(SentAtParser.read(text).isDate()).isFalse();
    }

    /** As spreadsheets and people rewrite the column; where the order is in no doubt. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2026-01-29 14:37:00       | 2026-01-29T14:37",
        "2026-01-29T14:37:00       | 2026-01-29T14:37",
        "2026-01-29T14:37:00Z      | 2026-01-29T14:37",
        "2026-01-29T15:37:00+01:00 | 2026-01-29T14:37",
        "2026-01-29T09:37-0500     | 2026-01-29T14:37",
        "2026-01-29                | 2026-01-29T00:00",
        "1/29/2026 14:37           | 2026-01-29T14:37",
        "1/29/26 14:37             | 2026-01-29T14:37",
        "29/01/2026 14:37          | 2026-01-29T14:37",
        "29.01.2026 14:37          | 2026-01-29T14:37",
        "04.09.2021                | 2021-09-04T00:00",
        "1/29/26                   | 2026-01-29T00:00",
        "Jan 29, 2026 2:37 PM      | 2026-01-29T14:37",
        "January 29, 2026          | 2026-01-29T00:00",
        "29 Jan 2026 14:37         | 2026-01-29T14:37",
        "Sept 3, 2025, 9:05 AM     | 2025-09-03T09:05",
        "29/01/2026 2:37 PM        | 2026-01-29T14:37",
    })
    void readsTheFormsSpreadsheetsAndPeopleWrite(String text, String expected) {
        SentAtParser.Reading reading = SentAtParser.read(text);
        assertThat(reading.isAmbiguous()).isFalse();
        assertThat(reading.in(false)).contains(LocalDateTime.parse(expected));
        assertThat(reading.in(true)).contains(LocalDateTime.parse(expected));
    }

    /** Numbers alone and no AM or PM, both at 12 or under: the column must say which comes first. */
    @Test
    void aDateOfNumbersAloneMayHaveItsDayOrItsMonthFirst() {
        SentAtParser.Reading reading = SentAtParser.read("09-04-2021");
        assertThat(reading.isAmbiguous()).isTrue();
        assertThat(reading.in(false)).contains(LocalDateTime.of(2021, 9, 4, 0, 0));
        assertThat(reading.in(true)).contains(LocalDateTime.of(2021, 4, 9, 0, 0));
        assertThat(SentAtParser.read("3/4/24, 12:05 PM").isAmbiguous()).as("LinkedIn's own: month first").isFalse();
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
