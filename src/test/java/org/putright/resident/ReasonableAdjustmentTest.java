package org.putright.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.putright.code.CodeRule;
import org.putright.code.RecordRule;
import org.putright.code.RuleBroken;
import org.putright.system.problem.InvalidInput;

class ReasonableAdjustmentTest {

    // Tuesday 4 June 2024, 09:00 in London.
    private static final Instant NOW = Instant.parse("2024-06-04T08:00:00Z");

    @Test
    void anAdjustmentNeedsAReviewDate() {
        assertThatThrownBy(() -> agree(new NewAdjustment("Large print letters", null, null)))
                .isInstanceOfSatisfying(RuleBroken.class, broken -> {
                    assertThat(broken.rule()).isEqualTo(CodeRule.ADJUSTMENT_WITHOUT_REVIEW);
                    assertThat(broken.properties()).containsEntry("provision", "5.10");
                });
    }

    @Test
    void anAdjustmentIsAgreedNowUnlessStaffSayWhen() {
        ReasonableAdjustment adjustment =
                agree(new NewAdjustment("  Calls after 2pm only ", null, LocalDate.of(2024, 12, 4)));

        assertThat(adjustment.agreedAt()).isEqualTo(NOW);
        assertThat(adjustment.description()).isEqualTo("Calls after 2pm only");
        assertThat(adjustment.recordedBy()).isEqualTo("hana");
        assertThat(adjustment.status()).isEqualTo(RecordStatus.ACTIVE);
        assertThat(adjustment.nextReviewOn()).isEqualTo(LocalDate.of(2024, 12, 4));
    }

    @Test
    void anAdjustmentCannotBeAgreedInTheFutureBeyondAMinuteOfClockSkew() {
        NewAdjustment tomorrow = new NewAdjustment("Large print", NOW.plusSeconds(3600), LocalDate.of(2025, 1, 1));
        NewAdjustment skewed = new NewAdjustment("Large print", NOW.plusSeconds(59), LocalDate.of(2025, 1, 1));

        assertThatThrownBy(() -> agree(tomorrow))
                .isInstanceOfSatisfying(
                        RuleBroken.class, broken -> assertThat(broken.rule()).isEqualTo(RecordRule.DATED_IN_FUTURE));
        assertThat(agree(skewed).agreedAt()).isEqualTo(NOW.plusSeconds(59));
    }

    @Test
    void theReviewDateMustComeAfterTheAgreement() {
        NewAdjustment sameDay = new NewAdjustment("Large print", null, LocalDate.of(2024, 6, 4));

        assertThatThrownBy(() -> agree(sameDay))
                .isInstanceOfSatisfying(
                        RuleBroken.class, broken -> assertThat(broken.rule()).isEqualTo(RecordRule.TIME_ORDER));
    }

    @Test
    void anAdjustmentIsDueForReviewOnItsReviewDateAndAfter() {
        ReasonableAdjustment adjustment = agree(new NewAdjustment("Large print", null, LocalDate.of(2024, 9, 1)));

        assertThat(adjustment.dueForReviewOn(LocalDate.of(2024, 8, 31))).isFalse();
        assertThat(adjustment.dueForReviewOn(LocalDate.of(2024, 9, 1))).isTrue();
        assertThat(adjustment.dueForReviewOn(LocalDate.of(2025, 1, 1))).isTrue();
    }

