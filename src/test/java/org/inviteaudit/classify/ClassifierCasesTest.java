package org.inviteaudit.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.inviteaudit.TsvTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The labelled notes in {@code classify/cases.tsv}, written here: each carries its expected verdict and reasons. A
 * case that the rules decide (no words, stock text alone, a merge field) is held to its verdict and reasons exactly.
 * A case left to the model, which was fitted on real notes and not on these, is held to its verdict and reasons only
 * as a share of the cases: where notes written for the definitions and real notes disagree, the real notes win.
 */
class ClassifierCasesTest {

    private static final Classifier CLASSIFIER = new Classifier();
    /** What the shipped model scores on the cases left to it (see docs/verdicts.md's "How invite-audit decides"). */
    private static final double MODEL_CASES_MIN = 0.83;

    record Case(String verdict, List<String> reasons, String sender, String recipient, String note) {
        @Override
        public String toString() {
            return verdict + " <- \"" + note.replace("\n", "\\n") + "\"";
        }

        boolean ruled() {
            return CLASSIFIER.ruledVerdict(note, sender, recipient).isPresent();
        }

        /** Whether the classifier gives the case its verdict and reasons. */
        boolean right() {
            Classification got = CLASSIFIER.classify(note, sender, recipient);
            return got.verdict().id().equals(verdict) && got.reasons().stream().map(Reason::id).toList().equals(reasons);
        }
    }

    static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (List<String> row : TsvTable.read("/classify/cases.tsv", "verdict\treasons\tsender\trecipient\tnote")) {
            List<String> reasons = row.get(1).isEmpty() ? List.of() : Arrays.asList(row.get(1).split(","));
            cases.add(new Case(row.get(0), reasons, row.get(2), row.get(3),
                    row.get(4).replace("\\n", "\n").replace("\\t", "\t")));
        }
        assertThat(cases).hasSizeGreaterThan(50);
        return cases.stream();
    }

    static Stream<Case> ruledCases() {
        return cases().filter(Case::ruled);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruledCases")
    void theRulesDecideAsACarefulReaderWould(Case c) {
        Classification got = CLASSIFIER.classify(c.note(), c.sender(), c.recipient());
        assertThat(got.verdict().id()).as("verdict").isEqualTo(c.verdict());
        assertThat(got.reasons()).extracting(Reason::id).as("reasons").containsExactlyElementsOf(c.reasons());
    }

    @Test
    void theModelDecidesMostOfTheRestAsACarefulReaderWould() {
        List<Case> left = cases().filter(c -> !c.ruled()).toList();
        List<Case> wrong = left.stream().filter(c -> !c.right()).toList();
        assertThat(left).hasSizeGreaterThan(50);
        assertThat(1 - (double) wrong.size() / left.size()).as("right of %d; wrong: %s", left.size(), wrong)
                .isGreaterThanOrEqualTo(MODEL_CASES_MIN);
    }
}
