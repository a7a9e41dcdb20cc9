package org.inviteaudit.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.inviteaudit.reader.Invitation;
import org.inviteaudit.reader.InvitationReader;
import org.inviteaudit.reader.CollectingSink;
import org.inviteaudit.source.TextDecoding;
import org.junit.jupiter.api.Test;

/**
 * The verdicts on samples/Invitations.csv, as labelled by hand in samples/expected-verdicts.tsv, with the template
 * census of an audit: three of Robin's sent notes are one mass template.
 */
class SampleVerdictsTest {

    @Test
    void everySampleInvitationGetsItsLabelledVerdict() throws Exception {
        Map<Long, String> expected = expectedVerdicts();
        Map<Long, String> actual = new HashMap<>();
        try (InputStream bytes = Files.newInputStream(Path.of("samples/Invitations.csv"));
                Reader text = TextDecoding.open(bytes, "samples/Invitations.csv", (line, fault) -> {
                    throw new AssertionError(fault + " at line " + line);
                })) {
            CollectingSink got = new CollectingSink();
            new InvitationReader("samples/Invitations.csv").read(text, got);
            assertThat(got.problems).isEmpty();
            TemplateCensus census = new TemplateCensus(TemplateCensus.DEFAULT_MIN_RECIPIENTS);
            got.invitations.forEach(invitation ->
                    census.count(invitation.message(), invitation.from(), invitation.to()));
            Classifier classifier = new Classifier().withTemplates(census);
            for (Invitation invitation : got.invitations) {
                actual.put(invitation.line(), invitation.direction().id() + "\t"
                        + classifier.classify(invitation).verdict().id());
            }
        }
        assertThat(actual).containsExactlyInAnyOrderEntriesOf(expected);
    }

    private static Map<Long, String> expectedVerdicts() throws IOException {
        Map<Long, String> expected = new HashMap<>();
        try (InputStream in = SampleVerdictsTest.class.getResourceAsStream("/samples/expected-verdicts.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("line\t")) {
                    continue;
                }
                String[] columns = line.split("\t");
                expected.put(Long.parseLong(columns[0]), columns[1] + "\t" + columns[2]);
            }
        }
        assertThat(expected).hasSize(44);
        return expected;
    }
}
