package org.inviteaudit.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SpooledStreamTest {

    private static final byte[] DATA = "From,To\n".repeat(10_000).getBytes(StandardCharsets.UTF_8);

    @Test
    void theSecondReadingGivesWhatTheFirstRead() throws IOException {
        try (InputSource stdin = new StdinSource(new ByteArrayInputStream(DATA)).rereadable()) {
            byte[] first;
            try (InputStream in = stdin.open()) {
                first = in.readAllBytes();
            }
            try (InputStream in = stdin.open()) {
                assertThat(in.readAllBytes()).isEqualTo(first).isEqualTo(DATA);
            }
        }
    }

    /** Live while its first reading reads standard input as it comes; from the spool after, with nothing to wait on. */
    @Test
    void itIsLiveUntilItsFirstReading() throws IOException {
        assertThat(new StdinSource(new ByteArrayInputStream(DATA)).isLive()).isTrue();
        try (InputSource stdin = new StdinSource(new ByteArrayInputStream(DATA)).rereadable()) {
            assertThat(stdin.isLive()).isTrue();
            try (InputStream in = stdin.open()) {
                in.readAllBytes();
            }
            assertThat(stdin.isLive()).isFalse();
        }
    }

    @Test
    void aFirstReadingThatStoppedEarlyStillLeavesTheWholeInputForTheSecond() throws IOException {
        try (InputSource stdin = new StdinSource(new ByteArrayInputStream(DATA)).rereadable()) {
            try (InputStream in = stdin.open()) {
                assertThat(in.read(new byte[100])).isEqualTo(100);
                assertThat(in.skip(1_000)).isPositive();
            }
            try (InputStream in = stdin.open()) {
                assertThat(in.readAllBytes()).isEqualTo(DATA);
            }
        }
    }

    @Test
    void theNameIsStillStandardInput() throws IOException {
        try (InputSource stdin = new StdinSource(new ByteArrayInputStream(DATA)).rereadable()) {
            assertThat(stdin.name()).isEqualTo("<stdin>");
        }
    }
}
