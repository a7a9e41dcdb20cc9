package org.inviteaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The distribution archive as a user installs it: unpacked, {@code install.sh PREFIX} into a temporary prefix, then
 * the manual page, the shell completion and the command, run through its link from elsewhere, with JAVA_HOME or only
 * java on the PATH, and with no Java 17 to be found. Run by failsafe after {@code package}.
 */
class InstallIT {

    private static final Path SAMPLE = Path.of("samples", "Invitations.csv").toAbsolutePath();
    // The tools the launcher and install.sh use, linked into a folder of their own to make a PATH without java.
    private static final List<String> TOOLS = List.of("sh", "cat", "cksum", "cp", "chmod", "dirname", "ln", "ls",
            "mkdir", "mv", "readlink", "rm", "sed", "tr", "wc");

    @TempDir
    static Path work;

    private static Path prefix;
    private static String expected;

    @BeforeAll
    static void unpackAndInstall() throws Exception {
        Path archive = archive();
        ProcessRun unpack = ProcessRun.of(List.of("tar", "xzf", archive.toString()), Map.of(), "", work);
        assertThat(unpack.exit()).as(unpack.err()).isZero();
        String top = archive.getFileName().toString().replace(".tar.gz", "");
        prefix = work.resolve("prefix");
        ProcessRun install = ProcessRun.of(List.of("sh", work.resolve(top).resolve("install.sh").toString(),
                prefix.toString()), Map.of(), "", work);
        assertThat(install.exit()).as(install.err()).isZero();
        assertThat(install.out()).contains("Installed invite-audit under " + prefix);
        ProcessRun plain = ProcessRun.of(List.of(ProcessRun.java(), "-jar", "target/invite-audit.jar",
                SAMPLE.toString()), Map.of());
        expected = plain.out();
    }

    @Test
    void theArchiveIsLaidOutAsTheIssueSays() throws Exception {
        ProcessRun list = ProcessRun.of(List.of("tar", "tzf", archive().toString()), Map.of());
        String top = archive().getFileName().toString().replace(".tar.gz", "") + "/";
        assertThat(list.out().lines()).contains(top + "bin/invite-audit", top + "lib/invite-audit.jar",
                top + "share/man/man1/invite-audit.1", top + "share/bash-completion/completions/invite-audit",
                top + "share/zsh/site-functions/_invite-audit", top + "LICENSE", top + "README.md",
                top + "docs/usage.md", top + "docs/verdicts.md", top + "install.sh");
    }

    @Test
    void theManualPageReads() throws Exception {
        assumeTrue(onPath("man"), "no man on the PATH: install man-db to check the manual page");
        ProcessRun man = ProcessRun.of(List.of("man", "-l", prefix.resolve("share/man/man1/invite-audit.1").toString()),
                Map.of("MANPAGER", "cat", "MANWIDTH", "100"));
        assertThat(man.exit()).as(man.err()).isZero();
        assertThat(man.out()).contains("invite-audit - tell default, generic and personalized LinkedIn invitations")
                .contains("--format=FORMAT", "html", "--direction=DIRECTION", "check", "EXIT CODES")
                .doesNotContain("EXIT CODES:").contains("EXAMPLES");
        assertThat(Files.exists(prefix.resolve("share/man/man1/invite-audit-check.1"))).isTrue();
    }

    /** With PREFIX/bin on the PATH, man finds the page by itself, as README says. */
    @Test
    void manFindsThePageThroughThePath() throws Exception {
        assumeTrue(onPath("man"), "no man on the PATH: install man-db to check the manual page");
        Map<String, String> environment = new HashMap<>(Map.of("MANPAGER", "cat", "MANWIDTH", "100",
                "PATH", prefix.resolve("bin") + ":" + System.getenv("PATH")));
        environment.put("MANPATH", null);
        ProcessRun man = ProcessRun.of(List.of("man", "invite-audit"), environment);
        assertThat(man.exit()).as(man.err()).isZero();
        assertThat(man.out()).contains("invite-audit - tell default, generic and personalized LinkedIn invitations");
    }

