package org.inviteaudit.render;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.inviteaudit.check.DraftAdvice;
import org.inviteaudit.classify.Reason;

/** The formats of {@code invite-audit check}: advice on one draft, for a person or for a program. */
public enum AdviceFormat {
    TEXT("text") {
        @Override
        public void write(DraftAdvice advice, Writer out, int width) throws IOException {
            StringBuilder text = new StringBuilder();
            text.append("Verdict: ").append(advice.verdict().id()).append('\n');
            text.append("Score:   ").append(advice.score()).append(" of 100\n");
            text.append("Reasons: ").append(String.join(", ", ids(advice.reasons()))).append('\n');
            text.append("Length:  ").append(advice.length())
                    .append(advice.length() == 1 ? " character\n" : " characters\n");
            section("Hints", advice.hints(), width, text);
            section("Warnings", advice.warnings(), width, text);
            out.write(text.toString());
        }

        /** Each item on lines of its own, wrapped to the width under its dash. */
        private void section(String title, List<String> items, int width, StringBuilder text) {
            if (items.isEmpty()) {
                return;
            }
            text.append('\n').append(title).append(":\n");
            for (String item : items) {
                for (String line : TerminalText.hanging(item, width, "  - ", "    ")) {
                    text.append(line).append('\n');
                }
            }
        }
    },

    JSON("json") {
        @Override
        public void write(DraftAdvice advice, Writer out, int width) throws IOException {
            try (JsonGenerator json = PrettyJson.generator(out)) {
                json.writeStartObject();
                json.writeStringField("verdict", advice.verdict().id());
                json.writeNumberField("score", advice.score());
                strings("reasons", ids(advice.reasons()), json);
                strings("hints", advice.hints(), json);
                strings("warnings", advice.warnings(), json);
                json.writeNumberField("length", advice.length());
                json.writeEndObject();
            }
            out.write('\n');
        }

        private void strings(String field, List<String> values, JsonGenerator json) throws IOException {
            json.writeArrayFieldStart(field);
            for (String value : values) {
                json.writeString(value);
            }
            json.writeEndArray();
        }
    };

    private final String id;

    AdviceFormat(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The reasons' ids. A loop, not a stream: {@code check} links no lambda (docs/code.md). */
    private static List<String> ids(List<Reason> reasons) {
        List<String> ids = new ArrayList<>(reasons.size());
        for (Reason reason : reasons) {
            ids.add(reason.id());
        }
        return ids;
    }

    /** Writes the advice; text for people is wrapped to {@code width} columns. */
    public abstract void write(DraftAdvice advice, Writer out, int width) throws IOException;
}
