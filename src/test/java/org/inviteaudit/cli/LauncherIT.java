package org.inviteaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed command, {@code target/invite-audit}, as a user runs it: the launcher's class-data archive (an AOT
 * cache from JDK 25) is made by a training run before the first run and used by every run, changes no byte of the
 * output, and no trouble with it is ever fatal. Run by failsafe after {@code package}, with the JDK that runs the
 * tests first on the PATH.
 */
class LauncherIT {

    private static final Path COMMAND = Path.of("target", "invite-audit");
    private static final Path JAR = Path.of("target", "invite-audit.jar");
    private static final Path SAMPLE = Path.of("samples", "Invitations.csv");
    private static final int JAVA_17_CLASS_FILE = 61;

    private static String expected;

    @TempDir
    Path cache;

    @BeforeAll
    static void theReportWithoutTheLauncher() throws Exception {
        ProcessRun plain = ProcessRun.of(List.of(ProcessRun.java(), "-jar", JAR.toString(), SAMPLE.toString()),
                Map.of());
        assertThat(plain.exit()).isZero();
        expected = plain.out();
    }

    @Test
    void theFirstRunMakesTheArchiveAndTheNextUsesItWithTheSameReport() throws Exception {
        ProcessRun first = launch(SAMPLE.toString());
        assertThat(archives()).hasSize(1);
        Path archive = archives().get(0);
        long made = Files.getLastModifiedTime(archive).toMillis();
        ProcessRun second = launch(SAMPLE.toString());

        assertThat(List.of(first, second)).allSatisfy(run -> {
            assertThat(run.exit()).isZero();
            assertThat(run.out()).isEqualTo(expected);
            assertThat(run.err()).isEmpty();
        });
        assertThat(archives()).containsExactly(archive);
        assertThat(Files.getLastModifiedTime(archive).toMillis()).isEqualTo(made);
        assertThat(archive.getFileName().toString()).startsWith(Runtime.version().feature() + ".")
                .endsWith(Runtime.version().feature() >= 25 ? ".aot" : ".jsa");
    }

    /** What it records does not hang on the first command: a first --version makes the same archive as an audit. */
    @Test
    void theArchiveComesFromTheTrainingRunWhateverTheFirstCommand() throws Exception {
        ProcessRun version = launch("--version");
        assertThat(version.exit()).isZero();
        assertThat(archives()).hasSize(1);
        long size = Files.size(archives().get(0));

        ProcessRun audit = launch(SAMPLE.toString());

        assertThat(audit.out()).isEqualTo(expected);
        assertThat(audit.err()).isEmpty();
        assertThat(archives()).hasSize(1);
        assertThat(Files.size(archives().get(0))).isEqualTo(size);
    }


    /** Of one JDK's archives for other builds, the two made last stay (builds used by turns), older ones go. */
    @Test
    void theArchivesOfTheSameJdkForOtherBuildsAreKeptTwoDeep() throws Exception {
        launch(SAMPLE.toString());
        Path archive = archives().get(0);
        String name = archive.getFileName().toString();
        // The same JDK's version, other builds' checksums; made one, two and three minutes ago.
        String prefix = name.substring(0, name.lastIndexOf('-', name.lastIndexOf('-') - 1));
        String suffix = name.substring(name.lastIndexOf('.'));
        List<Path> others = new ArrayList<>();
        for (int age = 1; age <= 3; age++) {
            Path other = archive.resolveSibling(prefix + "-" + age + "-" + age + suffix);
            Files.writeString(other, "another build's");
            Files.setLastModifiedTime(other, FileTime.fromMillis(System.currentTimeMillis() - age * 60_000L));
            others.add(other);
        }
        Path otherJdk = archive.resolveSibling("8.0.1-1-1" + suffix);
        Files.writeString(otherJdk, "another JDK's");
        Files.delete(archive);

        ProcessRun run = launch(SAMPLE.toString());

        assertThat(run.out()).isEqualTo(expected);
        assertThat(archives()).containsExactlyInAnyOrder(archive, others.get(0), others.get(1), otherJdk);
    }

