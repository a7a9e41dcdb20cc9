package org.inviteaudit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.List;
import org.inviteaudit.io.Utf8PrintWriter;

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

    /** Each as a user would type it; {@code -} reads the sample from standard input. */
    static final List<List<String>> RUNS = List.of(
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
        int worst = ExitCode.OK;
        for (List<String> run : RUNS) {
            try (InputStream sample = ArchiveTraining.class.getResourceAsStream(SAMPLE);
                    PrintWriter discarded = new Utf8PrintWriter(OutputStream.nullOutputStream())) {
                if (sample == null) {
                    return ExitCode.INTERNAL;
                }
                int exit = InviteAudit.run(sample, discarded, discarded, run.toArray(String[]::new));
                worst = exit > ExitCode.FINDINGS ? exit : worst;
            } catch (IOException e) {
                return ExitCode.INTERNAL;
            }
        }
        return worst;
    }
}
