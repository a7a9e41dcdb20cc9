package org.inviteaudit.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipOutputStream;

/**
 * The export zip as the fuzzer makes it: arbitrary bytes behind a zip's signature, and real zips whose entries (names
 * and contents) are arbitrary. Each is audited, or refused with a message (3); never an internal error.
 */
class ZipFuzzTest {

    private static final byte[] SIGNATURE = {'P', 'K', 3, 4};
    private static final Set<Integer> EXIT_CODES = Set.of(0, 3);
    private static final List<String> NAMES = List.of("Invitations.csv", "Connections.csv",
            "Basic_LinkedInDataExport/Invitations.csv", "Basic_LinkedInDataExport/Connections.csv", "messages.csv");

    @FuzzTest(maxDuration = "30s")
    void arbitraryBytesBehindTheSignature(byte[] bytes) throws IOException {
        byte[] zip = new byte[SIGNATURE.length + bytes.length];
        System.arraycopy(SIGNATURE, 0, zip, 0, SIGNATURE.length);
        System.arraycopy(bytes, 0, zip, SIGNATURE.length, bytes.length);
        audit(zip, "json");
    }

    @FuzzTest(maxDuration = "30s")
    void aZipOfArbitraryEntries(FuzzedDataProvider data) throws IOException {
        String format = data.pickValue(List.of("json", "text", "csv"));
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip, StandardCharsets.UTF_8)) {
            int entries = data.consumeInt(0, 4);
            for (int i = 0; i < entries; i++) {
                String name = data.consumeBoolean() ? data.pickValue(NAMES) : data.consumeString(30);
                try {
                    out.putNextEntry(new ZipEntry(name.isEmpty() ? "x" : name));
                } catch (ZipException duplicate) {
                    continue;
                }
                out.write(data.consumeBytes(data.consumeInt(0, 2_000)));
                out.closeEntry();
            }
        }
        audit(zip.toByteArray(), format);
    }

    private static void audit(byte[] zip, String format) throws IOException {
        Path file = Files.createTempFile("invite-audit-fuzz-", ".zip");
        try {
            Files.write(file, zip);
            Outputs.Run run = Outputs.run(new byte[0], EXIT_CODES, "--format", format, "--all", file.toString());
            Outputs.wellFormed(format, run.out());
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
