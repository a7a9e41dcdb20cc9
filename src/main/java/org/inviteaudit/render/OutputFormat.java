package org.inviteaudit.render;

import java.util.Arrays;
import java.util.Iterator;
import java.util.function.Function;

/** The output formats, each with its renderer. */
public enum OutputFormat {
    TEXT("text", options -> new TextRenderer(options.listLimit())),
    JSON("json", options -> new JsonRenderer());

    private final String id;
    private final Function<RenderOptions, Renderer> factory;

    OutputFormat(String id, Function<RenderOptions, Renderer> factory) {
        this.id = id;
        this.factory = factory;
    }

    public String id() {
        return id;
    }

    public Renderer renderer(RenderOptions options) {
        return factory.apply(options);
    }

    /** The format ids, for the command line's help and completion. */
    public static final class Ids implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(values()).map(OutputFormat::id).iterator();
        }
    }
}
