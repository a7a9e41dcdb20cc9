package org.inviteaudit.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportFilesTest {

    @Test
    void everyKnownFileIsRecognisedByEachOfItsFirstLines() {
        assertThat(ExportFiles.all()).hasSizeGreaterThan(10);
        for (ExportFiles.ExportFile file : ExportFiles.all()) {
            for (String firstLine : file.firstLines()) {
                List<String> fields = Arrays.asList((firstLine + ",More").split(","));
                assertThat(ExportFiles.recognise(fields)).as(firstLine).get()
                        .extracting(ExportFiles.ExportFile::file).isEqualTo(file.file());
            }
        }
    }

    @Test
    void neitherHeaderEraOfInvitationsIsTakenForAnotherFile() {
        assertThat(ExportFiles.recognise(List.of("From", "To", "Sent At", "Message", "Direction"))).isEmpty();
        assertThat(ExportFiles.recognise(List.of("From", "To", "Sent At", "Message", "Direction",
                "inviterProfileUrl", "inviteeProfileUrl"))).isEmpty();
    }

    @Test
    void comparesWithoutRegardToCaseOrSurroundingSpace() {
        assertThat(ExportFiles.recognise(List.of("  conversation id", "conversation title", "from"))).get()
                .extracting(ExportFiles.ExportFile::file).isEqualTo("messages.csv");
    }
}
