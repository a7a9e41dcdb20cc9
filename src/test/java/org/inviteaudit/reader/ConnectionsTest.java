package org.inviteaudit.reader;

import static org.assertj.core.api.Assertions.assertThat;

import org.inviteaudit.reader.Connections.Acceptance;
import org.junit.jupiter.api.Test;

class ConnectionsTest {

    private static Invitation sent(String to, String inviteeUrl) {
        return new Invitation("in.csv", 2, Direction.SENT, "Robin Calloway", to, null, "", "", "", inviteeUrl);
    }

    @Test
    void aProfileUrlMatchesWhateverItsSchemeWwwTrailingSlashOrCase() {
        Connections connections = new Connections();
        connections.add("Ada Byron", "https://www.linkedin.com/in/ada-byron");
        assertThat(connections.of(sent("Ada Byron", "HTTP://LinkedIn.com/in/Ada-Byron/"))).isEqualTo(Acceptance.ACCEPTED);
        assertThat(connections.of(sent("Ada Byron", "https://www.linkedin.com/in/ada-byron-2")))
                .as("the URL decides where both files have one").isEqualTo(Acceptance.NOT_ACCEPTED);
    }

    @Test
    void withoutUrlsTheNameDecidesAndTwoOfOneNameAreAmbiguous() {
        Connections connections = new Connections();
        connections.add("Ada Byron", "");
        connections.add("Sam Lee", "");
        connections.add("Sam Lee", "");
        assertThat(connections.of(sent("  ada   BYRON ", ""))).isEqualTo(Acceptance.ACCEPTED);
        assertThat(connections.of(sent("Sam Lee", ""))).isEqualTo(Acceptance.AMBIGUOUS);
        assertThat(connections.of(sent("Bo Ek", ""))).isEqualTo(Acceptance.NOT_ACCEPTED);
        assertThat(connections.size()).isEqualTo(3);
    }

    /** Some exports of late 2023 give "https://www.linkedin.com/in" for every invitee: that names no one. */
    @Test
    void aUrlThatNamesNoProfileIsNoUrlAndTheNameDecides() {
        Connections connections = new Connections();
        connections.add("Ada Byron", "https://www.linkedin.com/in/ada-byron");
        connections.add("Sam Lee", "https://www.linkedin.com/in/sam-lee");
        assertThat(connections.of(sent("Sam Lee", "https://www.linkedin.com/in"))).isEqualTo(Acceptance.ACCEPTED);
        assertThat(connections.of(sent("Bo Ek", "https://www.linkedin.com/in/"))).isEqualTo(Acceptance.NOT_ACCEPTED);
        assertThat(Connections.namesAProfile("https://www.linkedin.com/in")).isFalse();
        assertThat(Connections.namesAProfile("linkedin.com")).isFalse();
        assertThat(Connections.namesAProfile(" ")).isFalse();
        assertThat(Connections.namesAProfile("https://www.linkedin.com/in/ada-byron")).isTrue();
    }

    @Test
    void connectionsListedWithBareUrlsAreKnownByName() {
        Connections connections = new Connections();
        connections.add("Sam Lee", "https://www.linkedin.com/in");
        connections.add("Ada Byron", "https://www.linkedin.com/in");
        assertThat(connections.of(sent("Sam Lee", "https://www.linkedin.com/in/sam-lee")))
                .as("no connection's URL to compare with: by name").isEqualTo(Acceptance.ACCEPTED);
    }

    /** Connections known by URL alone cannot tell of an invitee without one: not known, rather than not accepted. */
    @Test
    void connectionsOfUrlsAloneTellNothingOfAnInviteeWithoutAUrl() {
        Connections connections = new Connections();
        connections.add("", "https://www.linkedin.com/in/ada-byron");
        assertThat(connections.of(sent("Ada Byron", "https://www.linkedin.com/in"))).isEqualTo(Acceptance.UNKNOWN);
        assertThat(connections.of(sent("Ada Byron", ""))).isEqualTo(Acceptance.UNKNOWN);
        assertThat(connections.of(sent("Ada Byron", "https://www.linkedin.com/in/ada-byron")))
                .isEqualTo(Acceptance.ACCEPTED);
    }

    @Test
    void aReceivedInvitationIsNotJudged() {
        Connections connections = new Connections();
        connections.add("Robin Calloway", "");
        Invitation received = new Invitation("in.csv", 2, Direction.RECEIVED, "Ada Byron", "Robin Calloway", null,
                "", "", "", "");
        assertThat(connections.of(received)).isEqualTo(Acceptance.UNKNOWN);
    }

    @Test
    void twoExportsOfOneAccountMergeWithoutMakingOnePersonTwo() {
        Connections older = new Connections();
        older.add("Sam Lee", "");
        older.add("Ada Byron", "https://www.linkedin.com/in/ada-byron");
        Connections newer = new Connections();
        newer.add("Sam Lee", "");
        newer.add("Bo Ek", "https://www.linkedin.com/in/bo-ek");
        Connections both = older.with(newer);
        assertThat(both.of(sent("Sam Lee", ""))).as("the same Sam Lee in both").isEqualTo(Acceptance.ACCEPTED);
        assertThat(both.of(sent("Bo Ek", "https://linkedin.com/in/bo-ek"))).isEqualTo(Acceptance.ACCEPTED);
        assertThat(both.of(sent("Ada Byron", "https://linkedin.com/in/ada-byron"))).isEqualTo(Acceptance.ACCEPTED);
        assertThat(both.size()).isEqualTo(4);
    }
}
