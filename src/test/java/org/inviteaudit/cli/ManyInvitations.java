package org.inviteaudit.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** An export of many received invitations, each from a sender of its own, for runs that must be long or large. */
final class ManyInvitations {

    private ManyInvitations() {
    }

    static Path write(Path file, int invitations) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("From,To,Sent At,Message,Direction\n");
            for (int i = 0; i < invitations; i++) {
                out.write("Sender " + i + ",Robin Calloway,\"11/" + (1 + i % 28) + "/26, 9:00 AM\",\"Hi Robin, we "
                        + "help teams like yours ship faster. Open to a call about offer " + i + "?\",INCOMING\n");
            }
        }
        return file;
    }
}
