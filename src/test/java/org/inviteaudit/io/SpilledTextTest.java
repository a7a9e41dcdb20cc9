package org.inviteaudit.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class SpilledTextTest {

    /** Any chars, lone surrogates and U+0000 among them, come back as they went, one text after another. */
    @Property(tries = 500)
    void textsComeBackCharForChar(@ForAll @Size(max = 6)
            List<@StringLength(max = 300) @CharRange(from = '\u0000', to = '\uffff') String> texts)
            throws IOException {
        assertThat(roundTrip(texts)).isEqualTo(texts);
    }

    @Test
    void textsOfOneByteCharsAndOfWiderOnesMixed() throws IOException {
        List<String> texts = List.of("", "Ada Byron", "Zoë Müller ÿ", "Ā", "日本語のメモ", "🚀 launch", "\uD83D",
                "What?", "Ā?", "?",
                "x".repeat(1 << 17), "é".repeat(70_000) + "\u0100");
        assertThat(roundTrip(texts)).isEqualTo(texts);
    }

    private static List<String> roundTrip(List<String> texts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            for (String text : texts) {
                SpilledText.write(out, text);
            }
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
        List<String> read = new java.util.ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            read.add(SpilledText.read(in));
        }
        assertThat(in.read()).as("nothing left over").isEqualTo(-1);
        return read;
    }
}
