package org.inviteaudit.render;

import java.util.Arrays;
import java.util.Iterator;
import java.util.function.Function;
import java.util.function.Supplier;
import org.inviteaudit.report.Listing;

/** The output formats, each with its renderer. */
public enum OutputFormat {
    TEXT("text", TextRenderer::new, options -> Listing.Order.newestFirst(options.listLimit())),
    JSON("json", JsonRenderer::new, options -> Listing.Order.FILE_ORDER);

    private final String id;
    private final Supplier<Renderer> factory;
    private final Function<RenderOptions, Listing.Order> listingOrder;

    OutputFormat(String id, Supplier<Renderer> factory, Function<RenderOptions, Listing.Order> listingOrder) {
        this.id = id;
        this.factory = factory;
        this.listingOrder = listingOrder;
    }

    public String id() {
        return id;
    }

    public Renderer renderer() {
        return factory.get();
    }

    /** Which invitations the report must keep for this format, and in what order. */
    public Listing.Order listingOrder(RenderOptions options) {
        return listingOrder.apply(options);
    }

    /** The format ids, for the command line's help and completion. */
    public static final class Ids implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(values()).map(OutputFormat::id).iterator();
        }
    }
}
