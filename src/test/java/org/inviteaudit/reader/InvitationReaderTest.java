package org.inviteaudit.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import org.inviteaudit.source.TextDecoding;
import org.inviteaudit.source.UnusableInputException;
import org.junit.jupiter.api.Test;

class InvitationReaderTest {

    private static final String OLD_HEADER = "From,To,Sent At,Message,Direction\n";
    private static final String NEW_HEADER =
            "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n";

    private static CollectingSink read(String csv) throws UnusableInputException {
        return read(new StringReader(csv));
    }

    private static CollectingSink read(Reader text) throws UnusableInputException {
        CollectingSink collected = new CollectingSink();
        new InvitationReader("in.csv").read(text, collected);
        return collected;
    }

    @Test
    void readsTheOldHeaderEra() throws Exception {
        CollectingSink got = read(OLD_HEADER
                + "Ada Byron,Jordan Pike,\"1/29/26, 2:37 PM\",Hello there,INCOMING\n");
        assertThat(got.problems).isEmpty();
        assertThat(got.invitations).containsExactly(new Invitation("in.csv", 2, Direction.RECEIVED, "Ada Byron",
                "Jordan Pike", LocalDateTime.of(2026, 1, 29, 14, 37), "1/29/26, 2:37 PM", "Hello there", "", ""));
    }

    @Test
    void readsTheNewHeaderEraWithProfileUrls() throws Exception {
        CollectingSink got = read(NEW_HEADER
                + "Jordan Pike,Ada Byron,\"1/2/26, 9:05 AM\",,OUTGOING,https://x.test/in/jp,https://x.test/in/ab\n");
        Invitation invitation = got.invitations.get(0);
        assertThat(invitation.direction()).isEqualTo(Direction.SENT);
        assertThat(invitation.message()).isEmpty();
        assertThat(invitation.inviterProfileUrl()).isEqualTo("https://x.test/in/jp");
        assertThat(invitation.inviteeProfileUrl()).isEqualTo("https://x.test/in/ab");
    }

    @Test
    void mapsTheHeaderByNameWithoutRegardToCaseSpacesOrOrderAndIgnoresExtraColumns() throws Exception {
        CollectingSink got = read(" direction ,EXTRA,message,sent at,TO,from\n"
                + "OUTGOING,x,Hi,\"1/2/26, 9:05 AM\",Ada Byron,Jordan Pike\n");
        Invitation invitation = got.invitations.get(0);
        assertThat(invitation.from()).isEqualTo("Jordan Pike");
        assertThat(invitation.to()).isEqualTo("Ada Byron");
        assertThat(invitation.message()).isEqualTo("Hi");
        assertThat(invitation.direction()).isEqualTo(Direction.SENT);
    }

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaksAndCountsLinesFromTheRecordStart() throws Exception {
        CollectingSink got = read(OLD_HEADER
                + "\"Doe, Jane\",Jordan Pike,\"1/29/26, 2:37 PM\",\"Line one\nline \"\"two\"\", with comma\",INCOMING\n"
                + "Bo Li,Jordan Pike,\"1/28/26, 2:37 PM\",,INCOMING\n");
        assertThat(got.invitations).extracting(Invitation::line).containsExactly(2L, 4L);
        assertThat(got.invitations.get(0).from()).isEqualTo("Doe, Jane");
        assertThat(got.invitations.get(0).message()).isEqualTo("Line one\nline \"two\", with comma");
    }

    @Test
    void handlesCrlfLineEndsAndAMissingFinalNewline() throws Exception {
        CollectingSink got = read(OLD_HEADER.replace("\n", "\r\n")
                + "A B,Jordan Pike,\"1/29/26, 2:37 PM\",\"two\r\nlines\",INCOMING\r\n"
                + "C D,Jordan Pike,\"1/28/26, 2:37 PM\",last,INCOMING");
        assertThat(got.invitations).extracting(Invitation::line).containsExactly(2L, 4L);
        assertThat(got.invitations.get(1).message()).isEqualTo("last");
    }

