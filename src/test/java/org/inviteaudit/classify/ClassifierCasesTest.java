package org.inviteaudit.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.inviteaudit.TsvTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The labelled notes in {@code classify/cases.tsv}: each carries its expected verdict and reasons. */
class ClassifierCasesTest {

    private static final Classifier CLASSIFIER = new Classifier();

    record Case(String verdict, List<String> reasons, String sender, String recipient, String note) {
        @Override
        public String toString() {
            return verdict + " <- \"" + note.replace("\n", "\\n") + "\"";
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

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void classifiesAsACarefulReaderWould(Case c) {
        Classification got = CLASSIFIER.classify(c.note(), c.sender(), c.recipient());
        assertThat(got.verdict().id()).as("verdict").isEqualTo(c.verdict());
        assertThat(got.reasons()).extracting(Reason::id).as("reasons").containsExactlyElementsOf(c.reasons());
    }
}
