package org.inviteaudit.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.inviteaudit.classify.Classification;
import org.inviteaudit.classify.Reason;
import org.inviteaudit.classify.Verdict;
import org.inviteaudit.reader.Direction;
import org.inviteaudit.reader.Invitation;
import org.inviteaudit.report.ClassifiedInvitation;
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

    /**
     * Told of the invitations one at a time, as the text report is while they are read, before it knows the direction
     * in scope, the widths make the layout that reading them all at the end makes, at every width and scope.
     */
    @Test
    void theWidestTakenAsReadMakeTheLayoutThatReadingThemAllMakes() {
        List<ClassifiedInvitation> received = new ArrayList<>();
        List<ClassifiedInvitation> sent = new ArrayList<>();
        String[] names = {"Ann Lee", "Bartholomew Maximilian Wolfeschlegel", "李明 王芳 张伟", "Zoë\tQuint", "Al"};
        for (int i = 0; i < names.length; i++) {
            Direction direction = i % 2 == 0 ? Direction.RECEIVED : Direction.SENT;
            Invitation invitation = new Invitation("in.csv", i + 2, direction,
                    direction == Direction.RECEIVED ? names[i] : "Me Myself", direction == Direction.SENT ? names[i]
                    : "Me Myself", LocalDateTime.of(2026, 3, 1 + i, 10, 0), "3/1/26, 10:00 AM", "Hello there", "", "");
            Classification classification = i == 3
                    ? new Classification(Verdict.PERSONALIZED, List.of(Reason.GREETS_BY_NAME, Reason.SPECIFIC_DETAIL,
                            Reason.SHARED_CONTEXT), 80)
                    : new Classification(Verdict.DEFAULT, List.of(Reason.NO_NOTE), 0);
            (direction == Direction.RECEIVED ? received : sent).add(new ClassifiedInvitation(invitation,
                    classification));
        }
        for (int width : new int[] {RenderOptions.UNLIMITED, 30, 60, 100, 140}) {
            ListingLayout.Widest widest = new ListingLayout.Widest(width);
            received.forEach(widest::add);
            sent.forEach(widest::add);
            for (Optional<Direction> only : List.of(Optional.<Direction>empty(), Optional.of(Direction.RECEIVED),
                    Optional.of(Direction.SENT))) {
                ListingLayout asRead = ListingLayout.fit(width, only, widest);
                ListingLayout atTheEnd = ListingLayout.fit(width, only, List.of(received, sent));
                assertThat(asRead.heading()).as("%d columns, %s", width, only).isEqualTo(atTheEnd.heading());
                for (ClassifiedInvitation classified : received) {
                    assertThat(asRead.lines(classified)).isEqualTo(atTheEnd.lines(classified));
                }
                for (ClassifiedInvitation classified : sent) {
                    assertThat(asRead.lines(classified)).isEqualTo(atTheEnd.lines(classified));
                }
            }
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
