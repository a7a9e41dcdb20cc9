package org.inviteaudit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.inviteaudit.io.Utf8PrintWriter;

/** One run of the tool through its seam, with everything it wrote. */
record CliRun(int exitCode, String out, String err) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Standard output read as the JSON it must be. */
    JsonNode json() {
        try {
            return JSON.readTree(out);
        } catch (IOException e) {
            throw new AssertionError("not JSON (exit code " + exitCode + ", stderr: " + err + "): " + out, e);
        }
    }

    static CliRun of(String... args) {
        return withStdin(new ByteArrayInputStream(new byte[0]), args);
    }

    /** Standard input whose every read fails as given: an IOException, or a fault of the tool's own. */
    static InputStream failingStdin(Exception failure) {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                if (failure instanceof IOException io) {
                    throw io;
                }
                throw (RuntimeException) failure;
            }
        };
    }

    static CliRun withStdin(InputStream stdin, String... args) {
        return run(stdin, Environment.PLAIN, args);
    }

    /** A run in an environment of the test's choosing: a terminal, environment variables. */
    static CliRun in(Environment environment, String... args) {
        return run(new ByteArrayInputStream(new byte[0]), environment, args);
    }

    /** Standard output is written as Main writes it, to UTF-8 bytes by the same writer, and read back as text. */
    private static CliRun run(InputStream stdin, Environment environment, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter stdout = new Utf8PrintWriter(out)) {
            code = InviteAudit.run(stdin, stdout, new PrintWriter(err), environment, args);
        }
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString());
    }
}
