package org.inviteaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code --since} and {@code --until} as people write them: a day, a month, or a time back from today. */
class DateBoundTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @ParameterizedTest(name = "{0}: from {1} to {2}")
    @CsvSource({
        "2026-01-31, 2026-01-31, 2026-01-31",
        "2026-1-5, 2026-01-05, 2026-01-05",
        "2026-10, 2026-10-01, 2026-10-31",
        "2024-02, 2024-02-01, 2024-02-29",
        "30d, 2026-11-06, 2026-11-06",
        "6w, 2026-10-25, 2026-10-25",
        "3M, 2026-09-06, 2026-09-06",
        "1y, 2025-12-06, 2025-12-06",
        "0d, 2026-12-06, 2026-12-06",
    })
    void aBoundTakesInTheDaysItNames(String written, LocalDate since, LocalDate until) {
        DateBound bound = DateBound.parse(written);
        assertThat(bound.since(TODAY)).isEqualTo(since);
        assertThat(bound.until(TODAY)).isEqualTo(until);
    }

    @ParameterizedTest
    @CsvSource({"2026-02-30", "2026-13", "yesterday", "30", "d30", "2026/01/31"})
    void anythingElseIsRefusedWithHowToWriteIt(String written) {
        assertThatThrownBy(() -> DateBound.parse(written)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'" + written + "' is not a date; write it as " + DateBound.FORMS);
    }

    private static Path export(Path dir) throws Exception {
        Path file = dir.resolve("in.csv");
        Files.writeString(file, "From,To,Sent At,Message,Direction\n"
                + "Ada Byron,Jordan Pike,\"9/30/26, 11:59 PM\",,INCOMING\n"
                + "Ada Byron,Jordan Pike,\"10/1/26, 12:00 AM\",,INCOMING\n"
                + "Ada Byron,Jordan Pike,\"10/31/26, 11:59 PM\",,INCOMING\n"
                + "Ada Byron,Jordan Pike,\"11/1/26, 12:00 AM\",,INCOMING\n"
                + "Ada Byron,Jordan Pike,someday,,INCOMING\n");
        return file;
    }

    @Test
    void aMonthTakesInItsFirstAndLastDaysAndTheUndatedAreSaidToBeLeftOut(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("--format", "json", "--since", "2026-10", "--until", "2026-10", export(dir).toString());
        assertThat(run.json().at("/summary/total").asInt()).as(run.out()).isEqualTo(2);
        assertThat(run.err()).contains("1 invitation whose date could not be read is left out of the counts and "
                + "lists: --since and --until cannot place them");
    }

    @Test
    void withoutADateSpanTheUndatedAreCountedAndNothingMoreIsSaid(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("--format", "json", export(dir).toString());
        assertThat(run.json().at("/summary/total").asInt()).isEqualTo(5);
        assertThat(run.err()).doesNotContain("left out of the counts");
    }

    @Test
    void aTimeBackFromTodayIsShownWithTheDayItCameTo() {
        CliRun run = CliRun.of("--since", "1d", "--until", "30d", "samples");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--since 1d (" + LocalDate.now().minusDays(1) + ") is after --until 30d ("
                + LocalDate.now().minusDays(30) + ")");
    }
}
