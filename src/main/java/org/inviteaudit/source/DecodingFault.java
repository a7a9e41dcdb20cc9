package org.inviteaudit.source;

/** What was wrong with an input's bytes as text, and what the tool made of them; told once, with the line. */
public enum DecodingFault {
    /** Bytes that are not UTF-8, read as Windows-1252 from there on. */
    NOT_UTF8("is not valid UTF-8 from here; it is read as Windows-1252, as spreadsheets save it"),
    /** Bytes that are not valid UTF-16 after a UTF-16 byte-order mark, each shown as U+FFFD. */
    NOT_UTF16("is not valid UTF-16 here; what cannot be read is shown as \uFFFD");

    private final String words;

    DecodingFault(String words) {
        this.words = words;
    }

    /** The fault said of a subject: "the text is not valid UTF-8 from here; …". */
    public String of(String subject) {
        return subject + " " + words;
    }

    /** Told of the first fault in an input, and of the line it is on. */
    @FunctionalInterface
    public interface Listener {
        void at(long line, DecodingFault fault);
    }
}
