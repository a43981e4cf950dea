package org.putright.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.putright.complaint.ComplaintFixtures.HANA;
import static org.putright.complaint.ComplaintFixtures.NOW;
import static org.putright.complaint.ComplaintFixtures.TOM;
import static org.putright.complaint.ComplaintFixtures.definition;
import static org.putright.complaint.ComplaintFixtures.findings;
import static org.putright.complaint.ComplaintFixtures.instant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.putright.code.CodeRule;
import org.putright.code.RecordRule;
import org.putright.code.RuleBroken;
import org.putright.system.problem.InvalidInput;

/** Rules that close gaps around the lifecycle: independence, honest grounds, plausible dates. */
class ComplaintSafeguardsTest {

    @Test
    void theStageOneHandlerCannotGiveTheStageTwoResponse() {
        Complaint complaint = ComplaintFixtures.respondedAtStageOne(
                "2024-06-03T09:00:00+01:00", "2024-06-04T09:00:00+01:00", "2024-06-10T09:00:00+01:00");
        complaint.escalate(instant("2024-06-11T09:00:00+01:00"), null, Actor.resident(), NOW);
        complaint.acknowledge(
                instant("2024-06-12T09:00:00+01:00"), "tom", definition("Stage 1 missed the damp"), null, TOM, NOW);

        assertThatThrownBy(() -> complaint.respond(
                        instant("2024-06-20T09:00:00+01:00"), findings(true), List.of(), List.of(), HANA, NOW))
                .isInstanceOfSatisfying(RuleBroken.class, broken -> {
                    assertThat(broken.rule()).isEqualTo(CodeRule.STAGE_TWO_HANDLER_NOT_INDEPENDENT);
                    assertThat(broken.provision()).hasValueSatisfying(provision -> assertThat(provision.toString())
                            .isEqualTo("6.13"));
                });
        complaint.respond(instant("2024-06-20T09:00:00+01:00"), findings(true), List.of(), List.of(), TOM, NOW);
        assertThat(complaint.status()).isEqualTo(Status.STAGE_2_RESPONDED);
    }

    @Test
    void theTwelveMonthGroundNeedsAnIssueThatIsOlderThanTwelveMonths() {
        Complaint recent = ComplaintFixtures.received("2024-06-03T09:00:00+01:00", LocalDate.of(2024, 1, 10));
        Complaint old = ComplaintFixtures.received("2024-06-03T09:00:00+01:00", LocalDate.of(2023, 5, 1));

        assertThatThrownBy(() -> recent.refuse(
                        instant("2024-06-04T09:00:00+01:00"),
                        RefusalGround.OLDER_THAN_12_MONTHS,
                        "Too old.",
                        HANA,
                        NOW))
                .isInstanceOfSatisfying(RuleBroken.class, broken -> assertThat(broken.rule())
                        .isEqualTo(CodeRule.REFUSAL_WITHOUT_GROUND));
        old.refuse(
                instant("2024-06-04T09:00:00+01:00"),
                RefusalGround.OLDER_THAN_12_MONTHS,
                "The leak was fixed in May 2023.",
                HANA,
                NOW);
        assertThat(old.status()).isEqualTo(Status.REFUSED);
    }

    @Test
    void aDateOutsideAnyPlausibleYearIsRefusedAsBadInput() {
        assertThatThrownBy(() -> ComplaintFixtures.received("1800-01-01T00:00:00Z"))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> ComplaintFixtures.received("0001-01-01T00:00:00Z"))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void remediesAndActionsCannotFallDueBeforeTheResponse() {
        Complaint complaint = ComplaintFixtures.acknowledged("2024-06-03T09:00:00+01:00", "2024-06-04T09:00:00+01:00");

        assertThatThrownBy(() -> complaint.respond(
                        instant("2024-06-10T09:00:00+01:00"),
                        findings(true, true),
                        List.of(new RemedyOffer(
                                RemedyType.FINANCIAL,
                                "Compensation",
                                new BigDecimal("50.00"),
                                LocalDate.of(2020, 1, 1))),
                        List.of(),
                        HANA,
                        NOW))
                .isInstanceOfSatisfying(
                        RuleBroken.class, broken -> assertThat(broken.rule()).isEqualTo(RecordRule.TIME_ORDER));
        assertThatThrownBy(() -> complaint.respond(
                        instant("2024-06-10T09:00:00+01:00"),
                        findings(true, true),
                        List.of(),
                        List.of(new ActionPlan("Fix it", "hana", LocalDate.of(2024, 6, 9))),
                        HANA,
                        NOW))
                .isInstanceOfSatisfying(
                        RuleBroken.class, broken -> assertThat(broken.rule()).isEqualTo(RecordRule.TIME_ORDER));
        assertThat(complaint.status()).isEqualTo(Status.STAGE_1_OPEN);
    }
}
