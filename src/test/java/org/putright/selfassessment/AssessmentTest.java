package org.putright.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.putright.code.CodeEditions;
import org.putright.code.Edition;
import org.putright.code.EditionId;
import org.putright.code.Obligation;
import org.putright.code.ProvisionNumber;
import org.putright.system.problem.InvalidInput;

/**
 * A self-assessment holds exactly the provisions the Ombudsman's form lists, in its order, and
 * checks each answer the way the form asks for it.
 */
class AssessmentTest {

    /** The provisions of the 2024 form, as the seeds list them (seed 000, in order). */
    private static final String FORM_2024 = "1.2 1.3 1.4 1.5 1.6 2.1 2.2 2.3 2.4 2.5 3.1 3.2 3.3 3.4 3.5 3.6 3.7"
            + " 4.1 4.2 4.3 5.1 5.2 5.3 5.4 5.5 5.6 5.7 5.8 5.9 5.10 5.11 5.12 5.13 5.14 5.15 6.1 6.2 6.3 6.4 6.5"
            + " 6.6 6.7 6.8 6.9 6.10 6.11 6.12 6.13 6.14 6.15 6.16 6.17 6.18 6.19 6.20 7.1 7.2 7.3 7.4 8.1 8.2 8.3"
            + " 8.4 8.5 9.1 9.2 9.3 9.4 9.5 9.6 9.7 9.8";

    /** The "must" provisions of the 2022 form (seed 004 lists them first in each section). */
    private static final String MUST_2022 = "1.2 1.3 1.6 1.7 1.8 1.9 2.1 2.3 2.4 2.5 2.6 2.7 2.8 3.1 3.2 4.1 4.2 4.6"
            + " 4.7 4.11 4.12 4.13 4.14 4.15 4.18 5.1 5.5 5.6 5.8 5.9 5.10 5.11 5.12 5.13 5.16 5.17 5.20 6.1 6.2"
            + " 6.5 6.6 7.2 8.1 8.2 8.3";

