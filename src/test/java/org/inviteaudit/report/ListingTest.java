package org.inviteaudit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.inviteaudit.classify.Classification;
import org.inviteaudit.classify.Reason;
import org.inviteaudit.classify.Verdict;
import org.inviteaudit.reader.Direction;
import org.inviteaudit.reader.Invitation;
import org.junit.jupiter.api.Test;

class ListingTest {

    private static ClassifiedInvitation at(String who, LocalDateTime sentAt) {
        Invitation invitation = new Invitation("in.csv", 2, Direction.RECEIVED, who, "Jordan Pike", sentAt,
                sentAt == null ? "?" : sentAt.toString(), "", "", "");
        return new ClassifiedInvitation(invitation, new Classification(Verdict.DEFAULT, List.of(Reason.NO_NOTE), 0));
    }

    private static List<String> names(Listing listing) {
        List<String> names = new ArrayList<>();
        listing.kept().forEach(c -> names.add(c.invitation().from()));
        return names;
    }

    private static Listing filled(Listing.Order order) {
        Listing listing = new Listing(order);
        listing.add(at("mid", LocalDateTime.of(2026, 5, 1, 9, 0)));
        listing.add(at("undated", null));
        listing.add(at("newest", LocalDateTime.of(2026, 9, 1, 9, 0)));
        listing.add(at("oldest", LocalDateTime.of(2025, 1, 1, 9, 0)));
        listing.add(at("mid-twin", LocalDateTime.of(2026, 5, 1, 9, 0)));
        return listing;
    }

    @Test
    void fileOrderKeepsEverythingAsRead() {
        Listing listing = filled(Listing.Order.FILE_ORDER);
        assertThat(names(listing)).containsExactly("mid", "undated", "newest", "oldest", "mid-twin");
        assertThat(listing.count()).isEqualTo(5);
    }

    @Test
    void newestFirstPutsUndatedLastAndKeepsTiesInTheOrderRead() {
        assertThat(names(filled(Listing.Order.newestFirst(0))))
                .containsExactly("newest", "mid", "mid-twin", "oldest", "undated");
    }

    @Test
    void aLimitKeepsOnlyTheNewestButCountsThemAll() {
        Listing listing = filled(Listing.Order.newestFirst(2));
        assertThat(names(listing)).containsExactly("newest", "mid");
        assertThat(listing.count()).isEqualTo(5);
    }

    @Test
    void aLimitKeepsTheNewestOfManyOffered() {
        Listing listing = new Listing(Listing.Order.newestFirst(3));
        LocalDateTime start = LocalDateTime.of(2020, 1, 1, 0, 0);
        for (int i = 0; i < 100_000; i++) {
            listing.add(at("n" + i, start.plusMinutes(i)));
        }
        assertThat(names(listing)).containsExactly("n99999", "n99998", "n99997");
        assertThat(listing.count()).isEqualTo(100_000);
    }

    @Test
    void allOfThemSpillToDiskPastTheBudgetAndComeBackInOrder() {
        for (Listing.Order order : List.of(Listing.Order.FILE_ORDER, Listing.Order.newestFirst(0),
                Listing.Order.newestFirst(50_000))) {
            Listing listing = new Listing(order, 10_000);
            LocalDateTime start = LocalDateTime.of(2020, 1, 1, 0, 0);
            for (int i = 0; i < 5_000; i++) {
                // dates out of order, with ties, and some missing
                listing.add(at("n" + i, i % 97 == 0 ? null : start.plusMinutes((i * 7919L) % 1000)));
            }
            List<String> names = names(listing);
            assertThat(names).as(order.toString()).hasSize(5_000);
            List<Integer> arrival = names.stream().map(name -> Integer.parseInt(name.substring(1))).toList();
            if (order.newestFirst()) {
                List<LocalDateTime> dates = arrival.stream()
                        .map(i -> i % 97 == 0 ? null : start.plusMinutes((i * 7919L) % 1000)).toList();
                assertThat(dates).isSortedAccordingTo(Comparator.nullsLast(Comparator.<LocalDateTime>reverseOrder()));
            } else {
                assertThat(arrival).isSorted();
            }
            listing.close();
        }
    }

