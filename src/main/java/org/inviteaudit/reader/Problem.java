package org.inviteaudit.reader;

/**
 * Something in an input that could not be read as it should.
 *
 * @param line    the 1-based line where the record starts
 * @param skipped whether the record was left out of the report
 */
public record Problem(String source, long line, String message, boolean skipped) implements InputRecord {

    @Override
    public void deliverTo(RecordSink sink) {
        sink.problem(this);
    }

    /** The one-line form used on stderr and in the text report. */
    public String describe() {
        return source + ":" + line + ": " + message + (skipped ? "; record skipped" : "");
    }
}
