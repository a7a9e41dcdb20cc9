package org.inviteaudit.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The process entry point: the standard streams, then the seam, then exit. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (StandardStreams.outputClosed()) {
            System.exit(ExitCode.OUTPUT_CLOSED);
        }
        PrintWriter out = StandardOutput.writer(new FileOutputStream(FileDescriptor.out));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        System.exit(InviteAudit.run(StandardStreams.stdin(), out, err, Environment.ofProcess(), args));
    }
}
