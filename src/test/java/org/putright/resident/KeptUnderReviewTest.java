package org.putright.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.putright.system.problem.InvalidInput;

/** Disabilities and vulnerability flags are kept under review like adjustments, with their own rules. */
class KeptUnderReviewTest {

    private static final Instant NOW = Instant.parse("2024-06-04T08:00:00Z");

    @Test
    void aDisclosedDisabilityNeedsAReviewDateAsAnyRequiredField() {
        assertThatThrownBy(() -> DisclosedDisability.record(
                        UUID.randomUUID(), new NewDisability("Partially sighted", null, null), NOW, "hana"))
                .isInstanceOfSatisfying(InvalidInput.class, problem -> assertThat(problem.errors())
                        .extracting(InvalidInput.FieldError::field)
                        .containsExactly("reviewOn"));
    }

    @Test
    void aDisabilityRecordThatContinuesNeedsItsNextReviewDate() {
        DisclosedDisability disability = DisclosedDisability.record(
                UUID.randomUUID(), new NewDisability("Partially sighted", null, LocalDate.of(2025, 6, 1)), NOW, "hana");

        assertThatThrownBy(() -> disability.review(
                        UUID.randomUUID(),
                        new ReviewDetails(null, ReviewOutcome.CONTINUES, "Checked with resident", null),
                        NOW,
                        "hana"))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void aVulnerabilityFlagMayStandWithoutAReviewDate() {
        VulnerabilityFlag flag = VulnerabilityFlag.flag(
                UUID.randomUUID(),
                new NewVulnerability(VulnerabilityKind.AGE, "Resident is 94 and lives alone", null, null),
                NOW,
                "hana");

        Review review = flag.review(
                UUID.randomUUID(),
                new ReviewDetails(null, ReviewOutcome.CONTINUES, "Still applies", null),
                NOW,
                "hana");

        assertThat(flag.nextReviewOn()).isNull();
        assertThat(flag.dueForReviewOn(LocalDate.of(2100, 1, 1))).isFalse();
        assertThat(review.nextReviewOn()).isNull();
        assertThat(flag.summary()).isEqualTo("AGE: Resident is 94 and lives alone");
    }

    @Test
    void aVulnerabilityFlagWithAReviewDateFallsDueLikeAnyOther() {
        VulnerabilityFlag flag = VulnerabilityFlag.flag(
                UUID.randomUUID(),
                new NewVulnerability(VulnerabilityKind.FINANCIAL, "Rent arrears plan", null, LocalDate.of(2024, 7, 1)),
                NOW,
                "hana");

        assertThat(flag.dueForReviewOn(LocalDate.of(2024, 7, 1))).isTrue();
    }

    @Test
    void aResidentListsWhatIsDueEarliestFirstAndTheRestrictionsInForce() {
        ReasonableAdjustment later = ReasonableAdjustment.agree(
                UUID.randomUUID(), new NewAdjustment("Large print", null, LocalDate.of(2024, 9, 1)), NOW, "hana");
        DisclosedDisability earlier = DisclosedDisability.record(
                UUID.randomUUID(), new NewDisability("Deaf", null, LocalDate.of(2024, 8, 1)), NOW, "hana");
        DisclosedDisability notYet = DisclosedDisability.record(
                UUID.randomUUID(), new NewDisability("Asthma", null, LocalDate.of(2025, 8, 1)), NOW, "hana");
        ContactRestriction restriction = ContactRestriction.impose(
                UUID.randomUUID(),
                new NewRestriction("Threats", "Incident 42", "Email only", null, null, LocalDate.of(2024, 12, 1)),
                NOW,
                "maria");
        Resident resident = new Resident(
                UUID.randomUUID(),
                ResidentDetails.of("Ada", "ada@example.org", null, null, null).resolved(),
                NOW,
                "hana",
                NOW,
                "hana",
                3,
                List.of(later),
                List.of(earlier, notYet),
                List.of(),
                List.of(restriction),
                List.of());

        assertThat(resident.dueForReviewOn(LocalDate.of(2024, 9, 1))).containsExactly(earlier, later);
        assertThat(resident.restrictionsInForceOn(LocalDate.of(2024, 6, 4))).containsExactly(restriction);
        assertThat(resident.keptUnderReview(ReviewSubject.DISABILITY, notYet.id()))
                .contains(notYet);
        assertThat(resident.keptUnderReview(ReviewSubject.ADJUSTMENT, notYet.id()))
                .isEmpty();
    }
}
