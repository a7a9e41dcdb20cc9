package org.inviteaudit.source;

import java.io.FilterInputStream;
import java.io.InputStream;

final class StdinSource implements InputSource {

    static final String NAME = "<stdin>";

    private final InputStream stdin;

    StdinSource(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean isLive() {
        return true;
    }

    /** Closing the returned stream leaves standard input open: it belongs to the caller of the tool. */
    @Override
    public InputStream open() {
        return new FilterInputStream(stdin) {
            @Override
            public void close() {
                // standard input is not ours to close
            }
        };
    }
}
