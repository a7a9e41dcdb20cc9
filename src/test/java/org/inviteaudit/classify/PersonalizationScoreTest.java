package org.inviteaudit.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonalizationScoreTest {

    private static final Set<Reason> NONE = EnumSet.noneOf(Reason.class);
    private static final Set<Reason> ALL_SIGNALS = PersonalizationScore.SIGNAL_WEIGHTS.keySet();

    @Test
    void defaultIsAlwaysZero() {
        assertThat(PersonalizationScore.of(Verdict.DEFAULT, ALL_SIGNALS, 30, false)).isZero();
    }

    @Test
    void eachSignalAddsItsWeightAndEachOwnWordTwoPointsUpToTwenty() {
        assertThat(PersonalizationScore.of(Verdict.PERSONALIZED, EnumSet.of(Reason.SHARED_CONTEXT,
                Reason.SPECIFIC_DETAIL), 5, false)).isEqualTo(35 + 10 + 10);
        assertThat(PersonalizationScore.of(Verdict.PERSONALIZED, EnumSet.of(Reason.THEIR_WORK,
                Reason.INTRODUCES_SENDER), 40, false)).isEqualTo(35 + 5 + 20);
    }

    @Test
    void theScoreStaysInsideTheBandOfItsVerdict() {
        assertThat(PersonalizationScore.of(Verdict.GENERIC, ALL_SIGNALS, 30, false)).isEqualTo(39);
        assertThat(PersonalizationScore.of(Verdict.GENERIC, NONE, 0, false)).isZero();
        assertThat(PersonalizationScore.of(Verdict.PERSONALIZED, NONE, 3, false)).isEqualTo(40);
        assertThat(PersonalizationScore.of(Verdict.PERSONALIZED, ALL_SIGNALS, 30, false)).isEqualTo(100);
    }

    @Test
    void aPitchIsScoredOnItsEvidenceAloneWhateverItsLength() {
        Set<Reason> noEvidence = EnumSet.of(Reason.GREETS_BY_NAME, Reason.INTRODUCES_SENDER, Reason.SPECIFIC_DETAIL);
        assertThat(PersonalizationScore.of(Verdict.GENERIC, noEvidence, 60, true)).isZero();
        assertThat(PersonalizationScore.of(Verdict.GENERIC, ALL_SIGNALS, 60, true)).isEqualTo(15);
        assertThat(PersonalizationScore.of(Verdict.PERSONALIZED, EnumSet.of(Reason.SHARED_CONTEXT,
                Reason.GREETS_BY_NAME), 60, true)).isEqualTo(40);
        assertThat(PersonalizationScore.of(Verdict.PERSONALIZED, ALL_SIGNALS, 60, true)).isEqualTo(70);
    }

    @Test
    void aLongPitchScoresBelowAShortNoteThatIsOnlyFriendly() {
        Classifier classifier = new Classifier();
        int pitch = classifier.classify("Hi Jordan, I'm the founder of Tidewater Analytics and we help logistics "
                + "companies like yours cut cloud costs by 35% with automated rightsizing, anomaly alerts and "
                + "weekly savings reports. Would you be open to a quick 15-minute demo next week?", "Ada Byron",
                "Jordan Pike").score();
        int friendly = classifier.classify("Hi Jordan, let's connect!", "Ada Byron", "Jordan Pike").score();
        assertThat(pitch).isLessThan(friendly);
    }

    @Test
    void aRicherNoteScoresHigherThanAThinnerOne() {
        Classifier classifier = new Classifier();
        int thin = classifier.classify("Great meeting you at the career fair today!", "Ada Byron", "Jordan Pike")
                .score();
        int rich = classifier.classify("Hi Jordan, great meeting you at the Leeds career fair today! I'm the "
                + "founder of Tidewater, and your question on data contracts stuck with me.", "Ada Byron",
                "Jordan Pike").score();
        assertThat(thin).isBetween(40, 100);
        assertThat(rich).isGreaterThan(thin);
    }

    /** The examples in the README's "How invite-audit decides", exactly as it shows them. */
    @ParameterizedTest(name = "{3} <- {0}")
    @CsvSource(delimiter = '|', value = {
        "''| default | no-note | 0",
        "Jordan, I'd like to add you to my professional network on LinkedIn. | default | stock-text | 0",
        "Hi Jordan, let's connect! | generic | boilerplate | 10",
        "Hi {first_name}, loved your post on data contracts. | generic | placeholder | 39",
        "Hi Jordan, we help logistics companies like yours cut cloud costs by 35%. Open to a quick demo next week? "
                + "| generic | sales-pitch | 0",
        "Great meeting you at the career fair today! | personalized | shared-context | 40",
        "Hi Jordan, Priya Shah suggested I reach out: we help teams like yours migrate billing to Stripe. Open to a "
                + "chat? | personalized | shared-context greets-by-name specific-detail sales-pitch | 40",
        "Hi Jordan, great meeting you at the Leeds career fair today! I'm the founder of Tidewater, and your "
                + "question on data contracts stuck with me. | personalized "
                + "| shared-context greets-by-name introduces-sender specific-detail | 78"})
    void theReadmeExamplesScoreAsShown(String note, String verdict, String reasons, int score) {
        Classification got = new Classifier().classify(note, "Ada Byron", "Jordan Pike");
        assertThat(got.verdict().id()).isEqualTo(verdict);
        assertThat(String.join(" ", got.reasons().stream().map(Reason::id).toList())).isEqualTo(reasons);
        assertThat(got.score()).isEqualTo(score);
    }

    @Test
    void theReadmeShowsTheWeightsTheCodeUses() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Map<Reason, Integer> shown = new EnumMap<>(Reason.class);
        Matcher row = Pattern.compile("(?m)^\\| `([a-z-]+)` \\| (\\d+) \\|")
                .matcher(readme);
        while (row.find()) {
            shown.put(Reason.fromId(row.group(1)).orElseThrow(), Integer.parseInt(row.group(2)));
        }
        assertThat(shown).isEqualTo(PersonalizationScore.SIGNAL_WEIGHTS);
        assertThat(readme).contains("each own word adds " + PersonalizationScore.POINTS_PER_OWN_WORD + " (at most "
                + PersonalizationScore.OWN_WORDS_MAX_POINTS + ")");
        assertThat(readme).contains("`generic` 0 to " + PersonalizationScore.GENERIC_MAX + ", `personalized` "
                + PersonalizationScore.PERSONALIZED_MIN + " to 100");
        assertThat(readme.replaceAll("\\s+", " ")).contains("at most " + PersonalizationScore.PITCH_GENERIC_MAX
                + " when `generic`, at most " + PersonalizationScore.PITCH_PERSONALIZED_MAX + " when a shared history");
    }
}
