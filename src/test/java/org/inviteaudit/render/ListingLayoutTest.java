package org.inviteaudit.render;

import static org.assertj.core.api.Assertions.assertThat;

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
}