    /** Installing again replaces what the first install put there, and the command still runs. */
    @Test
    void installingAgainReplacesTheInstall() throws Exception {
        String top = archive().getFileName().toString().replace(".tar.gz", "");
        ProcessRun again = ProcessRun.of(List.of("sh", work.resolve(top).resolve("install.sh").toString(),
                prefix.toString()), Map.of(), "", work);
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(Files.isSymbolicLink(prefix.resolve("bin/invite-audit"))).isTrue();
        assertTheSampleRunsIn(noCache());
    }

    @Test
    void bashCompletesTheOptionsAndTheirValues() throws Exception {
        String script = "source '" + prefix.resolve("share/bash-completion/completions/invite-audit") + "'\n"
                + "complete -p invite-audit\n"
                + "complete_words() { COMP_WORDS=(\"$@\"); COMP_CWORD=$(($# - 1)); COMP_LINE=\"$*\";"
                + " COMP_POINT=${#COMP_LINE}; _complete_invite-audit 2>/dev/null; echo \"${COMPREPLY[*]}\"; }\n"
                + "complete_words invite-audit --fo\n"
                + "complete_words invite-audit --format ''\n"
                + "complete_words invite-audit check --t\n"
                + "complete_words invite-audit help ''\n";
        ProcessRun bash = ProcessRun.of(List.of("bash", "-c", script), Map.of());
        assertThat(bash.exit()).as(bash.err()).isZero();
        assertThat(bash.out().lines()).containsExactly("complete -o default -F _complete_invite-audit invite-audit",
                "--format", "text json ndjson csv tsv html", "--to", "check");
    }

    /**
     * Every option that takes one of a list of values is completed with its own list ("--only" once got
     * "--fail-on"'s), in bash and in zsh, whose completion runs the same function through bashcompinit, with arrays
     * counted from 0 as bash counts them.
     */
    @Test
    void bashAndZshCompleteEveryOptionWithItsOwnValues() throws Exception {
        StringBuilder calls = new StringBuilder();
        List<String> expected = new ArrayList<>();
        CommandLine root = InviteAudit.commandLine(new ByteArrayInputStream(new byte[0]),
                new PrintWriter(Writer.nullWriter()), new PrintWriter(Writer.nullWriter()), Environment.PLAIN);
        for (CommandLine command : List.of(root, root.getSubcommands().get("check"))) {
            String words = command == root ? "invite-audit" : "invite-audit check";
            for (CommandLine.Model.OptionSpec option : command.getCommandSpec().options()) {
                if (option.completionCandidates() != null) {
                    List<String> values = new ArrayList<>();
                    option.completionCandidates().forEach(values::add);
                    calls.append("complete_words ").append(words).append(' ').append(option.longestName())
                            .append(" ''\n");
                    expected.add(String.join(" ", values));
                }
            }
        }
        assertThat(expected).contains("default generic personalized", "default generic");
        String function = "complete_words() { %s COMP_WORDS=(\"$@\"); COMP_CWORD=$(($# - 1)); COMP_LINE=\"$*\";"
                + " COMP_POINT=${#COMP_LINE}; _complete_invite-audit 2>/dev/null; echo \"${COMPREPLY[*]}\"; }\n";
        ProcessRun bash = ProcessRun.of(List.of("bash", "-c", "source '"
                + prefix.resolve("share/bash-completion/completions/invite-audit") + "'\n"
                + String.format(function, "") + calls), Map.of());
        assertThat(bash.exit()).as(bash.err()).isZero();
        assertThat(bash.out().lines()).containsExactlyElementsOf(expected);
        assumeTrue(onPath("zsh"), "no zsh on the PATH: install zsh to check its completion");
        ProcessRun zsh = ProcessRun.of(List.of("zsh", "-f", "-c", "source '"
                + prefix.resolve("share/zsh/site-functions/_invite-audit") + "'\n"
                + String.format(function, "setopt localoptions ksharrays;") + calls), Map.of());
        assertThat(zsh.exit()).as(zsh.err()).isZero();
        assertThat(zsh.out().lines()).containsExactlyElementsOf(expected);
    }