    @Test
    void aReviewThatContinuesTheAdjustmentSetsItsNextReviewDate() {
        ReasonableAdjustment adjustment = agree(new NewAdjustment("Large print", null, LocalDate.of(2024, 9, 1)));
        Instant reviewedAt = Instant.parse("2024-09-02T10:00:00Z");

        Review review = adjustment.review(
                UUID.randomUUID(),
                new ReviewDetails(null, ReviewOutcome.CONTINUES, "Still needed", LocalDate.of(2025, 3, 1)),
                reviewedAt,
                "tom");
        ReasonableAdjustment reviewed = withReviews(adjustment, review);

        assertThat(review.reviewedAt()).isEqualTo(reviewedAt);
        assertThat(review.reviewedBy()).isEqualTo("tom");
        assertThat(reviewed.nextReviewOn()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(reviewed.dueForReviewOn(LocalDate.of(2024, 9, 2))).isFalse();
        assertThat(reviewed.reviewOn())
                .as("the first review date stays on record")
                .isEqualTo(LocalDate.of(2024, 9, 1));
    }

    @Test
    void aReviewThatContinuesTheAdjustmentNeedsTheNextReviewDate() {
        ReasonableAdjustment adjustment = agree(new NewAdjustment("Large print", null, LocalDate.of(2024, 9, 1)));

        assertThatThrownBy(() -> adjustment.review(
                        UUID.randomUUID(),
                        new ReviewDetails(null, ReviewOutcome.CONTINUES, "Still needed", null),
                        NOW,
                        "tom"))
                .isInstanceOfSatisfying(RuleBroken.class, broken -> assertThat(broken.rule())
                        .isEqualTo(CodeRule.ADJUSTMENT_WITHOUT_REVIEW));
    }

    @Test
    void anEndedAdjustmentIsNeverDueAndIsNotReviewedAgain() {
        ReasonableAdjustment adjustment = agree(new NewAdjustment("Large print", null, LocalDate.of(2024, 9, 1)));
        Review ending = adjustment.review(
                UUID.randomUUID(),
                new ReviewDetails(null, ReviewOutcome.ENDED, "Resident no longer needs it", null),
                NOW,
                "tom");
        ReasonableAdjustment ended = withReviews(adjustment, ending);

        assertThat(ended.status()).isEqualTo(RecordStatus.ENDED);
        assertThat(ended.dueForReviewOn(LocalDate.of(2030, 1, 1))).isFalse();
        assertThatThrownBy(() -> ended.review(
                        UUID.randomUUID(),
                        new ReviewDetails(null, ReviewOutcome.CONTINUES, "again", LocalDate.of(2025, 1, 1)),
                        NOW,
                        "tom"))
                .isInstanceOfSatisfying(
                        RecordEnded.class, problem -> assertThat(problem.type()).isEqualTo("review-of-ended-record"));
    }

    @Test
    void aReviewEndingTheAdjustmentTakesNoNextDate() {
        ReasonableAdjustment adjustment = agree(new NewAdjustment("Large print", null, LocalDate.of(2024, 9, 1)));

        assertThatThrownBy(() -> adjustment.review(
                        UUID.randomUUID(),
                        new ReviewDetails(null, ReviewOutcome.ENDED, "done", LocalDate.of(2025, 1, 1)),
                        NOW,
                        "tom"))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void aReviewCannotComeBeforeTheAgreementNorBeInTheFuture() {
        ReasonableAdjustment adjustment = agree(new NewAdjustment("Large print", null, LocalDate.of(2024, 9, 1)));

        assertThatThrownBy(() -> adjustment.review(
                        UUID.randomUUID(),
                        new ReviewDetails(
                                NOW.minusSeconds(86_400), ReviewOutcome.CONTINUES, "early", LocalDate.of(2025, 1, 1)),
                        NOW,
                        "tom"))
                .isInstanceOfSatisfying(
                        RuleBroken.class, broken -> assertThat(broken.rule()).isEqualTo(RecordRule.TIME_ORDER));
        assertThatThrownBy(() -> adjustment.review(
                        UUID.randomUUID(),
                        new ReviewDetails(
                                NOW.plusSeconds(600), ReviewOutcome.CONTINUES, "later", LocalDate.of(2025, 1, 1)),
                        NOW,
                        "tom"))
                .isInstanceOfSatisfying(
                        RuleBroken.class, broken -> assertThat(broken.rule()).isEqualTo(RecordRule.DATED_IN_FUTURE));
    }

    @Test
    void implausibleDatesAreRefusedAsInput() {
        assertThatThrownBy(() -> agree(new NewAdjustment("Large print", null, LocalDate.of(99999, 1, 1))))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> agree(new NewAdjustment(
                        "Large print", Instant.parse("1066-10-14T12:00:00Z"), LocalDate.of(2025, 1, 1))))
                .isInstanceOf(InvalidInput.class);
    }

    private static ReasonableAdjustment agree(NewAdjustment adjustment) {
        return ReasonableAdjustment.agree(UUID.randomUUID(), adjustment, NOW, "hana");
    }

    static ReasonableAdjustment withReviews(ReasonableAdjustment a, Review... reviews) {
        return new ReasonableAdjustment(
                a.id(), a.description(), a.agreedAt(), a.reviewOn(), a.recordedAt(), a.recordedBy(), List.of(reviews));
    }
}
