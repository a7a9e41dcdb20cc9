package org.inviteaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.inviteaudit.classify.Classification;
import org.inviteaudit.classify.Reason;
import org.inviteaudit.classify.Verdict;
import org.inviteaudit.reader.Direction;
import org.inviteaudit.reader.Invitation;
import org.inviteaudit.reader.Problem;
import org.junit.jupiter.api.Test;

class ReportBuilderTest {

    private static long line = 1;

    private static ClassifiedInvitation received(String from, Verdict verdict) {
        return classified(Direction.RECEIVED, from, "Jordan Pike", verdict);
    }

    private static ClassifiedInvitation sent(String to, Verdict verdict) {
        return classified(Direction.SENT, "Jordan Pike", to, verdict);
    }

    private static ClassifiedInvitation classified(Direction direction, String from, String to, Verdict verdict) {
        Invitation invitation = new Invitation("in.csv", ++line, direction, from, to,
                LocalDateTime.of(2026, 1, 1, 9, 0), "1/1/26, 9:00 AM", "", "", "");
        return new ClassifiedInvitation(invitation, new Classification(verdict, List.of(Reason.OWN_WORDS), verdict == Verdict.PERSONALIZED ? 40 : 0));
    }

    private static Report sample(DirectionScope scope, boolean listAll) {
        ReportBuilder builder = new ReportBuilder(new ReportBuilder.Options(AuditScope.of(scope), new Selection(listAll, Optional.empty()),
                Listed.Plan.inOne(Listing.Order.FILE_ORDER), false));
        builder.source("in.csv");
        builder.add(received("Ada", Verdict.DEFAULT));
        builder.add(received("Bo", Verdict.GENERIC));
        builder.add(received("Cy", Verdict.PERSONALIZED));
        builder.add(sent("Di", Verdict.DEFAULT));
        builder.add(sent("Ed", Verdict.PERSONALIZED));
        builder.problem(new Problem("in.csv", 9, "unknown Direction 'X'", true));
        builder.problem(new Problem("in.csv", 10, "unreadable Sent At", false));
        return builder.build();
    }

    @Test
    void countsByDirectionAndVerdict() {
        Report report = sample(DirectionScope.ALL, false);
        assertThat(report.all().total()).isEqualTo(5);
        assertThat(report.all().count(Verdict.DEFAULT)).isEqualTo(2);
        assertThat(report.all().count(Verdict.GENERIC)).isEqualTo(1);
        assertThat(report.all().count(Verdict.PERSONALIZED)).isEqualTo(2);
        assertThat(report.received().total()).isEqualTo(3);
        assertThat(report.sent().total()).isEqualTo(2);
        assertThat(report.sent().count(Verdict.GENERIC)).isZero();
        assertThat(report.all().personalizedPercent()).hasValue(40);
    }

    @Test
    void offendersAreTheDefaultAndGenericOnesInFileOrder() {
        Report report = sample(DirectionScope.ALL, false);
        assertThat(report.listed().inOne().kept()).extracting(c -> c.invitation().otherParty()).containsExactly("Ada", "Bo", "Di");
        assertThat(report.listed().count()).isEqualTo(3);
    }

    @Test
    void listsEveryInvitationOnlyWhenAsked() {
        assertThat(sample(DirectionScope.ALL, true).listed().count()).isEqualTo(5);
    }

    @Test
    void theDirectionScopeLimitsCountsAndListsButNotTheOwner() {
        Report report = sample(DirectionScope.SENT, true);
        assertThat(report.all().total()).isEqualTo(2);
        assertThat(report.received().total()).isZero();
        assertThat(report.listed().inOne().kept()).extracting(c -> c.invitation().otherParty())
                .containsExactly("Di", "Ed");
        assertThat(report.owner()).contains("Jordan Pike");
    }

    @Test
    void skippedCountsOnlyTheProblemsThatLeftARecordOut() {
        Report report = sample(DirectionScope.ALL, false);
        assertThat(report.problems()).hasSize(2);
        assertThat(report.problems().count()).isEqualTo(2);
        assertThat(report.skipped()).isEqualTo(1);
    }

    @Test
    void theOwnerIsTheNameOnTheOwnersSideOfMostRecords() {
        assertThat(sample(DirectionScope.ALL, false).owner()).contains("Jordan Pike");

        ReportBuilder mixed = new ReportBuilder(new ReportBuilder.Options(AuditScope.of(DirectionScope.ALL), Selection.OFFENDERS,
                Listed.Plan.inOne(Listing.Order.FILE_ORDER), false));
        mixed.add(classified(Direction.RECEIVED, "Ada", "Jordan Pike", Verdict.DEFAULT));
        mixed.add(classified(Direction.RECEIVED, "Bo", "Sam Ortiz", Verdict.DEFAULT));
        assertThat(mixed.build().owner()).as("no name on most records").isEmpty();

        assertThat(new ReportBuilder(new ReportBuilder.Options(AuditScope.of(DirectionScope.ALL), Selection.OFFENDERS,
                Listed.Plan.inOne(Listing.Order.FILE_ORDER), false)).build().owner()).as("no records").isEmpty();
    }

    @Test
    void anEmptyTallyHasNoShare() {
        assertThat(new Tally().personalizedPercent()).isEmpty();
    }

    @Test
    void repeatOffendersAreCountedOnlyForAPlanThatShowsThem() {
        for (Listed.Plan plan : List.of(Listed.Plan.NOT_KEPT, Listed.Plan.byVerdict(Listing.Order.FILE_ORDER))) {
            ReportBuilder builder = new ReportBuilder(new ReportBuilder.Options(AuditScope.of(DirectionScope.ALL),
                    Selection.OFFENDERS, plan, false));
            builder.add(received("Ada", Verdict.DEFAULT));
            builder.add(received("Ada", Verdict.GENERIC));
            try (Report report = builder.build()) {
                assertThat(report.senders().top()).as(plan.toString()).hasSize(plan.repeatOffenders() ? 1 : 0);
            }
        }
    }
}
