package org.inviteaudit.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The cues that look after a word of theirs ("your") find it within their windows, in the same sentence. */
class CueFinderTest {

    private static final WordClasses CLASSES = new WordClasses(WordingLoader.builtIn());

    private static Set<NoteFeatures.Cue> cues(String text, int detailAt) {
        String normalized = TextNormalizer.normalize(text);
        NoteWords note = new NoteWords(Words.of(normalized), CLASSES);
        boolean[] details = new boolean[note.words().size()];
        if (detailAt >= 0) {
            details[detailAt] = true;
        }
        return CueFinder.find(Set.of(), Set.of(), 0, normalized, note, details);
    }

    @Test
    void aTopicWordAtMostFourWordsAfterTheirsWithSubstanceAfterItNamesWhatTheirsIsAbout() {
        assertThat(cues("I read your post on schema migrations", -1)).contains(NoteFeatures.Cue.THEIR_TOPIC);
        assertThat(cues("I read your long recent post on schema migrations", -1))
                .contains(NoteFeatures.Cue.THEIR_TOPIC); // "on" four words after "your"
        assertThat(cues("I read your long recent kotlin post on schema migrations", -1))
                .doesNotContain(NoteFeatures.Cue.THEIR_TOPIC); // five
        assertThat(cues("I read your post. On schema migrations", -1))
                .doesNotContain(NoteFeatures.Cue.THEIR_TOPIC); // another sentence
    }

    @Test
    void aDetailAtMostSevenWordsAfterTheirsNamesSomethingOfTheirs() {
        String note = "your w1 w2 w3 w4 w5 w6 w7 w8";
        assertThat(cues(note, 7)).contains(NoteFeatures.Cue.THEIR_NAMED_THING);
        assertThat(cues(note, 8)).doesNotContain(NoteFeatures.Cue.THEIR_NAMED_THING);
        assertThat(cues(note, 0)).doesNotContain(NoteFeatures.Cue.THEIR_NAMED_THING); // not after itself
        assertThat(cues("your w1 w2. W3 w4", 3)).doesNotContain(NoteFeatures.Cue.THEIR_NAMED_THING);
        assertThat(cues("w0. Your w2 w3", 3)).contains(NoteFeatures.Cue.THEIR_NAMED_THING); // theirs opens one
    }
}
