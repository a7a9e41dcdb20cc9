package org.inviteaudit.reader;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Feeds what {@link RecordSplitter} finds to one Commons CSV parser as one text: each well-formed record as it was,
 * each blank or broken stretch as an empty line. Every piece so becomes exactly one parsed record, in order, and
 * the parser's read-ahead is all that is ever queued. Commons CSV never sees a malformed record, so it never stops
 * early.
 */
final class FramedRecordReader extends Reader {

    private final RecordSplitter splitter;
    private final Deque<RecordSplitter.Piece> handedOut = new ArrayDeque<>();
    // The piece being read: its text, then its line break at position == chunk.length(); once position is past
    // that, the piece is read whole, as the empty one before the first is.
    private String chunk = "";
    private int position = chunk.length() + 1;

    FramedRecordReader(RecordSplitter splitter) {
        this.splitter = splitter;
    }

    /** The piece that the parser's next record was read from. */
    RecordSplitter.Piece nextPiece() {
        return handedOut.removeFirst();
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (position > chunk.length() && !advance()) {
            return -1;
        }
        int n = Math.min(length, chunk.length() - position);
        chunk.getChars(position, position + n, buffer, offset);
        position += n;
        if (n < length && position == chunk.length()) { // the line break that ends each piece, not copied onto it
            buffer[offset + n++] = '\n';
            position++;
        }
        return n;
    }

    private boolean advance() throws IOException {
        RecordSplitter.Piece piece = splitter.next();
        if (piece == null) {
            return false;
        }
        handedOut.addLast(piece);
        chunk = piece instanceof RecordSplitter.Framed framed ? framed.text() : "";
        position = 0;
        return true;
    }

    @Override
    public void close() {
        // the underlying text belongs to the caller
    }
}
