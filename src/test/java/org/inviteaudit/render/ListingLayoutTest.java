package org.inviteaudit.render;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A narrow note column shows what follows the greeting, where the greeting had taken most of it. */
class ListingLayoutTest {

    @ParameterizedTest(name = "\"{0}\" in {1} -> \"{2}\"")
    @CsvSource(delimiterString = " | ", value = {
        "Hi Mirela, I build tidal turbines and read your piece | 30 | …I build tidal turbines and read your piece",
        "Hello there! We are hiring engineers in Lisbon | 20 | …We are hiring engineers in Lisbon",
        "Dear Dr. Lee, thank you for the talk on compilers | 25 | …thank you for the talk on compilers",
        "Hi Mirela, great talk | 40 | Hi Mirela, great talk",
        "Thanks, great talk at the meetup yesterday in Porto | 20 | Thanks, great talk at the meetup yesterday in Porto",
        "Hi Mirela I build tidal turbines and read your piece | 20 | Hi Mirela I build tidal turbines and read your piece",
        "Hi, | 2 | Hi,",
        "Hi {FIRST_NAME}, I work with analytics teams like yours | 20 | Hi {FIRST_NAME}, I work with analytics teams like yours",
    })
    void aGreetingGivesWayWhenTheNoteDoesNotFit(String note, int columns, String shown) {
        assertThat(ListingLayout.gist(note, columns)).isEqualTo(shown);
    }

    /**
     * The gist is worked out from the start of the note that the column can show, not from all of it: what is shown
     * is what the whole note would show, greetings, wide characters, marks and spaces anywhere.
     */
    @Property(tries = 3000)
    void theGistOfTheStartShowsWhatTheGistOfTheWholeNoteShows(@ForAll("notes") String note,
            @ForAll @IntRange(min = 0, max = 40) int columns) {
        String shown = TerminalText.excerptOfLine(ListingLayout.gist(note, columns), columns);
        String ofTheWhole = TerminalText.excerptOfLine(ListingLayout.gistOfLine(TerminalText.oneLine(note), columns),
                columns);
        assertThat(shown).isEqualTo(ofTheWhole);
    }

    /** A column as wide as --width allows shows the whole note: its bound does not overflow. */
    @Test
    void theWidestColumnShowsTheWholeNote() {
        String note = "Hi Mirela, I build tidal turbines and read your piece";
        for (int columns : new int[] {Integer.MAX_VALUE - 1, Integer.MAX_VALUE - 40, Integer.MAX_VALUE - 64}) {
            assertThat(ListingLayout.gist(note, columns)).as("%d columns", columns).isEqualTo(note);
        }
    }

    @Provide
    Arbitrary<String> notes() {
        Arbitrary<String> greeting = Arbitraries.of("Hi Mirela, ", "Hello there! ", "Dear Dr. Lee: ", "Hi 李明,",
                "Hey {name}, ", "Thanks, ", "");
        Arbitrary<String> rest = Arbitraries.strings().withChars("ab 日\u0301\u00A0\n,!:\uD83D\uDE80\u0007")
                .ofMaxLength(120);
        return greeting.flatMap(g -> rest.map(r -> g + r));
    }
}
