package org.inviteaudit.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8PrintWriterTest {

    @Test
    void writesTextAndBytesInTheOrderWritten() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Utf8PrintWriter out = new Utf8PrintWriter(bytes)) {
            out.print("Zoë ");
            byte[] utf8 = "\uD83D\uDE80 日".getBytes(StandardCharsets.UTF_8);
            out.writeUtf8(utf8, 0, utf8.length);
            out.println('.');
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("Zoë \uD83D\uDE80 日." + System.lineSeparator());
    }

    /** As PrintWriter's own writes: no exception, and the error is there for checkError, which ReportFile asks. */
    @Test
    void aFailureToWriteBytesSetsTheError() {
        Utf8PrintWriter out = new Utf8PrintWriter(new ByteArrayOutputStream());
        out.close();
        assertThat(out.checkError()).isFalse();
        out.writeUtf8(new byte[] {'a'}, 0, 1);
        assertThat(out.checkError()).isTrue();
    }
}
