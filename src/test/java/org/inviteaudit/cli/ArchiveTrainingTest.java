package org.inviteaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inviteaudit.io.OurTemporaryFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The launcher's training run: each of its runs goes through, on the sample the build packs beside it. */
class ArchiveTrainingTest {

    static final List<List<String>> RUNS = ArchiveTraining.RUNS;

    @ParameterizedTest
    @FieldSource("RUNS")
    void eachRunGoesThroughAndWritesItsOutput(List<String> run, @TempDir Path folder) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path sampleFile = folder.resolve("Invitations.csv");
        int exit;
        try (InputStream sample = ArchiveTraining.class.getResourceAsStream(ArchiveTraining.SAMPLE)) {
            assertThat(sample).as("the packed sample").isNotNull();
            Files.write(sampleFile, sample.readAllBytes());
        }
        try (InputStream sample = ArchiveTraining.class.getResourceAsStream(ArchiveTraining.SAMPLE)) {
            exit = InviteAudit.run(sample, new PrintWriter(out), new PrintWriter(err),
                    ArchiveTraining.arguments(run, sampleFile));
        }

        assertThat(exit).isLessThanOrEqualTo(ExitCode.FINDINGS);
        assertThat(out.toString()).isNotBlank();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void allOfThemTogetherGoThroughAndLeaveNoFileBehind() throws IOException {
        List<Path> before = OurTemporaryFiles.list();
        assertThat(ArchiveTraining.train()).isZero();
        assertThat(OurTemporaryFiles.list()).containsExactlyInAnyOrderElementsOf(before);
    }

    /** With no temporary folder to write the sample's file in, the training does without that run. */
    @Test
    void withoutATemporaryFolderTheOtherRunsStillGoThrough(@TempDir Path folder) {
        assertThat(ArchiveTraining.train(folder.resolve("no such folder"))).isZero();
    }

    @Test
    void oneRunReadsAFileAndOneStandardInput() {
        assertThat(RUNS).anyMatch(run -> run.contains(ArchiveTraining.SAMPLE_FILE)).anyMatch(run -> run.contains("-"));
    }
}
