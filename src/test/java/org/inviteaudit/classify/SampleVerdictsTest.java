package org.inviteaudit.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inviteaudit.AuditedFile;
import org.inviteaudit.TsvTable;
import org.inviteaudit.report.ClassifiedInvitation;
import org.junit.jupiter.api.Test;

/**
 * The verdicts on samples/Invitations.csv, as labelled by hand in samples/expected-verdicts.tsv, from the audit itself
 * with its template census: three of Robin's sent notes are one mass template.
 */
class SampleVerdictsTest {

    @Test
    void everySampleInvitationGetsItsLabelledVerdict() throws Exception {
        Map<Long, String> expected = new HashMap<>();
        for (List<String> row : TsvTable.read("/samples/expected-verdicts.tsv", "line\tdirection\tverdict")) {
            expected.put(Long.parseLong(row.get(0)), row.get(1) + "\t" + row.get(2));
        }
        assertThat(expected).hasSize(44);
        AuditedFile audited = AuditedFile.of("samples/Invitations.csv");
        assertThat(audited.problems()).isEmpty();
        Map<Long, String> actual = new HashMap<>();
        for (ClassifiedInvitation classified : audited.invitations()) {
            actual.put(classified.invitation().line(), classified.invitation().direction().id() + "\t"
                    + classified.verdict().id());
        }
        assertThat(actual).containsExactlyInAnyOrderEntriesOf(expected);
    }
}
