package org.inviteaudit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.inviteaudit.io.PrivateTempFiles;

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
        return train(PrivateTempFiles.folder());
    }

    /** Runs them all, the sample's file made in {@code temporaryFolder}; without it, the run that needs it is left. */
    static int train(Path temporaryFolder) {
        // What Main does before the seam, so that its classes and their lambdas' classes are in the archive too: left
        // out, they were made at each start, and the first lambda's class spun then.
        StandardStreams.outputClosed();
        StandardStreams.stdin();
        Optional<Path> sampleFile = sampleFile(temporaryFolder);
        try {
            int worst = ExitCode.OK;
            for (List<String> run : RUNS) {
                if (run.contains(SAMPLE_FILE) && sampleFile.isEmpty()) {
                    continue; // an archive made without that run is better than none, which a failure would leave
                }
                try (InputStream sample = ArchiveTraining.class.getResourceAsStream(SAMPLE);
                        PrintWriter discarded = StandardOutput.writer(OutputStream.nullOutputStream())) {
                    if (sample == null) {
                        return ExitCode.INTERNAL;
                    }
                    int exit = InviteAudit.run(sample, discarded, discarded, arguments(run, sampleFile.orElse(null)));
                    worst = exit > ExitCode.FINDINGS ? exit : worst;
                } catch (IOException e) {
                    return ExitCode.INTERNAL;
                }
            }
            return worst;
        } finally {
            sampleFile.ifPresent(ArchiveTraining::delete);
        }
    }

    /** The packed sample in a private temporary file, written into the file as made so it stays its owner's alone. */
    private static Optional<Path> sampleFile(Path temporaryFolder) {
        Path file;
        try {
            file = PrivateTempFiles.create(temporaryFolder, "invite-audit-", ".csv");
        } catch (IOException e) {
            return Optional.empty();
        }
        try (InputStream sample = ArchiveTraining.class.getResourceAsStream(SAMPLE);
                OutputStream out = Files.newOutputStream(file)) {
            if (sample != null) {
                sample.transferTo(out);
                return Optional.of(file);
            }
        } catch (IOException e) {
            // as with no file at all
        }
        delete(file);
        return Optional.empty();
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // deleted when the JVM exits
        }
    }

    /** The run's arguments, {@link #SAMPLE_FILE} replaced by the file that holds the sample. */
    static String[] arguments(List<String> run, Path sampleFile) {
        return run.stream().map(argument -> SAMPLE_FILE.equals(argument) ? sampleFile.toString() : argument)
                .toArray(String[]::new);
    }
}
