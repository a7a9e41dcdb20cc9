package org.inviteaudit.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the rules set aside of a note, by the word lists each word is in (WordClasses). */
class NoteWordsTest {

    private static final Wording WORDING = WordingLoader.builtIn();
    private static final WordClasses CLASSES = new WordClasses(WORDING);

    private static NoteWords note(String text) {
        return new NoteWords(Words.of(TextNormalizer.normalize(text)), CLASSES);
    }

    private static List<String> folded(List<Word> words) {
        List<String> folded = new ArrayList<>();
        for (Word word : words) {
            folded.add(word.folded());
        }
        return folded;
    }

    @Test
    void theContentWordsAreNeitherFillerNorWhatAGreetingAddresses() {
        assertThat(folded(note("the team kotlin").contentWords())).containsExactly("kotlin");
    }

    @Test
    void theUnaccountedCountCountsFillerButNotClosingsNorAddressees() {
        assertThat(note("the team regards kotlin").unaccountedCount()).isEqualTo(2);
    }

    @Test
    void aSignatureAfterAClosingIsAName() {
        NoteWords signed = note("Loved the talk. Best regards, Jordan Pike");
        signed.accountForSignOff(Set.of());
        assertThat(signed.isPersonName(5)).isTrue();
        assertThat(signed.isPersonName(6)).isTrue();

        NoteWords unsigned = note("Loved the talk about Jordan Pike");
        unsigned.accountForSignOff(Set.of());
        assertThat(unsigned.isPersonName(4)).isFalse();
    }

    @Test
    void theNameAfterATitleIsTheOneGreeted() {
        NoteWords greeted = note("Dear Dr Lopez, loved the talk");
        greeted.accountForGreeting(new PhraseIndex(WORDING.greetings()));
        assertThat(greeted.isPersonName(1)).isFalse();
        assertThat(greeted.isPersonName(2)).isTrue();
    }

    @Test
    void aStrayWordBesideTheStockSentenceIsLeftUnlessItIsFillerOrAnAddressee() {
        String stock = "I'd like to add you to my professional network on LinkedIn. ";
        assertThat(note(stock + "Kotlin").accountForStockSentence(WORDING.stockVocabulary())).isPresent();
        assertThat(note(stock + "Team").accountForStockSentence(WORDING.stockVocabulary())).isEmpty();
        assertThat(note(stock + "Again").accountForStockSentence(WORDING.stockVocabulary())).isEmpty();
    }
}