    @Test
    void zshLoadsTheCompletionFromItsFpathAndCompletesAnOption() throws Exception {
        assumeTrue(onPath("zsh"), "no zsh on the PATH: install zsh to check its completion");
        // A real interactive zsh in a pseudo-terminal (zsh/zpty): type "invite-audit --form" and a TAB.
        String script = "zmodload zsh/zpty\n"
                + "zpty shell zsh -f -i\n"
                + "zpty -w shell \"PS1='> '; fpath=('" + prefix.resolve("share/zsh/site-functions")
                + "' \\$fpath); autoload -U compinit; compinit -u -D; print -r -- \\${_comps[invite-audit]}\"\n"
                + "zpty -w -n shell $'invite-audit --form\\t'\n"
                + "out=''\n"
                + "for i in {1..100}; do\n"
                + "  while zpty -r -t shell chunk; do out+=$chunk; done\n"
                + "  [[ $out == *'invite-audit --format'* ]] && break\n"
                + "  sleep 0.1\n"
                + "done\n"
                + "zpty -d shell\n"
                + "print -r -- \"$out\"\n";
        ProcessRun zsh = ProcessRun.of(List.of("zsh", "-f", "-c", script), Map.of());
        assertThat(zsh.out()).contains("_invite-audit").contains("invite-audit --format")
                .doesNotContain("command not found");
    }