    @Test
    void skipsBlankLinesButKeepsLineNumbersTrue() throws Exception {
        CollectingSink got = read(OLD_HEADER + "\n"
                + "A B,Jordan Pike,\"1/29/26, 2:37 PM\",,INCOMING\n\n\n"
                + "C D,Jordan Pike,\"1/28/26, 2:37 PM\",,INCOMING\n");
        assertThat(got.invitations).extracting(Invitation::line).containsExactly(3L, 6L);
        assertThat(got.problems).isEmpty();
    }

    @Test
    void dropsTheByteOrderMarkThatSpreadsheetsAdd() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = (OLD_HEADER + "A B,Jordan Pike,\"1/29/26, 2:37 PM\",,INCOMING\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(body, 0, bytes, bom.length, body.length);
        CollectingSink got = read(TextDecoding.open(new ByteArrayInputStream(bytes), "in.csv", (line, fault) -> { }));
        assertThat(got.invitations).hasSize(1);
        assertThat(got.invitations.get(0).from()).isEqualTo("A B");
    }

    @Test
    void readsNarrowNoBreakSpaceDates() throws Exception {
        CollectingSink got = read(OLD_HEADER + "A B,Jordan Pike,\"1/29/26, 2:37\u202FPM\",,INCOMING\n");
        assertThat(got.invitations.get(0).sentAt()).isEqualTo(LocalDateTime.of(2026, 1, 29, 14, 37));
        assertThat(got.problems).isEmpty();
    }

    @Test
    void headerOnlyIsAnExportWithNoInvitations() throws Exception {
        CollectingSink got = read(NEW_HEADER);
        assertThat(got.invitations).isEmpty();
        assertThat(got.problems).isEmpty();
    }

    @Test
    void aShortRowIsASkippedProblemAtItsLineAndReadingGoesOn() throws Exception {
        CollectingSink got = read(OLD_HEADER + "A B,Jordan Pike\n" + "C D,Jordan Pike,\"1/28/26, 2:37 PM\",,INCOMING\n");
        assertThat(got.problems).containsExactly(
                new Problem("in.csv", 2, "the record has 2 fields where 5 are needed", true));
        assertThat(got.invitations).extracting(Invitation::line).containsExactly(3L);
    }

