package org.inviteaudit.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.inviteaudit.source.TextDecoding;
import org.inviteaudit.source.UnusableInputException;
import org.junit.jupiter.api.Test;

class InvitationReaderTest {

    private static final String OLD_HEADER = "From,To,Sent At,Message,Direction\n";
    private static final String NEW_HEADER =
            "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n";

    /** Everything the reader handed out, in order. */
    private static final class Collected implements RecordSink {
        final List<Invitation> invitations = new ArrayList<>();
        final List<Problem> problems = new ArrayList<>();

        @Override
        public void invitation(Invitation invitation) {
            invitations.add(invitation);
        }

        @Override
        public void problem(Problem problem) {
            problems.add(problem);
        }
    }

    private static Collected read(String csv) throws UnusableInputException {
        return read(new StringReader(csv));
    }

    private static Collected read(Reader text) throws UnusableInputException {
        Collected collected = new Collected();
        new InvitationReader("in.csv").read(text, collected);
        return collected;
    }

    @Test
    void readsTheOldHeaderEra() throws Exception {
        Collected got = read(OLD_HEADER
                + "Ada Byron,Jordan Pike,\"1/29/26, 2:37 PM\",Hello there,INCOMING\n");
        assertThat(got.problems).isEmpty();
        assertThat(got.invitations).containsExactly(new Invitation("in.csv", 2, Direction.RECEIVED, "Ada Byron",
                "Jordan Pike", LocalDateTime.of(2026, 1, 29, 14, 37), "1/29/26, 2:37 PM", "Hello there", "", ""));
    }

    @Test
    void readsTheNewHeaderEraWithProfileUrls() throws Exception {
        Collected got = read(NEW_HEADER
                + "Jordan Pike,Ada Byron,\"1/2/26, 9:05 AM\",,OUTGOING,https://x.test/in/jp,https://x.test/in/ab\n");
        Invitation invitation = got.invitations.get(0);
        assertThat(invitation.direction()).isEqualTo(Direction.SENT);
        assertThat(invitation.message()).isEmpty();
        assertThat(invitation.inviterProfileUrl()).isEqualTo("https://x.test/in/jp");
        assertThat(invitation.inviteeProfileUrl()).isEqualTo("https://x.test/in/ab");
    }

    @Test
    void mapsTheHeaderByNameWithoutRegardToCaseSpacesOrOrderAndIgnoresExtraColumns() throws Exception {
        Collected got = read(" direction ,EXTRA,message,sent at,TO,from\n"
                + "OUTGOING,x,Hi,\"1/2/26, 9:05 AM\",Ada Byron,Jordan Pike\n");
        Invitation invitation = got.invitations.get(0);
        assertThat(invitation.from()).isEqualTo("Jordan Pike");
        assertThat(invitation.to()).isEqualTo("Ada Byron");
        assertThat(invitation.message()).isEqualTo("Hi");
        assertThat(invitation.direction()).isEqualTo(Direction.SENT);
    }

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaksAndCountsLinesFromTheRecordStart() throws Exception {
        Collected got = read(OLD_HEADER
                + "\"Doe, Jane\",Jordan Pike,\"1/29/26, 2:37 PM\",\"Line one\nline \"\"two\"\", with comma\",INCOMING\n"
                + "Bo Li,Jordan Pike,\"1/28/26, 2:37 PM\",,INCOMING\n");
        assertThat(got.invitations).extracting(Invitation::line).containsExactly(2L, 4L);
        assertThat(got.invitations.get(0).from()).isEqualTo("Doe, Jane");
        assertThat(got.invitations.get(0).message()).isEqualTo("Line one\nline \"two\", with comma");
    }

    @Test
    void handlesCrlfLineEndsAndAMissingFinalNewline() throws Exception {
        Collected got = read(OLD_HEADER.replace("\n", "\r\n")
                + "A B,Jordan Pike,\"1/29/26, 2:37 PM\",\"two\r\nlines\",INCOMING\r\n"
                + "C D,Jordan Pike,\"1/28/26, 2:37 PM\",last,INCOMING");
        assertThat(got.invitations).extracting(Invitation::line).containsExactly(2L, 4L);
        assertThat(got.invitations.get(1).message()).isEqualTo("last");
    }

