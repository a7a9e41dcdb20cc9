package org.inviteaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The launcher's training run: each of its runs goes through, on the sample the build packs beside it. */
class ArchiveTrainingTest {

    static final List<List<String>> RUNS = ArchiveTraining.RUNS;

    @ParameterizedTest
    @FieldSource("RUNS")
    void eachRunGoesThroughAndWritesItsOutput(List<String> run) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit;
        try (InputStream sample = ArchiveTraining.class.getResourceAsStream(ArchiveTraining.SAMPLE)) {
            assertThat(sample).as("the packed sample").isNotNull();
            exit = InviteAudit.run(sample, new PrintWriter(out), new PrintWriter(err), run.toArray(String[]::new));
        }

        assertThat(exit).isLessThanOrEqualTo(ExitCode.FINDINGS);
        assertThat(out.toString()).isNotBlank();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void allOfThemTogetherGoThrough() {
        assertThat(ArchiveTraining.train()).isZero();
    }
}
