package org.inviteaudit.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;

/** The indented JSON of the report and of {@code check}: the same layout for both, LF whatever the platform. */
final class PrettyJson {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final String INDENT = "  ";

    private PrettyJson() {
    }

    /** A generator that leaves {@code out} open when it is closed. */
    static JsonGenerator generator(Writer out) throws IOException {
        return generatorAtDepth(out, 0);
    }

    /**
     * A generator of values to be set into a document at {@code depth} (by {@link JsonGenerator#writeRawValue}), one
     * after another with nothing between them: each comes out as if written there, though without the indentation
     * of its first line, which the document's generator writes.
     */
    static JsonGenerator generatorAtDepth(Writer out, int depth) throws IOException {
        JsonGenerator json = FACTORY.createGenerator(out);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        // Each line break is followed by the indentation of the depth, then by that of the level within the value.
        DefaultIndenter indenter = new DefaultIndenter(INDENT, "\n" + INDENT.repeat(depth));
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER);
        json.setPrettyPrinter(new DefaultPrettyPrinter()
                .withSeparators(depth == 0 ? separators : separators.withRootSeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter));
        return json;
    }
}
