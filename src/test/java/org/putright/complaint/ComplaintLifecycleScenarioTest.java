package org.putright.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.putright.complaint.ComplaintFixtures.ENGLAND;
import static org.putright.complaint.ComplaintFixtures.HANA;
import static org.putright.complaint.ComplaintFixtures.HOS_2024;
import static org.putright.complaint.ComplaintFixtures.NOW;
import static org.putright.complaint.ComplaintFixtures.TOM;
import static org.putright.complaint.ComplaintFixtures.definition;
import static org.putright.complaint.ComplaintFixtures.findings;
import static org.putright.complaint.ComplaintFixtures.instant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.putright.code.RuleBroken;

/**
 * One complaint's whole life under the 2024 Code, on real dates: received on a Friday just after
 * midnight in British Summer Time, extended at stage 1, escalated, and answered finally by a
 * different handler.
 */
class ComplaintLifecycleScenarioTest {

    @Test
    void aComplaintGoesThroughBothStagesAsTheCodeRequires() {
        // 1.2, 1.3: an expression of dissatisfaction by phone, at 00:30 BST on Friday 7 June 2024.
        Complaint complaint = ComplaintFixtures.received("2024-06-07T00:30:00+01:00");
        assertThat(complaint.status()).isEqualTo(Status.RECEIVED);

        // 6.2: acknowledge, define and log within 5 working days of receipt. The London day is
        // Friday 7 June (still Thursday in UTC); the day itself never counts: Friday 14 June.
        assertThat(complaint.deadlines(ENGLAND, HOS_2024).acknowledgeBy()).isEqualTo(LocalDate.of(2024, 6, 14));

        // 5.6: the acknowledgement carries the complaint definition.
        complaint.acknowledge(
                instant("2024-06-11T10:00:00+01:00"),
                "hana",
                definition("The boiler was not repaired for three weeks", "No one returned calls"),
                null,
                HANA,
                NOW);
        assertThat(complaint.status()).isEqualTo(Status.STAGE_1_OPEN);

        // 6.3: respond within 10 working days of acknowledgement: Tuesday 25 June.
        assertThat(complaint.deadlines(ENGLAND, HOS_2024).respondBy()).isEqualTo(LocalDate.of(2024, 6, 25));

        // 6.4, 6.5: an extension of 10 working days, told to the resident before the deadline.
        complaint.extend(
                instant("2024-06-24T16:00:00+01:00"),
                10,
                "The contractor's engineer report is due on 3 July.",
                null,
                ENGLAND,
                HOS_2024,
                HANA,
                NOW);
        assertThat(complaint.deadlines(ENGLAND, HOS_2024).respondBy()).isEqualTo(LocalDate.of(2024, 7, 9));

        // 6.7, 6.9: a finding with reasons on every point; the decision follows: partly upheld.
        complaint.respond(
                instant("2024-07-05T12:00:00+01:00"),
                findings(true, false),
                List.of(new RemedyOffer(
                        RemedyType.FINANCIAL,
                        "Compensation for three weeks without heating",
                        new BigDecimal("75.00"),
                        LocalDate.of(2024, 7, 19))),
                List.of(new ActionPlan("Replace the boiler", "hana", LocalDate.of(2024, 8, 30))),
                HANA,
                NOW);
        assertThat(complaint.status()).isEqualTo(Status.STAGE_1_RESPONDED);
        assertThat(complaint.responses().getFirst().decision()).isEqualTo(Decision.PARTLY_UPHELD);
        assertThat(complaint.deadlines(ENGLAND, HOS_2024).next()).isNull();

        // 6.10, 6.12: the resident asks for stage 2 without giving a reason.
        complaint.escalate(instant("2024-07-10T09:00:00+01:00"), null, HANA, NOW);
        assertThat(complaint.status()).isEqualTo(Status.STAGE_2_REQUESTED);

        // 6.11: acknowledge the escalation within 5 working days of the request: Wednesday 17 July.
        assertThat(complaint.deadlines(ENGLAND, HOS_2024).acknowledgeBy()).isEqualTo(LocalDate.of(2024, 7, 17));

        // 6.13: the stage 1 handler may not handle stage 2.
        assertThatThrownBy(() -> complaint.acknowledge(
                        instant("2024-07-12T10:00:00+01:00"), "hana", definition("Stage 1 was wrong"), null, HANA, NOW))
                .isInstanceOf(RuleBroken.class)
                .hasMessageContaining("hana handled stage 1");

        complaint.acknowledge(
                instant("2024-07-12T10:00:00+01:00"),
                "tom",
                definition("The boiler was not repaired for three weeks", "Compensation is too low"),
                null,
                TOM,
                NOW);
        assertThat(complaint.status()).isEqualTo(Status.STAGE_2_OPEN);

        // 6.14: the final response within 20 working days of the stage 2 acknowledgement: 9 August.
        assertThat(complaint.deadlines(ENGLAND, HOS_2024).respondBy()).isEqualTo(LocalDate.of(2024, 8, 9));

        // 6.18, 6.19: the final response addresses every stage 2 point.
        complaint.respond(instant("2024-08-08T15:00:00+01:00"), findings(true, true), List.of(), List.of(), TOM, NOW);
        assertThat(complaint.status()).isEqualTo(Status.STAGE_2_RESPONDED);
        assertThat(complaint.responses())
                .extracting(Response::decision)
                .containsExactly(Decision.PARTLY_UPHELD, Decision.UPHELD);

        complaint.close(instant("2024-08-09T09:00:00+01:00"), "Final response issued", TOM, NOW);

        // 5.12: every step is on the record, in order, with who recorded it.
        assertThat(complaint.record())
                .extracting(recorded -> recorded.event().name())
                .containsExactly(
                        "ComplaintReceived",
                        "ComplaintAcknowledged",
                        "ResponseExtended",
                        "ComplaintResponded",
                        "EscalationRequested",
                        "ComplaintAcknowledged",
                        "ComplaintResponded",
                        "ComplaintClosed");
        assertThat(Complaint.replay(complaint.reference(), complaint.record()).status())
                .isEqualTo(Status.CLOSED);
    }
}
