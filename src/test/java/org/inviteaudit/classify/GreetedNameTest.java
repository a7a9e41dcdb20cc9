package org.inviteaudit.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which words after a greeting are the name it greets, in scripts with and without letter case. */
class GreetedNameTest {

    private static final PhraseIndex GREETINGS = new PhraseIndex(WordingLoader.builtIn().greetings());
    private static final WordClasses WORD_CLASSES = new WordClasses(WordingLoader.builtIn());

    private static NoteWords greeted(String note) {
        NoteWords words = new NoteWords(Words.of(TextNormalizer.normalize(note)), WORD_CLASSES);
        words.accountForGreeting(GREETINGS);
        return words;
    }

    @Test
    void aFirstNameAndTheLastNamesThatFollowItAreTheName() {
        NoteWords note = greeted("Hi Maria Lopez, great meeting you");
        assertThat(List.of(note.isPersonName(1), note.isPersonName(2), note.isPersonName(3))).containsExactly(true,
                true, false);
    }

    @Test
    void inAScriptWithoutCaseTheWordJoinedToTheGreetingIsTheName() {
        assertThat(greeted("مرحبا أحمد، أود إضافتك").isPersonName(1)).isTrue();
        assertThat(greeted("مرحبا، التقينا أمس في مؤتمر دبي").isPersonName(1)).isFalse();
        assertThat(greeted("안녕하세요, 지난주 서울 컨퍼런스에서 만났습니다").isPersonName(1)).isFalse();
    }

    /** Where a greeting is followed by the rest of the sentence, that sentence is no name and the note is judged. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"こんにちは、先週の東京のイベントでお会いしました", "你好，我们上周在北京的会议上见过",
        "مرحبا، التقينا أمس في مؤتمر دبي", "안녕하세요, 지난주 서울 컨퍼런스에서 만났습니다"})
    void aSentenceAfterAGreetingIsNotTakenForAName(String note) {
        assertThat(new Classifier().classify(note, "Ada Byron", "Sam Lee").verdict()).isNotEqualTo(Verdict.DEFAULT);
    }

    @Test
    void anEmojiWithItsVariationSelectorIsNoWordOfTheSendersOwn() {
        Classifier classifier = new Classifier();
        assertThat(classifier.classify("Hi Sam ❤️", "Ada Byron", "Sam Lee").reasons()).containsExactly(Reason.NO_NOTE);
        assertThat(classifier.classify("❤️", "Ada Byron", "Sam Lee").verdict()).isEqualTo(Verdict.DEFAULT);
    }
}
