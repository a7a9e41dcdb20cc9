package org.inviteaudit.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SizesTest {

    @Test
    void describesEachLimitInItsOwnUnit() {
        assertThat(Sizes.describe(1L << 20)).isEqualTo("1 MiB");
        assertThat(Sizes.describe(256L << 20)).isEqualTo("256 MiB");
        assertThat(Sizes.describe(64L << 10)).isEqualTo("64 KiB");
        assertThat(Sizes.describe(1000)).isEqualTo("1,000 bytes");
        assertThat(Sizes.describe(1)).isEqualTo("1 byte");
        assertThat(Sizes.describe((1L << 20) + 1)).isEqualTo("1,048,577 bytes");
    }

    @Test
    void countsUtf8Bytes() {
        String text = "aé€😀";
        int bytes = 0;
        for (char c : text.toCharArray()) {
            bytes += Sizes.utf8Length(c);
        }
        assertThat(bytes).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
    }
}