    @Test
    void theInstalledCommandRunsThroughItsLinkFromAnyFolder() throws Exception {
        Path link = prefix.resolve("bin/invite-audit");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        Path elsewhere = Files.createDirectories(work.resolve("elsewhere"));
        Path secondLink = elsewhere.resolve("ia");
        Files.createSymbolicLink(secondLink, link);
        for (Path command : List.of(link, secondLink)) {
            ProcessRun run = ProcessRun.of(List.of(command.toString(), SAMPLE.toString()), noCache(), "", elsewhere);
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.out()).isEqualTo(expected);
        }
    }

    @Test
    void withOnlyJavaHomeItRunsThatJava() throws Exception {
        Map<String, String> environment = noCache();
        environment.put("PATH", tools().toString());
        assertTheSampleRunsIn(environment);
    }

    @Test
    void withOnlyJavaOnThePathItRunsThatJava() throws Exception {
        Map<String, String> environment = noCache();
        environment.put("JAVA_HOME", null);
        assertTheSampleRunsIn(environment);
    }

    /**
     * The same build installed at a second prefix, with the same cache: each install runs from an archive of its own
     * (an archive records the jar's path, and the JVM refuses one made for a jar elsewhere; keyed by the jar's
     * checksum alone, the second install had found the first's, had it refused, and never made its own).
     */
    @Test
    void twoInstallsOfOneBuildEachRunFromTheirOwnArchive() throws Exception {
        Path archive = archive();
        Path second = work.resolve("second-unpacked");
        Files.createDirectories(second);
        assertThat(ProcessRun.of(List.of("tar", "xzf", archive.toString()), Map.of(), "", second).exit()).isZero();
        String top = archive.getFileName().toString().replace(".tar.gz", "");
        Path secondPrefix = work.resolve("second-prefix");
        assertThat(ProcessRun.of(List.of("sh", second.resolve(top).resolve("install.sh").toString(),
                secondPrefix.toString()), Map.of(), "", work).exit()).isZero();
        Path cache = Files.createDirectories(work.resolve("shared-cache"));
        for (Path installed : List.of(prefix, secondPrefix)) {
            Path log = work.resolve(installed.getFileName() + "-classes.log");
            Map<String, String> environment = new HashMap<>(Map.of("XDG_CACHE_HOME", cache.toString(),
                    "INVITE_AUDIT_JAVA_OPTS", "-Xlog:class+load=info:file=" + log));
            for (int run = 0; run < 2; run++) { // the first makes the archive, the second runs from it
                ProcessRun audit = ProcessRun.of(List.of(installed.resolve("bin/invite-audit").toString(),
                        SAMPLE.toString()), environment);
                assertThat(audit.exit()).as(audit.err()).isZero();
                assertThat(audit.out()).isEqualTo(expected);
            }
            List<String> loaded = Files.readAllLines(log).stream().filter(line -> line.contains(" org.inviteaudit."))
                    .toList();
            long archived = loaded.stream().filter(line -> line.contains("shared objects file")).count();
            assertThat(archived).as("the project's classes from the archive, for " + installed).isGreaterThan(100);
            // The training run goes the way a user's run does, from the process's start to reading a file: every
            // class of the project comes from the archive but Main's, which only starts the training, and so do the
            // classes of the command line's lambdas (the first of them is at the start). Some lambdas of the pool's
            // threads are made anew, as the JVM archives them or not.
            List<String> notArchived = loaded.stream().filter(line -> !line.contains("shared objects file"))
                    .map(line -> line.split(" ")[1]).toList();
            assertThat(notArchived.stream().filter(name -> !name.contains("$$Lambda")))
                    .as("the project's classes not from the archive, for " + installed)
                    .containsOnly("org.inviteaudit.cli.Main");
            assertThat(notArchived.stream().filter(name -> name.startsWith("org.inviteaudit.cli.")))
                    .as("the command line's classes and lambdas not from the archive, for " + installed)
                    .containsOnly("org.inviteaudit.cli.Main");
        }
        try (Stream<Path> archives = Files.list(cache.resolve("invite-audit"))) {
            assertThat(archives.filter(file -> file.toFile().length() > 0)).hasSize(2);
        }
    }

    private static void assertTheSampleRunsIn(Map<String, String> environment) throws Exception {
        ProcessRun run = ProcessRun.of(List.of(prefix.resolve("bin/invite-audit").toString(), SAMPLE.toString()),
                environment);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(expected);
    }

    @Test
    void withoutJava17ItSaysSoInOneLine() throws Exception {
        Path old = work.resolve("jdk-11");
        Files.createDirectories(old.resolve("bin"));
        Files.writeString(old.resolve("release"), "JAVA_VERSION=\"11.0.24\"\n");
        Path oldJava = Files.writeString(old.resolve("bin/java"), "#!/bin/sh\necho 'should not run' >&2\nexit 1\n");
        oldJava.toFile().setExecutable(true);
        Path eight = work.resolve("jdk-8");
        Files.createDirectories(eight.resolve("bin"));
        Path eightJava = Files.writeString(eight.resolve("bin/java"),
                "#!/bin/sh\necho 'openjdk version \"1.8.0_402\"' >&2\n");
        eightJava.toFile().setExecutable(true);

        assertThat(refusal(Map.of("JAVA_HOME", old.toString()))).startsWith("invite-audit: needs Java 17 or newer")
                .contains("is Java 11.0.24");
        assertThat(refusal(Map.of("JAVA_HOME", eight.toString()))).contains("is Java 1.8.0_402");
        assertThat(refusal(Map.of("JAVA_HOME", work.resolve("nowhere").toString())))
                .contains("which has no bin/java");
        Map<String, String> noJava = new HashMap<>(Map.of("PATH", tools().toString()));
        noJava.put("JAVA_HOME", null);
        assertThat(refusal(noJava)).startsWith("invite-audit: no Java found: install Java 17 or newer");
    }

    /** What the launcher says when it finds no Java to run on: one line, exit code 69, nothing on stdout. */
    private static String refusal(Map<String, String> environment) throws Exception {
        Map<String, String> all = noCache();
        all.putAll(environment);
        ProcessRun run = ProcessRun.of(List.of(prefix.resolve("bin/invite-audit").toString(), SAMPLE.toString()),
                all);
        assertThat(run.exit()).as(run.err()).isEqualTo(69);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).hasSize(1);
        return run.err();
    }

    private static Map<String, String> noCache() {
        return new HashMap<>(Map.of("INVITE_AUDIT_CACHE", "off"));
    }

    /** A folder of links to the tools the launcher needs, java not among them. */
    private static Path tools() throws IOException {
        Path tools = work.resolve("tools");
        if (!Files.exists(tools)) {
            Files.createDirectories(tools);
            for (String tool : TOOLS) {
                for (String folder : List.of("/usr/bin", "/bin")) {
                    Path found = Path.of(folder, tool);
                    if (Files.isExecutable(found)) {
                        Files.createSymbolicLink(tools.resolve(tool), found);
                        break;
                    }
                }
            }
        }
        return tools;
    }

    private static boolean onPath(String command) throws Exception {
        return ProcessRun.of(List.of("sh", "-c", "command -v " + command), Map.of()).exit() == 0;
    }

    private static Path archive() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(file -> file.getFileName().toString().matches("invite-audit-.+\\.tar\\.gz"))
                    .findFirst().orElseThrow(() -> new AssertionError("no target/invite-audit-VERSION.tar.gz"))
                    .toAbsolutePath();
        }
    }
}
