package org.inviteaudit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.inviteaudit.io.PrivateTempFiles;
import org.inviteaudit.io.TemporaryFileException;

/**
 * The launcher's training run, made once per JDK and build with its output thrown away: the JVM records the classes
 * it used in the archive that later runs start from. It goes through every command and output format on the sample
 * export packed in the jar, so that the archive holds what any run needs, and not only what the user's first command
 * happened to use (a first {@code --version} would have left the classifier out of it).
 */
public final class ArchiveTraining {

    /** {@code samples/Invitations.csv}, packed beside this class by the build. */
    static final String SAMPLE = "Invitations.csv";
    private static final String DRAFT = "Hi Mara, great talking with you after your talk on data contracts in Lisbon.";

    /** Stands in a run for the sample written to a file, which is how most users' runs read their export. */
    static final String SAMPLE_FILE = "<the sample as a file>";

    /** Each as a user would type it; {@code -} reads the sample from standard input. */
    static final List<List<String>> RUNS = List.of(
            List.of(SAMPLE_FILE),
            List.of("-"),
            List.of("--color", "always", "--redact", "--direction", "received", "-"),
            List.of("--format", "json", "--all", "-"),
            List.of("--format", "ndjson", "--all", "-"),
            List.of("--format", "csv", "--all", "-"),
            List.of("--format", "tsv", "--all", "-"),
            List.of("--format", "html", "-"),
            List.of("--width", "50", "--by", "quarter", "-"),
            List.of("check", "--to", "Mara Okafor", DRAFT),
            List.of("check", "--format", "json", DRAFT),
            List.of("--help"),
            List.of("--version"));

    private ArchiveTraining() {
    }

    public static void main(String[] args) {
        System.exit(train());
    }

    /** Runs them all; 0 when each went through (an offender's exit 1 is a run that went through too). */
    static int train() {
        // What Main does before the seam, so that its classes and their lambdas' classes are in the archive too: left
        // out, they were made at each start, and the first lambda's class spun then.
        StandardStreams.outputClosed();
        StandardStreams.stdin();
        Path sampleFile = null;
        try {
            sampleFile = PrivateTempFiles.create(".csv");
            try (InputStream sample = ArchiveTraining.class.getResourceAsStream(SAMPLE)) {
                if (sample == null) {
                    return ExitCode.INTERNAL;
                }
                Files.copy(sample, sampleFile, StandardCopyOption.REPLACE_EXISTING);
            }
            int worst = ExitCode.OK;
            for (List<String> run : RUNS) {
                try (InputStream sample = ArchiveTraining.class.getResourceAsStream(SAMPLE);
                        PrintWriter discarded = StandardOutput.writer(OutputStream.nullOutputStream())) {
                    int exit = InviteAudit.run(sample, discarded, discarded, arguments(run, sampleFile));
                    worst = exit > ExitCode.FINDINGS ? exit : worst;
                }
            }
            return worst;
        } catch (IOException | TemporaryFileException e) {
            return ExitCode.INTERNAL;
        } finally {
            if (sampleFile != null) {
                try {
                    Files.deleteIfExists(sampleFile);
                } catch (IOException e) {
                    // deleted when the JVM exits
                }
            }
        }
    }

    /** The run's arguments, {@link #SAMPLE_FILE} replaced by the file that holds the sample. */
    static String[] arguments(List<String> run, Path sampleFile) {
        return run.stream().map(argument -> SAMPLE_FILE.equals(argument) ? sampleFile.toString() : argument)
                .toArray(String[]::new);
    }
}