    @Test
    void aBrokenArchiveIsNeverFatal() throws Exception {
        launch(SAMPLE.toString());
        Path archive = archives().get(0);
        archive.toFile().setWritable(true);
        Files.writeString(archive, "not an archive");

        ProcessRun run = launch(SAMPLE.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo(expected);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void exitCodesPassThrough() throws Exception {
        ProcessRun usage = launch("--no-such-option");
        assertThat(usage.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(usage.out()).isEmpty();
        assertThat(usage.err()).startsWith("invite-audit: Unknown option");

        ProcessRun offenders = launch("--fail-on", "generic", SAMPLE.toString());
        assertThat(offenders.exit()).isEqualTo(ExitCode.FINDINGS);
        assertThat(offenders.out()).isEqualTo(expected);
        assertThat(archives()).hasSize(1);
    }

    /** The process's own standard output decides: a byte-order mark in a file a spreadsheet may open, none on a pipe. */
    @Test
    void csvHasAByteOrderMarkInAFileAndNotOnAPipe() throws Exception {
        ProcessRun piped = launch("--format", "csv", SAMPLE.toString());
        assertThat(piped.out()).startsWith("\"line\",");

        Path file = cache.resolve("report.csv");
        ProcessBuilder builder = new ProcessBuilder(COMMAND.toString(), "--format", "csv", SAMPLE.toString())
                .redirectOutput(file.toFile());
        builder.environment().put("XDG_CACHE_HOME", cache.toString());
        assertThat(builder.start().waitFor()).isZero();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("\uFEFF" + piped.out());
    }

    /** An empty archive is what a failed training run leaves: runs go on without one and do not train again. */
    @Test
    void afterATrainingRunThatFailedRunsGoOnWithoutAnArchive() throws Exception {
        launch("--version");
        Path archive = archives().get(0);
        Files.delete(archive);
        Files.createFile(archive);

        ProcessRun run = launch(SAMPLE.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo(expected);
        assertThat(archives()).containsExactly(archive);
        assertThat(Files.size(archive)).isZero();
    }

    @Test
    void theCacheCanBeTurnedOffAndStandardInputStillReachesTheTool() throws Exception {
        ProcessRun check = ProcessRun.of(List.of(COMMAND.toString(), "check", "-"),
                Map.of("XDG_CACHE_HOME", cache.toString(), "INVITE_AUDIT_CACHE", "off"),
                "Great talking with you at the Leeds JUG yesterday.", null);

        assertThat(check.exit()).isZero();
        assertThat(check.out()).startsWith("Verdict: personalized");
        assertThat(archives()).isEmpty();
    }

    /** The list of the export's other files is read only to name a wrong file: a good export never loads it. */
    @Test
    void aGoodExportNeverReadsTheListOfTheExportsOtherFiles() throws Exception {
        String loaded = ProcessRun.of(List.of(ProcessRun.java(), "-Xlog:class+load=info", "-jar", JAR.toString(),
                SAMPLE.toString()), Map.of()).out();
        assertThat(loaded).contains("org.inviteaudit.reader.InvitationReader ")
                .doesNotContain("org.inviteaudit.reader.ExportFiles");
        String wrongFile = ProcessRun.of(List.of(ProcessRun.java(), "-Xlog:class+load=info", "-jar", JAR.toString(),
                "samples/Connections.csv"), Map.of()).out();
        assertThat(wrongFile).contains("org.inviteaudit.reader.ExportFiles$Known ");
    }

    /**
     * Started with a standard stream closed, through the launcher or as {@code java -jar}: with standard input closed,
     * {@code -} reads nothing and says so (the JVM had crashed, or read a file of its own as the input); with
     * standard output or error closed, it exits at once with 74, saying nothing.
     */
    @Test
    void aClosedStandardStreamIsSaidOrEndsTheRunQuietly() throws Exception {
        Map<String, String> environment = Map.of("XDG_CACHE_HOME", cache.toString(), "INVITE_AUDIT_CACHE", "off");
        for (String command : List.of("\"$0\"", "java -jar \"$1\"")) {
            ProcessRun check = closed(command + " check - <&-", environment);
            assertThat(check.exit()).as(command).isEqualTo(3);
            assertThat(check.err()).isEqualTo("invite-audit: <stdin>: the draft could not be read (standard input "
                    + "is closed)\n");
            ProcessRun audit = closed(command + " - <&-", environment);
            assertThat(audit.exit()).isEqualTo(3);
            assertThat(audit.err()).isEqualTo("invite-audit: <stdin>: could not be read (standard input is closed)\n");
            ProcessRun noStdout = closed(command + " samples >&-", environment);
            assertThat(noStdout.exit()).isEqualTo(74);
            assertThat(noStdout.err()).isEmpty();
            ProcessRun noStderr = closed(command + " samples 2>&-", environment);
            assertThat(noStderr.exit()).isEqualTo(74);
            assertThat(noStderr.out()).isEmpty();
        }
    }

    /** A shell line run with $0 the launcher and $1 the jar. */
    private static ProcessRun closed(String line, Map<String, String> environment) throws Exception {
        return ProcessRun.of(List.of("sh", "-c", line, COMMAND.toString(), JAR.toString()), environment);
    }

    /**
     * A small input runs with the quick compiler alone, a large one or one of unknown size with the JVM's default;
     * the flags the JVM was given are what -XX:+PrintCommandLineFlags prints first on standard output.
     */
    @Test
    void smallInputsAndCheckRunWithTheQuickCompilerAlone() throws Exception {
        Path large = sparseFile("large.csv", 40L << 20);
        Path underTheLimit = sparseFile("under.csv", (40L << 20) - 1);
        Map<String, String> printFlags = Map.of("XDG_CACHE_HOME", cache.toString(),
                "INVITE_AUDIT_JAVA_OPTS", "-XX:+PrintCommandLineFlags");
        String quick = "-XX:TieredStopAtLevel=1";

        assertThat(flags(printFlags, "", SAMPLE.toString())).contains(quick);
        assertThat(flags(printFlags, "", "check", "Hello")).contains(quick);
        assertThat(flags(printFlags, "", underTheLimit.toString())).contains(quick);
        assertThat(flags(printFlags, "", large.toString())).doesNotContain(quick);
        assertThat(flags(printFlags, "", SAMPLE.toString(), large.toString())).doesNotContain(quick);
        assertThat(flags(printFlags, "From,To\n", "-")).doesNotContain(quick);
        assertThat(flags(printFlags, "", "samples")).doesNotContain(quick);
    }

    /** A file of the given length with no disk written. */
    private Path sparseFile(String name, long length) throws IOException {
        Path path = cache.resolve(name);
        try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw")) {
            file.setLength(length);
        }
        return path;
    }

    /**
     * Up to JDK 24 the training run interprets alone: a JDK before 21 writes into the archive the mark of the methods
     * its compilers had queued when the run ended, and runs with that archive never compile them (JDK-8306460). A
     * java that notes its arguments, standing in for the JDK's, shows how each JVM was started.
     */
    @Test
    void theTrainingRunInterpretsAloneUpToJdk24() throws Exception {
        Path jdk = Files.createDirectories(cache.resolve("jdk/bin")).getParent();
        Path realJava = Path.of(ProcessRun.java()).toRealPath();
        Files.copy(realJava.getParent().getParent().resolve("release"), jdk.resolve("release"));
        Path log = cache.resolve("java-arguments.txt");
        Path java = Files.writeString(jdk.resolve("bin/java"),
                "#!/bin/sh\nprintf '%s\\n' \"$*\" >> '" + log + "'\nexec '" + realJava + "' \"$@\"\n");
        assertThat(java.toFile().setExecutable(true)).isTrue();

        ProcessRun run = ProcessRun.of(List.of(COMMAND.toString(), SAMPLE.toString()),
                Map.of("XDG_CACHE_HOME", cache.resolve("xdg").toString(), "JAVA_HOME", jdk.toString()));

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(expected);
        List<String> started = Files.readAllLines(log);
        assertThat(started).hasSize(2);
        assertThat(started.get(0)).contains("org.inviteaudit.cli.ArchiveTraining");
        if (Runtime.version().feature() < 25) {
            assertThat(started.get(0)).contains("-Xint", "-XX:ArchiveClassesAtExit=");
        } else {
            assertThat(started.get(0)).doesNotContain("-Xint").contains("-XX:AOTCacheOutput=");
        }
        assertThat(started.get(1)).doesNotContain("-Xint").contains(SAMPLE.toString());
    }

    /** INVITE_AUDIT_JAVA_OPTS come after the launcher's own options, so they can change them: the heap, here. */
    @Test
    void javaOptionsFromTheEnvironmentComeLastAndWin() throws Exception {
        Map<String, String> environment = Map.of("XDG_CACHE_HOME", cache.toString(), "INVITE_AUDIT_CACHE", "off",
                "INVITE_AUDIT_JAVA_OPTS", "-Xmx256m -XX:+PrintCommandLineFlags");
        assertThat(flags(environment, "", SAMPLE.toString())).contains("-XX:MaxHeapSize=268435456")
                .doesNotContain("-XX:MaxHeapSize=134217728");
    }

    /** The JVM flags of a run of the command, which -XX:+PrintCommandLineFlags prints first. */
    private static String flags(Map<String, String> environment, String input, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(COMMAND.toString()));
        command.addAll(List.of(args));
        return firstLine(ProcessRun.of(command, environment, input, null));
    }

    private static String firstLine(ProcessRun run) {
        assertThat(run.out()).startsWith("-XX:");
        return run.out().lines().findFirst().orElseThrow();
    }

    /** picocli's own jar holds Java 5 class files, which no class-data archive takes: the build compiles its own. */
    @Test
    void picocliIsCompiledForJava17LikeTheRest() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            for (String name : List.of("picocli/CommandLine.class", "org/inviteaudit/cli/Main.class")) {
                try (DataInputStream in = new DataInputStream(jar.getInputStream(jar.getEntry(name)))) {
                    in.readInt(); // the magic number
                    in.readUnsignedShort(); // the minor version
                    assertThat(in.readUnsignedShort()).as(name).isEqualTo(JAVA_17_CLASS_FILE);
                }
            }
        }
    }

