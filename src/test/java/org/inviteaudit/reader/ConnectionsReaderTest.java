package org.inviteaudit.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.inviteaudit.reader.Connections.Acceptance;
import org.inviteaudit.source.UnusableInputException;
import org.junit.jupiter.api.Test;

class ConnectionsReaderTest {

    private static final String PREAMBLE = "Notes:\n\"Email addresses appear here only for connections whose "
            + "privacy settings allow it, so some rows have none.\"\n\n";

    private final List<Problem> problems = new ArrayList<>();

    private Connections read(String text) throws UnusableInputException {
        return new ConnectionsReader("Connections.csv").read(new StringReader(text), problems::add);
    }

    private static Invitation sentTo(String name, String url) {
        return new Invitation("in.csv", 2, Direction.SENT, "Robin Calloway", name, null, "", "", "", url);
    }

    @Test
    void readsPastThePreambleUnderTheHeaderWithUrls() throws Exception {
        Connections connections = read(PREAMBLE
                + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                + "Ada,Byron,https://www.linkedin.com/in/ada-byron,,\"Engines, Ltd\",Engineer,08 Feb 2026\n"
                + "Sam,Lee,https://www.linkedin.com/in/sam-lee,,,,01 Jan 2025\n");
        assertThat(connections.size()).isEqualTo(2);
        assertThat(connections.of(sentTo("Ada Byron", "https://linkedin.com/in/ada-byron/")))
                .isEqualTo(Acceptance.ACCEPTED);
        assertThat(problems).isEmpty();
    }

    @Test
    void readsTheOlderHeaderWithoutUrlsAndAFileWithoutAPreamble() throws Exception {
        Connections connections = read("First Name,Last Name,Email Address,Company,Position,Connected On\r\n"
                + "Ada,Byron,,Analytical Engines,Engineer,08 Feb 2019\r\n");
        assertThat(connections.of(sentTo("Ada Byron", "https://www.linkedin.com/in/ada-byron")))
                .as("no URLs to compare: by name").isEqualTo(Acceptance.ACCEPTED);
    }

    @Test
    void aRowTooShortForTheNamesIsAProblemAtItsLine() throws Exception {
        Connections connections = read(PREAMBLE + "First Name,Last Name,URL\nAda,Byron,\nonly-one\n");
        assertThat(connections.size()).isEqualTo(1);
        assertThat(problems).extracting(Problem::line).containsExactly(6L);
        assertThat(problems.get(0).message()).contains("too few for the names");
    }

    /**
     * A line of the preamble longer than the separator's look-ahead can reset past (5 MiB, where the look-ahead had
     * read it whole and failed to go back): the separator is taken to be a comma, and the file is read.
     */
    @Test
    void aVeryLongLineBeforeTheHeaderIsReadPast() throws Exception {
        Connections connections = read("Notes:\n\"" + "x".repeat(5 << 20) + "\"\n\n"
                + "First Name,Last Name,URL\nAda,Byron,https://www.linkedin.com/in/ada-byron\n");
        assertThat(connections.size()).isEqualTo(1);
        assertThat(problems).isEmpty();
    }

    /** An owner who merged the names into one column, or kept only the URLs: the file is still read. */
    @Test
    void readsAFileItsOwnerEditedToOneNameColumnOrToUrlsAlone() throws Exception {
        Connections named = read("Name,URL,Company\nAda Byron,https://www.linkedin.com/in/ada-byron,Engines\n"
                + "Sam Lee,,\n");
        assertThat(named.of(sentTo("Ada Byron", "https://www.linkedin.com/in/ada-byron")))
                .isEqualTo(Acceptance.ACCEPTED);
        assertThat(named.of(sentTo("Sam Lee", ""))).isEqualTo(Acceptance.ACCEPTED);
        Connections byUrl = read(PREAMBLE + "URL\nhttps://www.linkedin.com/in/bo-ek\n");
        assertThat(byUrl.of(sentTo("Bo Ek", "https://www.linkedin.com/in/bo-ek"))).isEqualTo(Acceptance.ACCEPTED);
        assertThat(problems).isEmpty();
    }

    @Test
    void readsASpreadsheetsReSaveWithSemicolonsAndSaysSo() throws Exception {
        Connections connections = read(PREAMBLE.replace(",", ";")
                + "First Name;Last Name;URL;Email Address;Company;Position;Connected On\n"
                + "Ada;Byron;https://www.linkedin.com/in/ada-byron;;\"Engines; Ltd\";Engineer;08 Feb 2026\n");
        assertThat(connections.of(sentTo("Ada Byron", "https://www.linkedin.com/in/ada-byron")))
                .isEqualTo(Acceptance.ACCEPTED);
        assertThat(problems).extracting(Problem::describe).containsExactly("Connections.csv:4: the fields are "
                + "separated by semicolons, not commas, as a spreadsheet saves them; read so");
    }

    @Test
    void aFileWithoutItsHeaderIsNotConnections() {
        assertThatThrownBy(() -> read("From,To,Sent At,Message,Direction\n" + "a,b,c,d,e\n".repeat(20)))
                .isInstanceOf(UnusableInputException.class)
                .hasMessageContaining("not LinkedIn's Connections.csv");
    }

    @Test
    void pastTwiceLinkedInsLimitTheRestAreNotReadAndThatIsSaidOnce() throws Exception {
        StringBuilder text = new StringBuilder("First Name,Last Name\n");
        for (int i = 0; i <= ConnectionsReader.MAX_CONNECTIONS + 5; i++) {
            text.append("Name").append(i).append(",Last\n");
        }
        Connections connections = read(text.toString());
        assertThat(connections.size()).isEqualTo(ConnectionsReader.MAX_CONNECTIONS);
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(ConnectionsReader.MAX_CONNECTIONS + 2L);
            assertThat(problem.message()).contains("the rest are not read");
        });
    }
}
