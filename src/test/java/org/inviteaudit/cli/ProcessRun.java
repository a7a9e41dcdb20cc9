package org.inviteaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One run of a program in a process of its own, as the integration tests start the installed command, with all it
 * wrote. Its Java is the JDK that runs the tests, whichever CI chose: first on the PATH and as JAVA_HOME, unless the
 * environment given says otherwise (a null value removes a variable).
 */
record ProcessRun(int exit, String out, String err) {

    static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));

    static ProcessRun of(List<String> command, Map<String, String> environment) throws Exception {
        return of(command, environment, "", null);
    }

    static ProcessRun of(List<String> command, Map<String, String> environment, String input, Path directory)
            throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command);
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        builder.environment().put("PATH", JAVA_HOME.resolve("bin") + File.pathSeparator + System.getenv("PATH"));
        builder.environment().put("JAVA_HOME", JAVA_HOME.toString());
        builder.environment().remove("INVITE_AUDIT_JAVA_OPTS");
        environment.forEach((name, value) -> {
            if (value == null) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        Process process = builder.start();
        // Standard error is read beside standard output, so that neither fills its pipe while the other is read.
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        // The input is written whole before standard output is read: keep it small, or redirect a file in.
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        }
        String out = read(process.getInputStream());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished within a minute").isTrue();
        return new ProcessRun(process.exitValue(), out, err.get(60, TimeUnit.SECONDS));
    }

    static String java() {
        return JAVA_HOME.resolve("bin").resolve("java").toString();
    }

    private static String read(InputStream stream) {
        try {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