    /**
     * {@code check} links no lambda of the project's, nor a stream's, nor a record's generated methods: JDK 17 links
     * each at its first use, and there had been over forty on its way (docs/code.md, bench/README.md). Drafts that
     * take every way through the classifier and the advice: a personal note with a recipient, a pitch with a merge
     * field, the stock text, a draft read from standard input, the user's own phrases, JSON, and a mistyped option.
     */
    @Test
    void checkLinksNoLambdaOfTheProjects() throws Exception {
        Path phrases = Files.writeString(cache.resolve("phrases.txt"), "# ours\nlooking forward to it\n"
                + "stock: let's connect on here\n");
        List<List<String>> checks = List.of(
                List.of("check", "--to", "Ada Byron", "Hi Ada, great meeting you at the Porto meetup on Tuesday! "
                        + "Your talk on event sourcing at JFokus was 3 times better than mine. Best, Sam"),
                List.of("check", "--to", "Ada Byron", "Hi [First Name], we help companies like yours hire faster: "
                        + "an exciting opportunity, book a call at https://example.com or +1 555 123 4567?"),
                List.of("check", "--format", "json", "I'd like to add you to my professional network. "
                        + "Looking forward to connecting!"),
                List.of("check", "-"),
                List.of("check", "--phrases", phrases.toString(), "Let's connect on here, looking forward to it"),
                List.of("check", "--formt", "json", "Hi"));
        for (List<String> arguments : checks) {
            Path log = cache.resolve("classes.log");
            List<String> command = new ArrayList<>(List.of(ProcessRun.java(),
                    "-Xlog:class+load=info:file=" + log, "-jar", JAR.toString()));
            command.addAll(arguments);
            ProcessRun check = ProcessRun.of(command, Map.of(), "Hallo Ada, schön dich gestern kennengelernt zu "
                    + "haben! Dein Vortrag über Kafka war großartig.", Path.of("."));
            // Up to the JVM's shutdown: on JDK 25 the exit brings up the platform logger (Runtime.exit logs), which runs
            // a stream of the JDK's.
            List<String> loaded = Files.readAllLines(log).stream()
                    .takeWhile(line -> !line.contains(" java.lang.Shutdown ")).toList();
            if (arguments.contains("--formt")) {
                assertThat(check.exit()).as(check.err()).isEqualTo(ExitCode.USAGE);
                assertThat(check.err()).contains("did you mean --format?");
            } else {
                assertThat(check.exit()).as(check.err()).isIn(ExitCode.OK, ExitCode.FINDINGS);
                assertThat(check.out()).containsAnyOf("Verdict: ", "\"verdict\"");
                assertThat(loaded).as("the classifier ran").anyMatch(line -> line.contains(
                        " org.inviteaudit.classify.Classifier "));
            }
            assertThat(loaded).as("what %s linked", arguments)
                    .noneMatch(line -> line.contains(" org.inviteaudit.") && line.contains("$$Lambda"))
                    .noneMatch(line -> line.contains(" java.util.stream.AbstractPipeline "))
                    .noneMatch(line -> line.contains(" java.lang.runtime.ObjectMethods "));
        }
    }

    private ProcessRun launch(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(COMMAND.toString()));
        command.addAll(List.of(args));
        return ProcessRun.of(command, Map.of("XDG_CACHE_HOME", cache.toString()));
    }

    private List<Path> archives() throws IOException {
        Path folder = cache.resolve("invite-audit");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