    @Test
    void skipsBlankLinesButKeepsLineNumbersTrue() throws Exception {
        Collected got = read(OLD_HEADER + "\n"
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
        Collected got = read(TextDecoding.utf8(new ByteArrayInputStream(bytes), "in.csv"));
        assertThat(got.invitations).hasSize(1);
        assertThat(got.invitations.get(0).from()).isEqualTo("A B");
    }

    @Test
    void readsNarrowNoBreakSpaceDates() throws Exception {
        Collected got = read(OLD_HEADER + "A B,Jordan Pike,\"1/29/26, 2:37\u202FPM\",,INCOMING\n");
        assertThat(got.invitations.get(0).sentAt()).isEqualTo(LocalDateTime.of(2026, 1, 29, 14, 37));
        assertThat(got.problems).isEmpty();
    }

    @Test
    void headerOnlyIsAnExportWithNoInvitations() throws Exception {
        Collected got = read(NEW_HEADER);
        assertThat(got.invitations).isEmpty();
        assertThat(got.problems).isEmpty();
    }

    @Test
    void aShortRowIsASkippedProblemAtItsLineAndReadingGoesOn() throws Exception {
        Collected got = read(OLD_HEADER + "A B,Jordan Pike\n" + "C D,Jordan Pike,\"1/28/26, 2:37 PM\",,INCOMING\n");
        assertThat(got.problems).containsExactly(
                new Problem("in.csv", 2, "the record has 2 fields where 5 are needed", true));
        assertThat(got.invitations).extracting(Invitation::line).containsExactly(3L);
    }

    @Test
    void anUnknownDirectionIsASkippedProblem() throws Exception {
        Collected got = read(OLD_HEADER + "A B,Jordan Pike,\"1/29/26, 2:37 PM\",,SIDEWAYS\n");
        assertThat(got.invitations).isEmpty();
        assertThat(got.problems).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.skipped()).isTrue();
            assertThat(problem.message()).contains("SIDEWAYS").contains("INCOMING or OUTGOING");
        });
    }

    @Test
    void anUnreadableDateKeepsTheRecordWithoutADate() throws Exception {
        Collected got = read(OLD_HEADER + "A B,Jordan Pike,someday,,INCOMING\n");
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
    void anUnterminatedQuoteIsReportedAtTheLineWhereTheRecordStarts() throws Exception {
        Collected got = read(OLD_HEADER
                + "A B,Jordan Pike,\"1/29/26, 2:37 PM\",,INCOMING\n"
                + "C D,Jordan Pike,\"1/28/26, 2:37 PM\",\"never closed,INCOMING\n"
                + "E F,Jordan Pike,\"1/27/26, 2:37 PM\",,INCOMING\n");
        assertThat(got.invitations).extracting(Invitation::line).containsExactly(2L);
        assertThat(got.problems).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.skipped()).isTrue();
            assertThat(problem.message()).contains("a quoted field is not closed where it should be");
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
        assertThatThrownBy(() -> read("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"))
                .isInstanceOf(UnusableInputException.class)
                .hasMessageStartingWith("in.csv: not a LinkedIn invitations export (its first line is "
                        + "'First Name,Last Name,URL");
    }

    @Test
    void aMissingRequiredColumnIsNamed() {
        assertThatThrownBy(() -> read("From,To,Sent At,Message\nA,B,C,D\n"))
                .isInstanceOf(UnusableInputException.class)
                .hasMessage("in.csv: the header lacks the column Direction; "
                        + "pass Invitations.csv as LinkedIn exported it");
    }

    @Test
    void bytesThatAreNotUtf8MakeTheInputUnusable() {
        byte[] latin1 = (OLD_HEADER + "Ren\u00e9 B,Jordan Pike,\"1/29/26, 2:37 PM\",,INCOMING\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> read(TextDecoding.utf8(new ByteArrayInputStream(latin1), "in.csv")))
                .isInstanceOf(UnusableInputException.class)
                .hasMessageContaining("in.csv: is not UTF-8 text");
    }

    @Test
    void namesAreTrimmedButTheNoteIsKeptAsWritten() throws Exception {
        Collected got = read(OLD_HEADER + " A B ,Jordan Pike ,\"1/29/26, 2:37 PM\",  Hi  there ,INCOMING\n");
        assertThat(got.invitations.get(0).from()).isEqualTo("A B");
        assertThat(got.invitations.get(0).to()).isEqualTo("Jordan Pike");
        assertThat(got.invitations.get(0).message()).isEqualTo("  Hi  there ");
    }

    @Test
    void aQuoteOpenedOnTheLastRecordAndNeverClosedIsAProblemToo() throws Exception {
        Collected got = read(OLD_HEADER + "C D,Jordan Pike,\"1/28/26, 2:37 PM\",\"never closed,INCOMING\n");
        assertThat(got.problems).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.message()).contains("a quoted field is never closed");
        });
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
}
