package org.inviteaudit.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One look-up tells every list of the wording a word is in, and only those. */
class WordClassesTest {

    private static final Wording WORDING = WordingLoader.builtIn();
    private static final WordClasses CLASSES = new WordClasses(WORDING);
    private static final Map<Integer, Set<String>> LISTS = Map.of(
            WordClasses.FILLER, WORDING.fillerWords(),
            WordClasses.ADDRESSEE, WORDING.addressees(),
            WordClasses.CLOSING, WORDING.closings(),
            WordClasses.TITLE, NameWords.TITLES,
            WordClasses.YOURS, WORDING.yourWords(),
            WordClasses.TIME, WORDING.timeWords(),
            WordClasses.TOPIC, WORDING.topicWords());

    @Test
    void aWordIsOfEachListItIsInAndOfNoOther() {
        Set<String> every = new HashSet<>(Set.of("zebra", "", "kubecon"));
        LISTS.values().forEach(every::addAll);
        for (String word : every) {
            for (Map.Entry<Integer, Set<String>> list : LISTS.entrySet()) {
                assertThat((CLASSES.of(word) & list.getKey()) != 0).as("%s in list %s", word, list.getKey())
                        .isEqualTo(list.getValue().contains(word));
            }
        }
        assertThat(CLASSES.of("zebra")).isZero();
    }

    @Test
    void aWordNotTheSendersOwnIsFillerOrAnAddresseeAndOneNoPartOfACourtesyAnAddresseeOrAClosing() {
        assertThat(CLASSES.isOf("the", WordClasses.NOT_OWN)).isTrue();
        assertThat(CLASSES.isOf("team", WordClasses.NOT_OWN)).isTrue();
        assertThat(CLASSES.isOf("pozdrawiam", WordClasses.NOT_OWN)).isFalse();
        assertThat(CLASSES.isOf("pozdrawiam", WordClasses.NOT_COURTESY)).isTrue();
        assertThat(CLASSES.isOf("team", WordClasses.NOT_COURTESY)).isTrue();
        assertThat(CLASSES.isOf("the", WordClasses.NOT_COURTESY)).isFalse();
    }
}