    @Test
    void theSpilledCopyHoldsEveryFieldOfTheModel() {
        Invitation invitation = new Invitation("zip/Invitations.csv", 42, Direction.SENT, "Jordan Pike",
                "Ada \uD83D\uDE80 Byron", LocalDateTime.of(2026, 1, 29, 14, 37, 15), "1/29/26, 2:37:15 PM",
                "Hi\r\nthere \u001B[31m" + "x".repeat(70_000), "https://a", "");
        ClassifiedInvitation classified = new ClassifiedInvitation(invitation,
                new Classification(Verdict.PERSONALIZED, List.of(Reason.GREETS_BY_NAME, Reason.SPECIFIC_DETAIL), 55));
        // Spilled at each invitation, and held in memory (sorted, as bytes) under a large budget.
        for (long budget : new long[] {1, 1 << 20}) {
            for (Listing.Order order : List.of(Listing.Order.FILE_ORDER, Listing.Order.newestFirst(0))) {
                Listing listing = new Listing(order, budget);
                listing.add(classified);
                listing.add(classified);
                assertThat(listing.kept()).as("%s, budget %d", order, budget).containsExactly(classified, classified);
                listing.close();
            }
        }
    }

    /**
     * Newest first is the order of the dates to the nanosecond, whatever their year, the undated last, and equal
     * dates in the order read, spilled or not.
     */
    @Test
    void newestFirstIsTheDatesOrderToTheNanosecondWithTiesAsRead() {
        List<LocalDateTime> dates = new ArrayList<>(List.of(LocalDateTime.MIN, LocalDateTime.MAX,
                LocalDateTime.of(1970, 1, 1, 0, 0), LocalDateTime.of(1969, 12, 31, 23, 59, 59, 999_999_999)));
        for (int nano : new int[] {0, 1, 500_000_000, 999_999_999}) {
            dates.add(LocalDateTime.of(2026, 1, 29, 14, 37, 15, nano));
        }
        dates.add(null);
        List<ClassifiedInvitation> read = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            read.add(at("n" + i, dates.get(random.nextInt(dates.size()))));
        }
        List<String> expected = read.stream()
                .sorted(Comparator.comparing((ClassifiedInvitation c) -> c.invitation().sentAt(),
                        Comparator.nullsLast(Comparator.reverseOrder())))
                .map(c -> c.invitation().from()).toList();
        for (long budget : new long[] {3_000, 1 << 20}) {
            Listing listing = new Listing(Listing.Order.newestFirst(0), budget);
            read.forEach(listing::add);
            assertThat(names(listing)).as("budget %d", budget).isEqualTo(expected);
            listing.close();
        }
    }

    @Test
    void aNegativeLimitIsRefused() {
        assertThatThrownBy(() -> Listing.Order.newestFirst(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    /** A --limit past what a heap keeps is served sorted on disk, and cut there: the newest, in order. */
    @Test
    void aLargeLimitKeepsTheNewestInOrderFromDisk() {
        Listing listing = new Listing(Listing.Order.newestFirst(12_000), 20_000);
        LocalDateTime start = LocalDateTime.of(2020, 1, 1, 0, 0);
        for (int i = 0; i < 15_000; i++) {
            listing.add(at("n" + i, start.plusMinutes((i * 7919L) % 15_000)));
        }
        List<String> names = names(listing);
        assertThat(names).hasSize(12_000);
        List<Long> minutes = names.stream().map(name -> (Long.parseLong(name.substring(1)) * 7919L) % 15_000).toList();
        assertThat(minutes.get(0)).isEqualTo(14_999);
        assertThat(minutes).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(listing.count()).isEqualTo(15_000);
        listing.close();
    }
}