    /** The "should" provisions of the 2022 form. */
    private static final String SHOULD_2022 =
            "1.4 1.5 2.2 3.3 4.3 4.4 4.5 4.8 4.9 4.10 4.16 4.17 4.19 5.2 5.3 5.4 5.7 5.14 5.15 5.18 5.19 6.3 6.7"
                    + " 7.3 7.4 7.5 7.6";

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final AssessmentPeriod YEAR =
            new AssessmentPeriod(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31));

    private final CodeEditions editions = CodeEditions.shipped();

    @Test
    void aTwentyTwentyFourAssessmentHasTheFormsProvisionsInOrderWithTheirTexts() {
        Assessment assessment = start(EditionId.HOS_2024);

        assertThat(assessment.provisions())
                .extracting(row -> row.number().toString())
                .containsExactlyElementsOf(numbers(FORM_2024));
        assertThat(assessment
                        .provision(ProvisionNumber.parse("1.2"))
                        .provision()
                        .requirement())
                .isEqualTo("A complaint must be defined as: ‘an expression of dissatisfaction, however made, about the"
                        + " standard of service, actions or lack of action by the landlord, its own staff, or those"
                        + " acting on its behalf, affecting a resident or group of residents.’");
        assertThat(assessment
                        .provision(ProvisionNumber.parse("6.13"))
                        .provision()
                        .requirement())
                .startsWith("The person considering the complaint at stage 2 must not be the same person");
        assertThat(assessment.provisions()).allSatisfy(row -> {
            assertThat(row.provision().obligation()).isNull();
            assertThat(row.answered()).isFalse();
        });
    }

    @Test
    void aTwentyTwentyTwoAssessmentMarksEachProvisionMustOrShould() {
        Assessment assessment = start(EditionId.HOS_2022);
        Set<String> musts = Set.copyOf(numbers(MUST_2022));
        Set<String> shoulds = Set.copyOf(numbers(SHOULD_2022));

        assertThat(assessment.provisions()).hasSize(musts.size() + shoulds.size());
        assertThat(assessment.provisions()).allSatisfy(row -> {
            String number = row.number().toString();
            assertThat(row.provision().obligation())
                    .as(number)
                    .isEqualTo(musts.contains(number) ? Obligation.MUST : Obligation.SHOULD);
            assertThat(musts.contains(number) || shoulds.contains(number))
                    .as(number)
                    .isTrue();
        });
        assertThat(assessment.provisions())
                .extracting(ProvisionAssessment::number)
                .isSorted();
    }

    @Test
    void notComplyingNeedsAnActionAndADate() {
        Assessment assessment = start(EditionId.HOS_2024);

        assertThatThrownBy(
                        () -> assessment.answer(number("6.2"), answer(Comply.PARTLY, null, null), TODAY, NOW, "maria"))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.errors())
                        .extracting(InvalidInput.FieldError::field)
                        .containsExactly("action", "complyBy"));

        ProvisionAssessment answered = assessment.answer(
                number("6.2"),
                answer(Comply.PARTLY, "Train the team", LocalDate.of(2026, 12, 31)),
                TODAY,
                NOW,
                "maria");
        assertThat(answered.answer().action()).isEqualTo("Train the team");
        assertThat(answered.updatedBy()).isEqualTo("maria");
    }

    @Test
    void anActionIsOnlyGivenWhereTheLandlordDoesNotComply() {
        Assessment assessment = start(EditionId.HOS_2024);

        assertThatThrownBy(() -> assessment.answer(
                        number("6.2"),
                        answer(Comply.YES, "Train the team", LocalDate.of(2026, 12, 31)),
                        TODAY,
                        NOW,
                        "maria"))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("only where the answer is NO or PARTLY");
    }

    @Test
    void anUnmetMustOfTheTwentyTwentyTwoCodeNeedsAnExplanation() {
        Assessment assessment = start(EditionId.HOS_2022);
        ProvisionAnswer unexplained = answer(Comply.NO, "Buy a CRM", LocalDate.of(2026, 12, 31));

        assertThatThrownBy(() -> assessment.answer(number("5.12"), unexplained, TODAY, NOW, "maria"))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("\"must\"");
        // A "should" may be departed from without one.
        assertThat(assessment
                        .answer(number("5.2"), unexplained, TODAY, NOW, "maria")
                        .answered())
                .isTrue();
    }

    @Test
    void linksMustBeWebAddresses() {
        Assessment assessment = start(EditionId.HOS_2024);
        ProvisionAnswer script =
                new ProvisionAnswer(Comply.YES, "Policy", List.of("javascript:alert(1)"), null, null, null);

        assertThatThrownBy(() -> assessment.answer(number("1.2"), script, TODAY, NOW, "maria"))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("links");
    }

    @Test
    void theGoverningBodyApprovesOnlyACompletedFormAndThenItIsLocked() {
        Assessment assessment = start(EditionId.HOS_2024);
        Approval approval = new Approval(TODAY, "Board", "B/2026/14", "We note the findings.", NOW, "mrc");

        assertThatThrownBy(() -> assessment.approve(approval))
                .isInstanceOfSatisfying(AssessmentIncomplete.class, problem -> assertThat(problem.properties())
                        .extractingByKey("unanswered")
                        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                        .hasSize(72));

        Assessment approved = answeredAll(assessment).approve(approval);
        assertThat(approved.status()).isEqualTo(AssessmentStatus.APPROVED);
        assertThatThrownBy(() -> approved.answer(number("1.2"), answer(Comply.YES, null, null), TODAY, NOW, "maria"))
                .isInstanceOf(AssessmentLocked.class);
    }

    @Test
    void carriesForwardTheAnswersOfTheSameEditionOnly() {
        Assessment earlier = answeredAll(start(EditionId.HOS_2024));

        Assessment next = Assessment.start(UUID.randomUUID(), edition(EditionId.HOS_2024), YEAR, earlier, NOW, "maria");
        Assessment other =
                Assessment.start(UUID.randomUUID(), edition(EditionId.HOS_2022), YEAR, earlier, NOW, "maria");

        assertThat(next.carriedFrom()).isEqualTo(earlier.id());
        assertThat(next.provisions()).allSatisfy(row -> {
            assertThat(row.answer().comply()).isEqualTo(Comply.YES);
            assertThat(row.version()).isZero();
        });
        assertThat(other.provisions()).noneMatch(ProvisionAssessment::answered);
    }

    @Test
    void summarisesComplianceBySectionAndOverall() {
        Assessment assessment = start(EditionId.HOS_2024);
        List<ProvisionAssessment> rows = new java.util.ArrayList<>();
        for (ProvisionAssessment row : assessment.provisions()) {
            Comply comply =
                    switch (row.number().toString()) {
                        case "1.4" -> Comply.NO;
                        case "1.5" -> Comply.PARTLY;
                        case "1.6" -> Comply.NOT_APPLICABLE;
                        case "2.1" -> null;
                        default -> Comply.YES;
                    };
            rows.add(new ProvisionAssessment(
                    row.provision(), new ProvisionAnswer(comply, null, List.of(), null, null, null), NOW, "maria", 1));
        }
        Assessment answered = withRows(assessment, rows);

        ComplianceSummary summary = ComplianceSummary.of(answered, edition(EditionId.HOS_2024));

        ComplianceSummary.Line one = summary.sections().getFirst();
        // Section 1: 5 provisions, 1.6 not applicable, so 2 of 4 applicable comply: 50.0%.
        assertThat(one.provisions()).isEqualTo(5);
        assertThat(one.compliant()).isEqualTo(2);
        assertThat(one.partly()).isEqualTo(1);
        assertThat(one.nonCompliant()).isEqualTo(1);
        assertThat(one.notApplicable()).isEqualTo(1);
        assertThat(one.compliantPercent()).isEqualByComparingTo("50.0");
        assertThat(summary.sections().get(1).unanswered()).isEqualTo(1);
        // Overall: 72 provisions, 71 applicable, 68 yes: 95.8%; 2 not complying: 2.8%.
        assertThat(summary.overall().compliant()).isEqualTo(68);
        assertThat(summary.overall().compliantPercent()).isEqualByComparingTo("95.8");
        assertThat(summary.overall().nonCompliantPercent()).isEqualByComparingTo("2.8");
    }

    @Test
    void aShortfallContradictsOnlyAYes() {
        SystemEvidence late = SystemEvidence.share(Measure.STAGE_1_ACKNOWLEDGED_ON_TIME, 3, 4, TODAY);
        SystemEvidence none = SystemEvidence.share(Measure.STAGE_2_ACKNOWLEDGED_ON_TIME, 0, 0, TODAY);

        assertThat(late.percent()).isEqualByComparingTo("75.0");
        assertThat(late.statement())
                .startsWith("3 of 4 (75.0%) stage 1 acknowledgements of complaints received in the period");
        assertThat(late.contradicts(Comply.YES)).isTrue();
        assertThat(late.contradicts(Comply.PARTLY)).isFalse();
        assertThat(none.percent()).isNull();
        assertThat(none.contradicts(Comply.YES)).isFalse();
    }

    private Assessment start(EditionId id) {
        return Assessment.start(UUID.randomUUID(), edition(id), YEAR, null, NOW, "maria");
    }

    private Edition edition(EditionId id) {
        return editions.get(id);
    }

    private static Assessment answeredAll(Assessment assessment) {
        List<ProvisionAssessment> rows = assessment.provisions().stream()
                .map(row -> row.answer(answer(Comply.YES, null, null), TODAY, NOW, "maria"))
                .toList();
        return withRows(assessment, rows);
    }

    private static Assessment withRows(Assessment assessment, List<ProvisionAssessment> rows) {
        return new Assessment(
                assessment.id(),
                assessment.edition(),
                assessment.period(),
                assessment.status(),
                assessment.carriedFrom(),
                rows,
                null,
                null,
                assessment.createdAt(),
                assessment.createdBy(),
                assessment.version());
    }

    private static ProvisionAnswer answer(Comply comply, @Nullable String action, @Nullable LocalDate by) {
        return new ProvisionAnswer(comply, "Our policy", List.of("https://example.org/policy"), null, action, by);
    }

    private static ProvisionNumber number(String text) {
        return ProvisionNumber.parse(text);
    }

    private static List<String> numbers(String list) {
        return Arrays.asList(list.split(" "));
    }
}
