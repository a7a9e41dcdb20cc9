package org.inviteaudit.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The cues a note's words show ({@link CueFinder}) and the n-grams the model sees ({@link NoteFeatures}). */
class NoteFeaturesTest {

    private static final Classifier CLASSIFIER = Classifier.unfitted();

    private static Set<NoteFeatures.Cue> cues(String note) {
        Set<NoteFeatures.Cue> cues = EnumSet.noneOf(NoteFeatures.Cue.class);
        for (int feature : CLASSIFIER.features(note, "Ada Byron", "Tomasz Nowak").orElseThrow().index()) {
            if (feature < NoteFeatures.CUES) {
                cues.add(NoteFeatures.Cue.values()[feature]);
            }
        }
        return cues;
    }

    @ParameterizedTest(name = "{0} <- {1}")
    @CsvSource(delimiter = '|', value = {
        "CONTACT | Call me on 555-123-4567 any time.",
        "CONTACT | Call me on 555 123 4567 any time.",
        "CONTACT | See HTTPS://EXAMPLE.COM/PORTFOLIO for my work.",
        "CONTACT | Write to me at ada@example.com please.",
        "RECENT | Great chatting with you yesterday, Tomasz.",
        "THEIR_NAMED_THING | I loved your talk at JFokus about packaging.",
        "THEIR_TOPIC | Your post on schema migrations was sharp.",
        "PROPER_NOUN_PHRASE | I heard about you from Ines Albrecht last week.",
        "QUESTION | Would you have a minute?",
        "GREETING | Hi Tomasz, good to see you here."})
    void aNoteShowsTheCueItsWordsShow(NoteFeatures.Cue cue, String note) {
        assertThat(cues(note)).contains(cue);
    }

    @ParameterizedTest(name = "{0} <- {1}")
    @CsvSource(delimiter = '|', value = {
        "CONTACT | We met in 2019 at the 12th meetup.",
        "RECENT | I like your work on compilers.",
        "THEIR_NAMED_THING | I work on compilers at Brightline.",
        "PROPER_NOUN_PHRASE | Hi Tomasz Nowak, good to see you here.",
        "GREETING | Good to see you here, Tomasz."})
    void aNoteWithoutItLacksTheCue(NoteFeatures.Cue cue, String note) {
        assertThat(cues(note)).doesNotContain(cue);
    }

    /** A weight learnt from a note to Sam serves the same note to Noor: names are one mark. */
    @Test
    void theSameNoteToAnotherPersonHasTheSameFeatures() {
        NoteFeatures.Vector toSam = CLASSIFIER.features("Hi Sam, great meeting you at the meetup. Best, Ada",
                "Ada Byron", "Sam Lee").orElseThrow();
        NoteFeatures.Vector toNoor = CLASSIFIER.features("Hi Noor, great meeting you at the meetup. Best, Ada",
                "Ada Byron", "Noor Haddad").orElseThrow();
        assertThat(toNoor.index()).isEqualTo(toSam.index());
        assertThat(toNoor.value()).isEqualTo(toSam.value());
        NoteFeatures.Vector otherWords = CLASSIFIER.features("Hi Noor, great meeting you at the summit. Best, Ada",
                "Ada Byron", "Noor Haddad").orElseThrow();
        assertThat(otherWords.index()).isNotEqualTo(toSam.index());
    }
}
