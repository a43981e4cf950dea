package org.putright.ombudsman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.putright.complaint.Status;
import org.putright.system.problem.InvalidInput;
import org.putright.system.problem.NotFound;

class OmbudsmanCaseTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    static OmbudsmanCase referred(String hos, LocalDate on) {
        return OmbudsmanCase.refer(
                UUID.randomUUID(), "CMP-2026-000001", Status.CLOSED, hos, on, null, TODAY, NOW, "maria");
    }

    static OmbudsmanCase.OrderMade order(OrderKind kind, LocalDate dueOn) {
        return new OmbudsmanCase.OrderMade(UUID.randomUUID(), kind, "Pay £300 compensation", dueOn);
    }

    @Test
    void refusesAReferralBeforeTheLandlordsProcessIsOverWithoutANote() {
        assertThatThrownBy(() -> OmbudsmanCase.refer(
                        UUID.randomUUID(),
                        "CMP-2026-000001",
                        Status.STAGE_1_OPEN,
                        "202601234",
                        LocalDate.of(2026, 3, 1),
                        " ",
                        TODAY,
                        NOW,
                        "maria"))
                .isInstanceOf(OmbudsmanRuleBroken.class)
                .hasMessageContaining("STAGE_1_OPEN");
    }

    @Test
    void takesAnEarlyReferralWithANoteSayingWhy() {
        OmbudsmanCase early = OmbudsmanCase.refer(
                UUID.randomUUID(),
                "CMP-2026-000001",
                Status.STAGE_2_OPEN,
                "202601234",
                LocalDate.of(2026, 3, 1),
                "The landlord did not give its final response in time; the Ombudsman took the complaint.",
                TODAY,
                NOW,
                "maria");

        assertThat(early.referralNote()).startsWith("The landlord did not");
    }

    @Test
    void takesAReferralOfARefusedComplaintWithoutANote() {
        OmbudsmanCase refused = OmbudsmanCase.refer(
                UUID.randomUUID(), "CMP-2026-000001", Status.REFUSED, "hos/2026-1", TODAY, null, TODAY, NOW, "maria");

        assertThat(refused.hosReference()).isEqualTo("HOS/2026-1");
    }

    @Test
    void refusesAMalformedOmbudsmanReference() {
        assertThatThrownBy(() -> referred("2026 <script>", TODAY)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void refusesAReferralDatedInTheFuture() {
        assertThatThrownBy(() -> referred("202601234", TODAY.plusDays(1)))
                .isInstanceOf(OmbudsmanRuleBroken.class)
                .hasMessageContaining("after today");
    }

    @Test
    void evidenceSentAfterItsDueDayWasLateAndOnTheDayWasOnTime() {
        OmbudsmanCase c = referred("202601234", LocalDate.of(2026, 3, 1));
        EvidenceRequest late = c.requestEvidence(
                UUID.randomUUID(), "Repair log", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 16), TODAY, NOW, "m");
        EvidenceRequest onTime = c.requestEvidence(
                UUID.randomUUID(), "Letters", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 16), TODAY, NOW, "m");

        assertThat(c.recordEvidenceSent(late.id(), LocalDate.of(2026, 3, 17), TODAY, NOW, "m")
                        .wasSentLate())
                .isTrue();
        assertThat(c.recordEvidenceSent(onTime.id(), LocalDate.of(2026, 3, 16), TODAY, NOW, "m")
                        .wasSentLate())
                .isFalse();
        assertThatThrownBy(() -> c.recordEvidenceSent(onTime.id(), LocalDate.of(2026, 3, 18), TODAY, NOW, "m"))
                .isInstanceOf(OmbudsmanRuleBroken.class)
                .hasMessageContaining("already recorded");
    }

    @Test
    void refusesEvidenceSentBeforeItWasAskedForOrDueBeforeItWasAskedFor() {
        OmbudsmanCase c = referred("202601234", LocalDate.of(2026, 3, 1));
        assertThatThrownBy(() -> c.requestEvidence(
                        UUID.randomUUID(), "Log", LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 4), TODAY, NOW, "m"))
                .isInstanceOf(OmbudsmanRuleBroken.class);
        EvidenceRequest request = c.requestEvidence(
                UUID.randomUUID(), "Log", LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 19), TODAY, NOW, "m");

        assertThatThrownBy(() -> c.recordEvidenceSent(request.id(), LocalDate.of(2026, 3, 4), TODAY, NOW, "m"))
                .isInstanceOf(OmbudsmanRuleBroken.class)
                .hasMessageContaining("before the request");
        assertThatThrownBy(() -> c.recordEvidenceSent(UUID.randomUUID(), TODAY, TODAY, NOW, "m"))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void aDeterminationNeedsAtLeastOneElementFinding() {
        OmbudsmanCase c = referred("202601234", LocalDate.of(2026, 3, 1));

        assertThatThrownBy(() -> c.determine(LocalDate.of(2026, 9, 1), List.of(), List.of(), TODAY, NOW, "m"))
                .isInstanceOf(OmbudsmanRuleBroken.class)
                .hasMessageContaining("at least one element");
        assertThat(c.isDetermined()).isFalse();
    }

    @Test
    void aCaseIsDeterminedOnceWithEachElementFoundOnce() {
        OmbudsmanCase c = referred("202601234", LocalDate.of(2026, 3, 1));
        List<ElementFinding> twice = List.of(
                new ElementFinding("Damp and mould", OmbudsmanFinding.MALADMINISTRATION),
                new ElementFinding("damp and mould ", OmbudsmanFinding.SERVICE_FAILURE));
        assertThatThrownBy(() -> c.determine(LocalDate.of(2026, 9, 1), twice, List.of(), TODAY, NOW, "m"))
                .isInstanceOf(OmbudsmanRuleBroken.class);

        c.determine(
                LocalDate.of(2026, 9, 1),
                List.of(new ElementFinding("Damp and mould", OmbudsmanFinding.MALADMINISTRATION)),
                List.of(order(OrderKind.ORDER, LocalDate.of(2026, 10, 1))),
                TODAY,
                NOW,
                "m");

        assertThat(c.orders()).singleElement().satisfies(o -> assertThat(o.madeOn())
                .isEqualTo(LocalDate.of(2026, 9, 1)));
        assertThatThrownBy(() -> c.determine(
                        LocalDate.of(2026, 9, 2),
                        List.of(new ElementFinding("Repairs", OmbudsmanFinding.NO_MALADMINISTRATION)),
                        List.of(),
                        TODAY,
                        NOW,
                        "m"))
                .isInstanceOf(OmbudsmanRuleBroken.class)
                .extracting(e -> ((OmbudsmanRuleBroken) e).type())
                .isEqualTo("already-determined");
    }

    @Test
    void refusesADeterminationBeforeTheReferralOrAnOrderDueBeforeIt() {
        OmbudsmanCase c = referred("202601234", LocalDate.of(2026, 3, 1));
        List<ElementFinding> findings = List.of(new ElementFinding("Repairs", OmbudsmanFinding.SERVICE_FAILURE));

        assertThatThrownBy(() -> c.determine(LocalDate.of(2026, 2, 1), findings, List.of(), TODAY, NOW, "m"))
                .isInstanceOf(OmbudsmanRuleBroken.class);
        assertThatThrownBy(() -> c.determine(
                        LocalDate.of(2026, 9, 1),
                        findings,
                        List.of(order(OrderKind.ORDER, LocalDate.of(2026, 8, 31))),
                        TODAY,
                        NOW,
                        "m"))
                .isInstanceOf(OmbudsmanRuleBroken.class)
                .hasMessageContaining("before the determination");
    }

    @Test
    void complianceCannotBeRecordedBeforeTheOrderWasMadeNorTwice() {
        OmbudsmanCase c = referred("202601234", LocalDate.of(2026, 3, 1));
        c.determine(
                LocalDate.of(2026, 9, 1),
                List.of(new ElementFinding("Repairs", OmbudsmanFinding.SEVERE_MALADMINISTRATION)),
                List.of(order(OrderKind.ORDER, LocalDate.of(2026, 10, 1))),
                TODAY,
                NOW,
                "m");
        UUID orderId = c.orders().getFirst().id();

        assertThatThrownBy(() -> c.recordCompliance(orderId, LocalDate.of(2026, 8, 31), "Paid", null, TODAY, NOW, "m"))
                .isInstanceOf(OmbudsmanRuleBroken.class)
                .hasMessageContaining("before the order was made");
        c.recordCompliance(orderId, LocalDate.of(2026, 9, 30), "Paid, receipt sent", null, TODAY, NOW, "m");
        assertThatThrownBy(() -> c.recordCompliance(orderId, LocalDate.of(2026, 10, 2), "Paid", null, TODAY, NOW, "m"))
                .isInstanceOf(OmbudsmanRuleBroken.class);
        assertThat(c.hasOverdueOrders(TODAY)).isFalse();
    }

    @Test
    void anOrderIsOverdueOnlyAfterItsDueDayAndUntilCompliedWith() {
        OmbudsmanOrder order = new OmbudsmanOrder(
                UUID.randomUUID(),
                OrderKind.ORDER,
                "Apologise",
                LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 10, 1),
                null);

        assertThat(order.isOverdueOn(LocalDate.of(2026, 10, 1))).isFalse();
        assertThat(order.isOverdueOn(LocalDate.of(2026, 10, 2))).isTrue();
        OmbudsmanOrder late = order.complied(new Compliance(LocalDate.of(2026, 10, 5), "Letter", null, NOW, "m"));
        assertThat(late.isOverdueOn(LocalDate.of(2026, 10, 4))).isTrue();
        assertThat(late.isOverdueOn(LocalDate.of(2026, 10, 5))).isFalse();
    }

    @Test
    void aComplaintHandlingFailureOrderIsRecordedOnItsOwnNotInADetermination() {
        OmbudsmanCase c = referred("202601234", LocalDate.of(2026, 3, 1));
        assertThatThrownBy(() -> c.determine(
                        LocalDate.of(2026, 9, 1),
                        List.of(new ElementFinding("Repairs", OmbudsmanFinding.SERVICE_FAILURE)),
                        List.of(order(OrderKind.COMPLAINT_HANDLING_FAILURE_ORDER, LocalDate.of(2026, 10, 1))),
                        TODAY,
                        NOW,
                        "m"))
                .isInstanceOf(OmbudsmanRuleBroken.class);

        OmbudsmanOrder chfo = c.issueComplaintHandlingFailureOrder(
                UUID.randomUUID(),
                "Respond at stage 2",
                LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 4, 15),
                TODAY,
                NOW,
                "m");

        assertThat(chfo.kind()).isEqualTo(OrderKind.COMPLAINT_HANDLING_FAILURE_ORDER);
        assertThat(c.isDetermined()).isFalse();
    }

    @Test
    void figuresCountWhatFellInThePeriodAndWhatIsOverdueAtItsEnd() {
        // In the period 1 April 2026 to 30 September 2026:
        // case A referred 1 March (before), determined 1 June: maladministration + service failure;
        //   an order due 1 July complied 20 June, an order due 1 August never complied (overdue),
        //   a recommendation due 1 July complied 10 October (after: overdue at the period's end).
        // case B referred 2 April, CHFO issued 3 April due 17 April complied 17 April; determined
        //   1 October (after the period): not counted.
        OmbudsmanCase a = referred("A1", LocalDate.of(2026, 3, 1));
        a.determine(
                LocalDate.of(2026, 6, 1),
                List.of(
                        new ElementFinding("Repairs", OmbudsmanFinding.MALADMINISTRATION),
                        new ElementFinding("Complaint handling", OmbudsmanFinding.SERVICE_FAILURE)),
                List.of(
                        order(OrderKind.ORDER, LocalDate.of(2026, 7, 1)),
                        order(OrderKind.ORDER, LocalDate.of(2026, 8, 1)),
                        order(OrderKind.RECOMMENDATION, LocalDate.of(2026, 7, 1))),
                TODAY,
                NOW,
                "m");
        a.recordCompliance(a.orders().get(0).id(), LocalDate.of(2026, 6, 20), "Paid", null, TODAY, NOW, "m");
        a.recordCompliance(a.orders().get(2).id(), LocalDate.of(2026, 10, 10), "Done", null, TODAY, NOW, "m");
        OmbudsmanCase b = referred("B2", LocalDate.of(2026, 4, 2));
        OmbudsmanOrder chfo = b.issueComplaintHandlingFailureOrder(
                UUID.randomUUID(), "Respond", LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 17), TODAY, NOW, "m");
        b.recordCompliance(chfo.id(), LocalDate.of(2026, 4, 17), "Responded", null, TODAY, NOW, "m");
        b.determine(
                LocalDate.of(2026, 10, 1),
                List.of(new ElementFinding("Repairs", OmbudsmanFinding.SEVERE_MALADMINISTRATION)),
                List.of(),
                TODAY,
                NOW,
                "m");

        OmbudsmanFigures figures =
                OmbudsmanFigures.of(List.of(a, b), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 9, 30), TODAY);

        assertThat(figures.referrals()).isEqualTo(1);
        assertThat(figures.determinations()).isEqualTo(1);
        assertThat(figures.findings())
                .containsEntry(OmbudsmanFinding.MALADMINISTRATION, 1L)
                .containsEntry(OmbudsmanFinding.SERVICE_FAILURE, 1L)
                .containsEntry(OmbudsmanFinding.SEVERE_MALADMINISTRATION, 0L)
                .hasSize(OmbudsmanFinding.values().length);
        assertThat(figures.orders()).isEqualTo(new OmbudsmanFigures.OrderFigures(2, 1, 1));
        assertThat(figures.recommendations()).isEqualTo(new OmbudsmanFigures.OrderFigures(1, 0, 1));
        assertThat(figures.complaintHandlingFailureOrders()).isEqualTo(new OmbudsmanFigures.OrderFigures(1, 1, 0));
        assertThat(figures.severeMaladministrationOrders()).isEqualTo(new OmbudsmanFigures.OrderFigures(0, 0, 0));
        assertThat(figures.asAt()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(Map.copyOf(figures.findings()).values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isEqualTo(2);
    }
}
