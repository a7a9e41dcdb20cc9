package org.inviteaudit.report;

import java.io.Closeable;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.inviteaudit.reader.Direction;

/**
 * The outcome of an audit: counts, the invitations to list and what could not be read. Its lists may lie partly in
 * temporary files: close it when the report has been written.
 *
 * @param owner     the export's owner, when it can be told
 * @param sources   the inputs, in the order given
 * @param scope     which invitations the counts and lists cover
 * @param selection which invitations in scope are listed
 * @param acceptance how many sent invitations of each verdict were accepted, when a Connections.csv was read
 * @param monthsByDirection the counts month by month of the invitations received and of those sent, for those
 *                  whose date could be read
 * @param senders   the offenders received, counted by sender, when the renderer's plan asks for them (else empty)
 * @param sentNotes the offenders sent, counted by note, the names of both people set aside; likewise
 * @param listed    the listed invitations, kept as the renderer asked
 * @param problems  what could not be read, in file order
 * @param repeated  the invitations left out because an earlier input held them too
 * @param undatedLeftOut the invitations left out by {@code --since} or {@code --until} because their date could not
 *                  be read
 */
public record Report(
        Optional<String> owner,
        List<String> sources,
        AuditScope scope,
        Selection selection,
        Tally all,
        Tally received,
        Tally sent,
        AcceptanceTally acceptance,
        Map<Direction, SortedMap<YearMonth, Tally>> monthsByDirection,
        RepeatOffenders senders,
        RepeatOffenders sentNotes,
        Listed listed,
        Problems problems,
        long repeated,
        long undatedLeftOut) implements Closeable {

    /** The counts month by month, both directions together. */
    public SortedMap<YearMonth, Tally> months() {
        SortedMap<YearMonth, Tally> months = new TreeMap<>();
        monthsByDirection.values().forEach(direction -> direction
                .forEach((month, tally) -> months.computeIfAbsent(month, m -> new Tally()).addAll(tally)));
        return months;
    }

    /** The records left out of the report because they could not be read. */
    public long skipped() {
        return problems.skipped();
    }

    @Override
    public void close() {
        listed.close();
        problems.close();
    }
}
