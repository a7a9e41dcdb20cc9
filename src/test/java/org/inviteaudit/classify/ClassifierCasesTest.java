package org.inviteaudit.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
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

    static Stream<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = ClassifierCasesTest.class.getResourceAsStream("/classify/cases.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (String line : lines) {
                if (line.startsWith("#") || line.startsWith("verdict\t") || line.isEmpty()) {
                    continue;
                }
                String[] columns = line.split("\t", -1);
                assertThat(columns).as("columns of: " + line).hasSize(5);
                List<String> reasons = columns[1].isEmpty() ? List.of() : Arrays.asList(columns[1].split(","));
                cases.add(new Case(columns[0], reasons, columns[2], columns[3],
                        columns[4].replace("\\n", "\n").replace("\\t", "\t")));
            }
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
