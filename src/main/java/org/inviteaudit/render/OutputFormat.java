package org.inviteaudit.render;

import java.io.Writer;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.inviteaudit.report.Listed;
import org.inviteaudit.report.Listing;

/** The output formats, each with its renderer and with how it needs the listed invitations kept. */
public enum OutputFormat {
    TEXT("text", TextRenderer::new, options -> Listed.Plan.byVerdict(Listing.Order.newestFirst(options.listLimit()))),
    JSON("json", (out, options) -> new JsonRenderer(out, options.by()),
            options -> Listed.Plan.RENDERED_AS_READ),
    NDJSON("ndjson", (out, options) -> new NdjsonRenderer(out, options.lineBuffered()),
            options -> Listed.Plan.NOT_KEPT),
    CSV("csv", (out, options) -> new CsvRenderer(out, options.byteOrderMark()), options -> Listed.Plan.NOT_KEPT),
    TSV("tsv", (out, options) -> new TsvRenderer(out), options -> Listed.Plan.NOT_KEPT),
    HTML("html", (out, options) -> new HtmlRenderer(out, options.by()),
            options -> Listed.Plan.inOne(Listing.Order.newestFirst(HtmlRenderer.MOST_ROWS)));

    private final String id;
    private final BiFunction<Writer, RenderOptions, Renderer> factory;
    private final Function<RenderOptions, Listed.Plan> plan;

    OutputFormat(String id, BiFunction<Writer, RenderOptions, Renderer> factory,
            Function<RenderOptions, Listed.Plan> plan) {
        this.id = id;
        this.factory = factory;
        this.plan = plan;
    }

    public String id() {
        return id;
    }

    public Renderer renderer(Writer out, RenderOptions options) {
        return factory.apply(out, options);
    }

    /** How the report must keep the listed invitations for this format. */
    public Listed.Plan plan(RenderOptions options) {
        return plan.apply(options);
    }
}
