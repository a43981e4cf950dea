package org.putright.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.putright.code.CodeRule;
import org.putright.code.RuleBroken;
import org.putright.system.problem.InvalidInput;

class ContactRestrictionTest {

    // 23:30 on Sunday 30 June 2024 in London is still the 30th there, but 1 July is an hour away.
    private static final Instant NOW = Instant.parse("2024-06-30T22:30:00Z");
    private static final String SCOPE = "Contact only by email to the complaints team";

    @Test
    void aRestrictionNeedsAReason() {
        assertBreaks5_14(new NewRestriction(null, "Incident log 2024-06-12", SCOPE, null, null, review()));
        assertBreaks5_14(new NewRestriction("  ", "Incident log 2024-06-12", SCOPE, null, null, review()));
    }

    @Test
    void aRestrictionNeedsItsEvidence() {
        assertBreaks5_14(new NewRestriction("Abusive calls to staff", null, SCOPE, null, null, review()));
    }

    @Test
    void aRestrictionNeedsAReviewDate() {
        assertBreaks5_14(new NewRestriction("Abusive calls", "Call records", SCOPE, null, null, null));
    }

    @Test
    void theReviewDateMustComeAfterTheStart() {
        assertBreaks5_14(new NewRestriction(
                "Abusive calls", "Call records", SCOPE, null, LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 1)));
    }

    @Test
    void aRestrictionNeedsAScope() {
        assertThatThrownBy(() -> impose(new NewRestriction("Abusive calls", "Call records", " ", null, null, review())))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void aRestrictionStartsTodayInLondonUnlessStaffSayOtherwise() {
        ContactRestriction restriction =
                impose(new NewRestriction("Abusive calls", "Call records", SCOPE, "Considered ADHD", null, review()));

        assertThat(restriction.startsOn()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(restriction.recordedBy()).isEqualTo("maria");
        assertThat(restriction.equalityConsiderations()).isEqualTo("Considered ADHD");
    }

    @Test
    void aRestrictionIsInForceFromItsStartUntilAReviewEndsIt() {
        ContactRestriction restriction = impose(new NewRestriction(
                "Abusive calls", "Call records", SCOPE, null, LocalDate.of(2024, 7, 1), LocalDate.of(2024, 10, 1)));

        assertThat(restriction.inForceOn(LocalDate.of(2024, 6, 30))).isFalse();
        assertThat(restriction.inForceOn(LocalDate.of(2024, 7, 1))).isTrue();

        Review lifted = restriction.review(
                UUID.randomUUID(),
                new ReviewDetails(null, ReviewOutcome.ENDED, "Behaviour has improved", null),
                Instant.parse("2024-09-15T09:00:00Z"),
                "maria");
        ContactRestriction ended = withReviews(restriction, lifted);

        assertThat(ended.inForceOn(LocalDate.of(2024, 9, 14))).isTrue();
        assertThat(ended.inForceOn(LocalDate.of(2024, 9, 15))).isFalse();
        assertThat(ended.dueForReviewOn(LocalDate.of(2024, 10, 1))).isFalse();
    }

    @Test
    void aRestrictionThatContinuesNeedsItsNextReviewDate() {
        ContactRestriction restriction =
                impose(new NewRestriction("Abusive calls", "Call records", SCOPE, null, null, review()));

        assertThatThrownBy(() -> restriction.review(
                        UUID.randomUUID(),
                        new ReviewDetails(null, ReviewOutcome.CONTINUES, "Still needed", null),
                        NOW,
                        "maria"))
                .isInstanceOfSatisfying(RuleBroken.class, broken -> assertThat(broken.rule())
                        .isEqualTo(CodeRule.RESTRICTION_WITHOUT_REASON_OR_REVIEW));
    }

    private static LocalDate review() {
        return LocalDate.of(2024, 9, 30);
    }

    private static ContactRestriction impose(NewRestriction restriction) {
        return ContactRestriction.impose(UUID.randomUUID(), restriction, NOW, "maria");
    }

    private static void assertBreaks5_14(NewRestriction restriction) {
        assertThatThrownBy(() -> impose(restriction)).isInstanceOfSatisfying(RuleBroken.class, broken -> {
            assertThat(broken.rule()).isEqualTo(CodeRule.RESTRICTION_WITHOUT_REASON_OR_REVIEW);
            assertThat(broken.properties()).containsEntry("provision", "5.14");
        });
    }

    private static ContactRestriction withReviews(ContactRestriction r, Review... reviews) {
        return new ContactRestriction(
                r.id(),
                r.reason(),
                r.evidence(),
                r.scope(),
                r.equalityConsiderations(),
                r.startsOn(),
                r.reviewOn(),
                r.recordedAt(),
                r.recordedBy(),
                List.of(reviews));
    }
}
