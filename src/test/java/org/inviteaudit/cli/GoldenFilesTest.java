package org.inviteaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the tool end to end and compares stdout with {@code src/test/resources/golden/NAME}. A missing golden file
 * fails the build. After a deliberate change of output, rewrite them with {@code mvn test -Dgolden.update=true}
 * and review the diff before committing.
 */
class GoldenFilesTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final String INPUTS = "src/test/resources/inputs/";
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    record Case(String golden, int exitCode, String... args) {
        @Override
        public String toString() {
            return golden + " <- invite-audit " + String.join(" ", args);
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("sample.txt", 0, "samples/Invitations.csv"),
                new Case("received.txt", 0, "samples/received.csv"),
                new Case("sample-all-received.txt", 0, "--all", "--direction", "received", "samples/Invitations.csv"),
                new Case("sent-limit-3.txt", 0, "--limit", "3", "--direction", "outgoing", "samples/sent.csv"),
                new Case("sample.json", 0, "--format", "json", "samples/Invitations.csv"),
                new Case("sample-all-sent.json", 0, "--format", "json", "--all", "--direction", "sent",
                        "samples/Invitations.csv"),
                new Case("two-files.txt", 0, "--limit", "5", "samples/received.csv", "samples/sent.csv"),
                new Case("two-files.json", 0, "--format", "json", "samples/received.csv", "samples/sent.csv"),
                new Case("crlf-bom-old-header.txt", 0, "--all", INPUTS + "crlf-bom-old-header.csv"),
                new Case("crlf-bom-old-header.json", 0, "--format", "json", "--all",
                        INPUTS + "crlf-bom-old-header.csv"),
                new Case("problems.txt", 3, INPUTS + "problems.csv"),
                new Case("sample-color.txt", 0, "--color", "always", "--limit", "3", "samples/Invitations.csv"),
                new Case("sample-redacted.txt", 0, "--redact", "--all", "samples/sent.csv"),
                new Case("sample-autumn-generic.txt", 0, "--since", "2026-09-01", "--until", "2026-10-31",
                        "--only", "generic", "samples/Invitations.csv"),
                new Case("sample.ndjson", 0, "--format", "ndjson", "samples/Invitations.csv"),
                new Case("sample-all-redacted.ndjson", 0, "--format", "ndjson", "--all", "--redact",
                        "samples/received.csv"),
                new Case("sample.csv", 0, "--format", "csv", "--all", "samples/Invitations.csv"),
                new Case("sample.tsv", 0, "--format", "tsv", "--all", INPUTS + "crlf-bom-old-header.csv"),
                new Case("problems.csv", 3, "--format", "csv", INPUTS + "problems.csv"),
                new Case("check-generic.txt", 1, "check", "--to", "Ada Byron",
                        "Hi there, I came across your profile and would love to connect. {first_name}"),
                new Case("check-personal.json", 0, "check", "--format", "json", "--to", "Ada Byron",
                        "Hi Ada, great talking with you at the Leeds JUG yesterday about Loom!"),
                new Case("crlf-bom-old-header.ndjson", 0, "--format", "ndjson", "--all",
                        INPUTS + "crlf-bom-old-header.csv"),
                new Case("problems.json", 3, "--format", "json", INPUTS + "problems.csv"),
                new Case("received-pitches.txt", 0, "--all", INPUTS + "received-pitches.csv"),
                new Case("received-pitches.json", 0, "--format", "json", "--all", INPUTS + "received-pitches.csv"),
                new Case("sample-60.txt", 0, "--width", "60", "samples/Invitations.csv"),
                new Case("samples-folder-accepted.txt", 0, "--direction", "sent", "--limit", "3", "samples"),
                new Case("sample-100.txt", 0, "--width", "100", "samples/Invitations.csv"),
                new Case("sample-160.txt", 0, "--width", "160", "samples/Invitations.csv"),
                new Case("sample-wide.txt", 0, "--wide", "--limit", "4", "samples/Invitations.csv"),
                new Case("sample-by-quarter.txt", 0, "--by", "quarter", "--limit", "2", "samples/Invitations.csv"),
                new Case("repeat-senders.txt", 0, INPUTS + "repeat-senders.csv"),
                new Case("repeat-senders-40.txt", 0, "--width", "40", "--all", INPUTS + "repeat-senders.csv"),
                new Case("samples-folder.html", 0, "--format", "html", "samples"),
                new Case("repeat-senders.html", 0, "--format", "html", INPUTS + "repeat-senders.csv"),
                new Case("problems.html", 3, "--format", "html", INPUTS + "problems.csv"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void outputMatchesTheGoldenFile(Case c) throws IOException {
        CliRun run = CliRun.of(c.args());
        assertThat(run.exitCode()).as("exit code; stderr: " + run.err()).isEqualTo(c.exitCode());
        Path golden = GOLDEN.resolve(c.golden());
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, run.out(), StandardCharsets.UTF_8);
        }
        if (!Files.exists(golden)) {
            fail("golden file " + golden + " is missing; create it with mvn test -Dgolden.update=true "
                    + "and review it");
        }
        assertThat(run.out()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @Test
    void everyGoldenFileBelongsToExactlyOneCase() throws IOException {
        List<String> used = cases().map(Case::golden).toList();
        assertThat(used).doesNotHaveDuplicates();
        try (Stream<Path> files = Files.list(GOLDEN)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .as("golden files no case compares with").containsExactlyInAnyOrderElementsOf(used);
        }
    }
}