    @Test
    void anUnknownDirectionIsASkippedProblem() throws Exception {
        CollectingSink got = read(OLD_HEADER + "A B,Jordan Pike,\"1/29/26, 2:37 PM\",,SIDEWAYS\n");
        assertThat(got.invitations).isEmpty();
        assertThat(got.problems).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.skipped()).isTrue();
            assertThat(problem.message()).contains("SIDEWAYS").contains("INCOMING or OUTGOING");
        });
    }

    @Test
    void aHugeFieldIsQuotedShortInItsProblem() throws Exception {
        CollectingSink got = read(OLD_HEADER + "A B,Jordan Pike,\"1/29/26, 2:37 PM\",," + "X".repeat(5000) + "\n");
        assertThat(got.problems).singleElement().satisfies(problem -> {
            assertThat(problem.message()).startsWith("unknown Direction 'XXXX").contains("…'");
            assertThat(problem.message()).hasSizeLessThan(120);
        });
    }

    @Test
    void anUnreadableDateKeepsTheRecordWithoutADate() throws Exception {
        CollectingSink got = read(OLD_HEADER + "A B,Jordan Pike,someday,,INCOMING\n");
        assertThat(got.invitations).singleElement().satisfies(invitation -> {
            assertThat(invitation.sentAt()).isNull();
            assertThat(invitation.sentAtRaw()).isEqualTo("someday");
        });
        assertThat(got.problems).singleElement().satisfies(problem -> {
            assertThat(problem.skipped()).isFalse();
            assertThat(problem.message()).contains("someday");
        });
    }

    @Test
    void anUnterminatedQuoteCostsOnlyItsOwnRecord() throws Exception {
        CollectingSink got = read(OLD_HEADER
                + "A B,Jordan Pike,\"1/29/26, 2:37 PM\",,INCOMING\n"
                + "C D,Jordan Pike,\"1/28/26, 2:37 PM\",\"never closed,INCOMING\n"
                + "E F,Jordan Pike,\"1/27/26, 2:37 PM\",,INCOMING\n"
                + "G H,Jordan Pike,\"1/26/26, 2:37 PM\",,INCOMING\n");
        assertThat(got.invitations).extracting(Invitation::line).containsExactly(2L, 4L, 5L);
        assertThat(got.problems).containsExactly(new Problem("in.csv", 3,
                "a quoted field is not closed before the next record", true));
    }

    @Test
    void aNoteSpanningLinesIsNotMistakenForAnUnterminatedQuote() throws Exception {
        CollectingSink got = read(OLD_HEADER
                + "A B,Jordan Pike,\"1/29/26, 2:37 PM\",\"Hi,\nINCOMING,\n\"\"quoted\"\" line\",INCOMING\n"
                + "C D,Jordan Pike,\"1/28/26, 2:37 PM\",,INCOMING\n");
        assertThat(got.problems).isEmpty();
        assertThat(got.invitations).extracting(Invitation::line).containsExactly(2L, 5L);
        assertThat(got.invitations.get(0).message()).isEqualTo("Hi,\nINCOMING,\n\"quoted\" line");
    }

    @Test
    void textAfterAClosingQuoteSpoilsOnlyThatRecord() throws Exception {
        CollectingSink got = read(OLD_HEADER
                + "A B,Jordan Pike,\"1/29/26, 2:37 PM\",\"closed\"then more,INCOMING\n"
                + "C D,Jordan Pike,\"1/28/26, 2:37 PM\",,INCOMING\n");
        assertThat(got.invitations).extracting(Invitation::line).containsExactly(3L);
        assertThat(got.problems).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.message()).contains("malformed CSV");
        });
    }

    @Test
    void aRecordOverTheLimitIsAProblemAndTheNextIsRead() throws Exception {
        CollectingSink got = new CollectingSink();
        String longNote = "x".repeat(5000);
        new InvitationReader("in.csv", 1000).read(new StringReader(OLD_HEADER
                + "A B,Jordan Pike,\"1/29/26, 2:37 PM\"," + longNote + ",INCOMING\n"
                + "C D,Jordan Pike,\"1/28/26, 2:37 PM\",\"" + "y\n".repeat(800) + "\",INCOMING\n"
                + "E F,Jordan Pike,\"1/27/26, 2:37 PM\",,INCOMING\n"), got);
        assertThat(got.problems).extracting(Problem::line, Problem::message).containsExactly(
                tuple(2L, "the record is longer than 1,000 bytes"),
                tuple(3L, "the record is longer than 1,000 bytes"));
        assertThat(got.invitations).extracting(Invitation::line).containsExactly(804L);
    }

    /** The limit is in bytes, as the file holds them: 600 characters of two bytes each are over 1,000 bytes. */
    @Test
    void theLimitCountsBytesNotCharacters() throws Exception {
        CollectingSink got = new CollectingSink();
        new InvitationReader("in.csv", 1000).read(new StringReader(OLD_HEADER
                + "A B,Jordan Pike,\"1/29/26, 2:37 PM\"," + "x".repeat(600) + ",INCOMING\n"
                + "C D,Jordan Pike,\"1/28/26, 2:37 PM\"," + "é".repeat(600) + ",INCOMING\n"
                + "E F,Jordan Pike,\"1/27/26, 2:37 PM\",\"" + "ü\n".repeat(340) + "\",INCOMING\n"), got);
        assertThat(got.invitations).extracting(Invitation::line).containsExactly(2L);
        assertThat(got.problems).extracting(Problem::line, Problem::message).containsExactly(
                tuple(3L, "the record is longer than 1,000 bytes"),
                tuple(4L, "the record is longer than 1,000 bytes"));
    }

    @Test
    void aQuoteOpenedOnTheLastRecordAndNeverClosedIsAProblemToo() throws Exception {
        CollectingSink got = read(OLD_HEADER + "C D,Jordan Pike,\"1/28/26, 2:37 PM\",\"never closed,INCOMING\n");
        assertThat(got.problems).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.message()).isEqualTo("a quoted field is never closed");
        });
    }

    @Test
    void anEmptyInputIsUnusable() {
        assertThatThrownBy(() -> read("")).isInstanceOf(UnusableInputException.class)
                .hasMessage("in.csv: is empty; pass the Invitations.csv from your LinkedIn export");
        assertThatThrownBy(() -> read("\n\n  \n")).isInstanceOf(UnusableInputException.class)
                .hasMessageContaining("is empty");
    }

    @Test
    void aFileWithoutTheInvitationColumnsIsNotAnExport() {
        assertThatThrownBy(() -> read("Id,Name,Amount\n1,Ada,3\n"))
                .isInstanceOf(UnusableInputException.class)
                .hasMessage("in.csv: not a LinkedIn invitations export (its first line is 'Id,Name,Amount'); "
                        + "pass Invitations.csv from your export");
    }

    @Test
    void anotherFileOfTheExportIsNamed() {
        assertThatThrownBy(() -> read("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"))
                .isInstanceOf(UnusableInputException.class)
                .hasMessage("in.csv: this is Connections.csv, which holds your connections, not invitations: "
                        + "pass Invitations.csv or the export zip");
    }

    @Test
    void aMissingRequiredColumnIsNamed() {
        assertThatThrownBy(() -> read("From,To,Sent At,Message\nA,B,C,D\n"))
                .isInstanceOf(UnusableInputException.class)
                .hasMessage("in.csv: the header lacks the column Direction; "
                        + "pass Invitations.csv as LinkedIn exported it");
    }

    @Test
    void namesAreTrimmedButTheNoteIsKeptAsWritten() throws Exception {
        CollectingSink got = read(OLD_HEADER + " A B ,Jordan Pike ,\"1/29/26, 2:37 PM\",  Hi  there ,INCOMING\n");
        assertThat(got.invitations.get(0).from()).isEqualTo("A B");
        assertThat(got.invitations.get(0).to()).isEqualTo("Jordan Pike");
        assertThat(got.invitations.get(0).message()).isEqualTo("  Hi  there ");
    }

    @Test
    void readsALongGeneratedStreamWithExactLineNumbers() throws IOException, UnusableInputException {
        int rows = 200_000;
        Reader huge = new Reader() {
            private final StringBuilder pending = new StringBuilder(OLD_HEADER);
            private int written;

            @Override
            public int read(char[] buffer, int offset, int length) {
                while (pending.length() < length && written < rows) {
                    pending.append("A B,Jordan Pike,\"1/29/26, 2:37 PM\",Hello,INCOMING\n");
                    written++;
                }
                if (pending.length() == 0) {
                    return -1;
                }
                int n = Math.min(length, pending.length());
                pending.getChars(0, n, buffer, offset);
                pending.delete(0, n);
                return n;
            }

            @Override
            public void close() {
            }
        };
        long[] count = {0};
        long[] lastLine = {0};
        new InvitationReader("huge.csv").read(huge, new RecordSink() {
            @Override
            public void invitation(Invitation invitation) {
                count[0]++;
                lastLine[0] = invitation.line();
            }

            @Override
            public void problem(Problem problem) {
                throw new AssertionError(problem.describe());
            }
        });
        assertThat(count[0]).isEqualTo(rows);
        assertThat(lastLine[0]).isEqualTo(rows + 1);
    }

    /** Excel in much of Europe re-saves a CSV with semicolons; notes keep their commas, quotes and lines. */
    @Test
    void readsASpreadsheetsReSaveWithSemicolonsAndSaysSo() throws Exception {
        CollectingSink got = read("\r\nFrom;To;Sent At;Message;Direction;inviterProfileUrl;inviteeProfileUrl\r\n"
                + "Ada Byron;Jordan Pike;\"1/29/26, 2:37 PM\";\"Hi Jordan; loved your talk, truly\nSee you\";INCOMING;;\r\n"
                + "Jordan Pike;Ada Byron;1/30/26, 9:05 AM;;OUTGOING;;\r\n");
        assertThat(got.problems).extracting(Problem::describe).containsExactly(
                "in.csv:2: the fields are separated by semicolons, not commas, as a spreadsheet saves them; read so");
        assertThat(got.invitations).extracting(Invitation::line, Invitation::from, Invitation::message)
                .containsExactly(tuple(3L, "Ada Byron", "Hi Jordan; loved your talk, truly\nSee you"),
                        tuple(5L, "Jordan Pike", ""));
    }

    /** "Unicode Text" from a spreadsheet: UTF-16 with tabs between the fields. */
    @Test
    void readsUnicodeTextThatIsTabSeparatedUtf16() throws Exception {
        String text = "From\tTo\tSent At\tMessage\tDirection\n"
                + "Zoë Ng\tJordan Pike\t1/29/26, 2:37 PM\t\"Hi, 東京 was fun\tsee you\"\tINCOMING\n";
        byte[] bytes = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
        CollectingSink got = read(TextDecoding.open(new ByteArrayInputStream(bytes), "in.csv", (line, fault) -> { }));
        assertThat(got.problems).extracting(Problem::message).containsExactly(
                "the fields are separated by tabs, not commas, as a spreadsheet saves them; read so");
        assertThat(got.invitations).extracting(Invitation::from, Invitation::message, Invitation::direction)
                .containsExactly(tuple("Zoë Ng", "Hi, 東京 was fun\tsee you", Direction.RECEIVED));
    }

    /** A comma file says nothing of its separator, even when its notes hold semicolons. */
    @Test
    void aCommaSeparatedExportIsReadAsBeforeAndNothingIsSaid() throws Exception {
        CollectingSink got = read(OLD_HEADER + "Ada Byron,Jordan Pike,\"1/29/26, 2:37 PM\",a;b;c;d;e,INCOMING\n");
        assertThat(got.problems).isEmpty();
        assertThat(got.invitations).extracting(Invitation::message).containsExactly("a;b;c;d;e");
    }

    @Test
    void aRecordSplitByAnUnquotedSeparatorNamesTheFilesSeparator() throws Exception {
        CollectingSink got = read("From;To;Sent At;Message;Direction\n"
                + "Ada Byron;Jordan Pike;\"1/29/26, 2:37 PM\";Hi; great talk;INCOMING\n");
        assertThat(got.problems).extracting(Problem::message).contains("the record has 6 fields where the header has 5: "
                + "is there an unquoted semicolon in the Message? (a note that holds semicolons must be in double "
                + "quotes)");
    }

    @Test
    void aSemicolonFileThatIsNoExportIsRefusedAsBefore() {
        assertThatThrownBy(() -> read("Name;Email\nAda;ada@example.com\n"))
                .isInstanceOf(UnusableInputException.class)
                .hasMessageStartingWith("in.csv: not a LinkedIn invitations export (its first line is 'Name;Email')");
    }


    /** A spreadsheet rewrote the dates day first: the first date whose day is over 12 settles the whole column. */
    /** An hour, minute or second that no clock shows is an unreadable date, never an internal error. */
    @Test
    void aTimeThatCannotBeIsAnUnreadableDateAndTheRowIsKept() throws Exception {
        CollectingSink got = read(OLD_HEADER
                + "Ada Byron,Jordan Pike,2026-01-29 24:00:00,,INCOMING\n"
                + "Ada Byron,Jordan Pike,2026-01-29T23:60:00Z,,INCOMING\n");
        assertThat(got.invitations).extracting(Invitation::line, Invitation::sentAt)
                .containsExactly(tuple(2L, null), tuple(3L, null));
        assertThat(got.problems).extracting(Problem::line).containsExactly(2L, 3L);
        assertThat(got.problems).allMatch(problem -> problem.message().startsWith("unreadable Sent At"));
    }

    @Test
    void theColumnSettlesWhetherTheDayOrTheMonthComesFirstAndSaysWhichWasTaken() throws Exception {
        CollectingSink got = read(OLD_HEADER
                + "Ada Byron,Jordan Pike,03/04/2026 10:00,,INCOMING\n"
                + "Ada Byron,Jordan Pike,oops,,INCOMING\n"
                + "Ada Byron,Jordan Pike,05/04/2026 11:00,,INCOMING\n"
                + "Ada Byron,Jordan Pike,29/03/2026 14:37,,INCOMING\n"
                + "Ada Byron,Jordan Pike,01/02/2026 09:00,,INCOMING\n");
        assertThat(got.invitations).extracting(Invitation::line, Invitation::sentAt).containsExactly(
                tuple(2L, LocalDateTime.of(2026, 4, 3, 10, 0)), tuple(3L, null),
                tuple(4L, LocalDateTime.of(2026, 4, 5, 11, 0)), tuple(5L, LocalDateTime.of(2026, 3, 29, 14, 37)),
                tuple(6L, LocalDateTime.of(2026, 2, 1, 9, 0)));
        assertThat(got.problems).extracting(Problem::describe).containsExactly(
                "in.csv:3: unreadable Sent At 'oops' (expected a date like 1/29/26, 2:37 PM or 2026-01-29 14:37); "
                        + "the invitation is kept without a date",
                "in.csv:5: dates of numbers alone are read day first, as '29/03/2026 14:37' here can only be");
    }

    @Test
    void whereNothingSettlesItTheMonthComesFirstAndThatIsSaidOnce() throws Exception {
        CollectingSink got = read(OLD_HEADER
                + "Ada Byron,Jordan Pike,09-04-2021,,INCOMING\n"
                + "Ada Byron,Jordan Pike,10-04-2021,,INCOMING\n");
        assertThat(got.invitations).extracting(Invitation::sentAt).containsExactly(
                LocalDateTime.of(2021, 9, 4, 0, 0), LocalDateTime.of(2021, 10, 4, 0, 0));
        assertThat(got.problems).extracting(Problem::describe).containsExactly("in.csv:2: Sent At '09-04-2021' and "
                + "the like could have the day or the month first, and no date of the column tells which; read month "
                + "first, as LinkedIn writes them");
    }

    /** A column settled before its first doubtful date says so at that date, once. */
    @Test
    void aDoubtfulDateAfterTheOrderIsSettledIsReadSoAndSaidOnce() throws Exception {
        CollectingSink got = read(OLD_HEADER
                + "Ada Byron,Jordan Pike,1/29/2026 14:37,,INCOMING\n"
                + "Ada Byron,Jordan Pike,1/2/2026 14:37,,INCOMING\n"
                + "Ada Byron,Jordan Pike,1/3/2026 14:37,,INCOMING\n");
        assertThat(got.invitations).extracting(Invitation::sentAt).containsExactly(
                LocalDateTime.of(2026, 1, 29, 14, 37), LocalDateTime.of(2026, 1, 2, 14, 37),
                LocalDateTime.of(2026, 1, 3, 14, 37));
        assertThat(got.problems).extracting(Problem::describe).containsExactly(
                "in.csv:3: dates of numbers alone are read month first, as the column's other dates show");
    }

    /** Held records wait in bounded number: a column of doubtful dates only is settled, month first, at the bound. */
    @Test
    void noMoreThanABoundOfRecordsWaitForTheOrder() throws Exception {
        StringBuilder csv = new StringBuilder(OLD_HEADER);
        for (int i = 0; i < DateColumn.MOST_HELD + 10; i++) {
            csv.append("Ada Byron,Jordan Pike,0").append(i % 8 + 2).append("/01/2026 10:00,,INCOMING\n");
        }
        csv.append("Ada Byron,Jordan Pike,29/01/2026 10:00,,INCOMING\n");
        CollectingSink got = read(csv.toString());
        assertThat(got.invitations).hasSize(DateColumn.MOST_HELD + 11);
        assertThat(got.invitations.get(0).sentAt()).isEqualTo(LocalDateTime.of(2026, 2, 1, 10, 0));
        assertThat(got.problems).singleElement().extracting(Problem::line).isEqualTo(2L);
        assertThat(got.invitations.get(DateColumn.MOST_HELD + 10).sentAt())
                .as("a date that can only be day first is read so still").isEqualTo(LocalDateTime.of(2026, 1, 29, 10, 0));
    }


    @Test
    void recordsWaitingForTheOrderHoldNoMoreThanABoundOfText() throws Exception {
        String note = "x".repeat(1 << 19);
        StringBuilder csv = new StringBuilder(OLD_HEADER);
        for (int i = 0; i < 12; i++) {
            csv.append("Ada Byron,Jordan Pike,02/01/2026 10:00,").append(note).append(",INCOMING\n");
        }
        csv.append("Ada Byron,Jordan Pike,29/01/2026 10:00,,INCOMING\n");
        CollectingSink got = read(csv.toString());
        // 4 MiB of text is 8 notes of half a mebibyte: the order is settled, month first, at the eighth, before the
        // last date could say day first (had they all waited, they would have been read day first, as 2 January)
        assertThat(got.invitations.subList(0, 12)).allSatisfy(invitation -> assertThat(invitation.sentAt())
                .isEqualTo(LocalDateTime.of(2026, 2, 1, 10, 0)));
        assertThat(got.problems).singleElement().extracting(Problem::line).isEqualTo(2L);
    }

}
