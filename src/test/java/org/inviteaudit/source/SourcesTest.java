package org.inviteaudit.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesTest {

    private static final InputStream NO_STDIN = new ByteArrayInputStream(new byte[0]);
    private static final String CSV = "From,To,Sent At,Message,Direction\n";

    @TempDir
    Path dir;

    private Path zip(String name, String... entriesAndContents) throws IOException {
        Path zip = dir.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (int i = 0; i < entriesAndContents.length; i += 2) {
                out.putNextEntry(new ZipEntry(entriesAndContents[i]));
                out.write(entriesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return zip;
    }

    private static String content(InputSource source) throws IOException {
        try (InputStream in = source.open()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void findsInvitationsInTheExportZipWithoutRegardToCaseNearestTheRoot() throws Exception {
        Path zip = zip("Basic_LinkedInDataExport_11-25-2026.zip",
                "Connections.csv", "Notes:\n",
                "Articles/old/invitations.csv", "deep",
                "INVITATIONS.CSV", CSV);
        InputSource source = Sources.resolve(List.of(zip.toString()), NO_STDIN).get(0);
        assertThat(source.name()).isEqualTo(zip + "/INVITATIONS.CSV");
        assertThat(content(source)).isEqualTo(CSV);
    }

    @Test
    void aZipWithoutInvitationsSaysWhatItHolds() throws Exception {
        Path zip = zip("export.zip", "Connections.csv", "x", "messages.csv", "y", "Articles/a.html", "z");
        assertThatThrownBy(() -> Sources.resolve(List.of(zip.toString()), NO_STDIN))
                .isInstanceOf(UnusableInputException.class)
                .hasMessage(zip + ": holds no Invitations.csv (it holds Connections.csv, messages.csv, a.html); "
                        + "pass the LinkedIn data export zip, or the Invitations.csv from it");
    }

    @Test
    void aZipEntryThatWouldExpandPastTheBoundIsRefused() throws Exception {
        Path zip = zip("bomb.zip", "Invitations.csv", CSV + "x".repeat(10_000));
        assertThatThrownBy(() -> Sources.resolve(List.of(zip.toString()), NO_STDIN, notice -> { }, 1000))
                .isInstanceOf(UnusableInputException.class)
                .hasMessageContaining("bomb.zip: Invitations.csv would expand past")
                .hasMessageContaining("refused as a possible zip bomb");
    }

    @Test
    void expansionIsCountedAsItIsReadWhateverTheHeaderClaims() throws Exception {
        InputStream limited = new ExpansionLimitedInputStream(new ByteArrayInputStream(new byte[5000]), 4096);
        assertThatThrownBy(limited::readAllBytes).isInstanceOf(IOException.class)
                .hasMessageContaining("refused as a possible zip bomb");
    }

    @Test
    void aBrokenZipIsNamed() throws Exception {
        Path broken = Files.write(dir.resolve("export.zip"), new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        assertThatThrownBy(() -> Sources.resolve(List.of(broken.toString()), NO_STDIN))
                .isInstanceOf(UnusableInputException.class)
                .hasMessageStartingWith(broken + ": is not a readable zip archive");
    }

    /** In a folder of exports, a zip that cannot be used is left out with its reason, or named when it was all. */
    @Test
    void aFolderLeavesOutAnExportZipThatCannotBeReadAndSaysWhy() throws Exception {
        Path downloads = Files.createDirectories(dir.resolve("downloads"));
        Files.write(downloads.resolve("Basic_LinkedInDataExport_11-25-2026.zip"), new byte[] {'P', 'K', 3, 4, 1});
        assertThatThrownBy(() -> Sources.resolve(List.of(downloads.toString()), NO_STDIN))
                .isInstanceOf(UnusableInputException.class)
                .hasMessageStartingWith(downloads + ": holds no export that can be read: "
                        + "Basic_LinkedInDataExport_11-25-2026.zip (is not a readable zip archive (")
                .hasMessageEndingWith("download the export again); pass the folder of your LinkedIn data export, "
                        + "or its Invitations.csv");

        Path unzipped = Files.createDirectories(downloads.resolve("Basic_LinkedInDataExport_11-24-2026"));
        Files.writeString(unzipped.resolve("Invitations.csv"), CSV);
        List<String> notices = new ArrayList<>();
        List<InputSource> sources = Sources.resolve(List.of(downloads.toString()), NO_STDIN, notices::add,
                1 << 20);
        assertThat(sources).singleElement().extracting(InputSource::name)
                .isEqualTo(unzipped.resolve("Invitations.csv").toString());
        assertThat(notices).singleElement().asString().startsWith(downloads + ": left out "
                + "Basic_LinkedInDataExport_11-25-2026.zip (is not a readable zip archive (");
    }

    @Test
    void findsInvitationsInTheUnzippedFolderOrOneLevelDown() throws Exception {
        Path export = Files.createDirectories(dir.resolve("export/Basic_LinkedInDataExport"));
        Files.writeString(export.resolve("Connections.csv"), "Notes:\n");
        Path invitations = Files.writeString(export.resolve("invitations.csv"), CSV);
        InputSource source = Sources.resolve(List.of(dir.resolve("export").toString()), NO_STDIN).get(0);
        assertThat(source.name()).isEqualTo(invitations.toString());
        assertThat(content(source)).isEqualTo(CSV);
    }

    @Test
    void aFolderWithoutInvitationsSaysWhatItHolds() throws Exception {
        Files.writeString(dir.resolve("Connections.csv"), "Notes:\n");
        Files.writeString(dir.resolve("notes.txt"), "x");
        assertThatThrownBy(() -> Sources.resolve(List.of(dir.toString()), NO_STDIN))
                .isInstanceOf(UnusableInputException.class)
                .hasMessage(dir + ": holds no Invitations.csv, in it or in its folders one level down, and no "
                        + "export zip (it holds Connections.csv, notes.txt); pass the folder of your LinkedIn data "
                        + "export, or its Invitations.csv");
    }

    /** A Downloads folder with last year's export and this year's: each is audited, and said to be. */
    @Test
    void aFolderOfSeveralExportsGivesEachOfThemAndSaysSo() throws Exception {
        Path downloads = Files.createDirectories(dir.resolve("Downloads"));
        Files.writeString(Files.createDirectories(downloads.resolve("Basic_LinkedInDataExport_2025"))
                .resolve("Invitations.csv"), CSV);
        Path thisYear = Files.createDirectories(downloads.resolve("Basic_LinkedInDataExport_2026"));
        Files.writeString(thisYear.resolve("Invitations.csv"), CSV);
        Files.writeString(thisYear.resolve("Connections.csv"), "Notes:\n");
        Files.move(zip("Basic_LinkedInDataExport_01-29-2026.zip", "Invitations.csv", CSV),
                downloads.resolve("Basic_LinkedInDataExport_01-29-2026.zip"));
        Files.move(zip("holiday-photos.zip", "Invitations.csv", CSV), downloads.resolve("holiday-photos.zip"));
        List<String> notices = new ArrayList<>();
        List<InputSource> sources = Sources.resolve(List.of(downloads.toString()), NO_STDIN, notices::add);
        assertThat(sources).extracting(InputSource::name).containsExactly(
                downloads.resolve("Basic_LinkedInDataExport_2025/Invitations.csv").toString(),
                downloads.resolve("Basic_LinkedInDataExport_2026/Invitations.csv").toString(),
                downloads.resolve("Basic_LinkedInDataExport_01-29-2026.zip").toString() + "/Invitations.csv");
        assertThat(sources.get(1).connections()).isPresent();
        assertThat(notices).singleElement().asString()
                .startsWith(downloads + ": 3 exports found, each audited, an invitation in more than one counted once: ");
    }

    /** Pointed at a big shared folder, it looks no deeper than an unzipped export can be, and says so. */
    @Test
    void anInvitationsCsvTwoFoldersDownIsSomeoneElsesAndIsNotTaken() throws Exception {
        Path deep = Files.createDirectories(dir.resolve("home/projects/some-tool/fixtures"));
        Files.writeString(deep.resolve("Invitations.csv"), CSV);
        Files.writeString(dir.resolve("home/notes.txt"), "x");
        assertThatThrownBy(() -> Sources.resolve(List.of(dir.resolve("home").toString()), NO_STDIN))
                .isInstanceOf(UnusableInputException.class)
                .hasMessageContaining("holds no Invitations.csv, in it or in its folders one level down");
    }

    @Test
    void theSameDataNamedTwiceIsRefusedEvenThroughItsFolder() throws Exception {
        Path file = Files.writeString(dir.resolve("Invitations.csv"), CSV);
        assertThatThrownBy(() -> Sources.resolve(List.of(dir.toString(), file.toString()), NO_STDIN))
                .isInstanceOf(UnusableInputException.class)
                .hasMessageContaining("is given more than once");
    }

    @Test
    void theZipAndItsFolderOfferTheConnectionsBesideTheInvitationsAndAPlainFileNone() throws Exception {
        String connections = "Notes:\n\nFirst Name,Last Name,URL\n";
        Path zip = zip("export.zip", "Basic/Invitations.csv", CSV, "Basic/CONNECTIONS.csv", connections,
                "Other/Connections.csv", "not this one");
        InputSource fromZip = Sources.resolve(List.of(zip.toString()), InputStream.nullInputStream()).get(0);
        assertThat(fromZip.connections()).isPresent();
        assertThat(content(fromZip.connections().get())).isEqualTo(connections);
        assertThat(fromZip.connections().get().name()).isEqualTo(zip + "/Basic/CONNECTIONS.csv");

        Path folder = Files.createDirectories(dir.resolve("export"));
        Files.writeString(folder.resolve("Invitations.csv"), CSV);
        Files.writeString(folder.resolve("Connections.csv"), connections);
        InputSource fromFolder = Sources.resolve(List.of(folder.toString()), InputStream.nullInputStream()).get(0);
        assertThat(content(fromFolder.connections().orElseThrow())).isEqualTo(connections);

        InputSource plain = Sources.resolve(List.of(folder.resolve("Invitations.csv").toString()),
                InputStream.nullInputStream()).get(0);
        assertThat(plain.connections()).as("a file named alone: its folder is not looked in").isEmpty();
        Path lone = Files.createDirectories(dir.resolve("lone"));
        Files.writeString(lone.resolve("Invitations.csv"), CSV);
        assertThat(Sources.resolve(List.of(lone.toString()), InputStream.nullInputStream()).get(0).connections())
                .isEmpty();
    }
}
