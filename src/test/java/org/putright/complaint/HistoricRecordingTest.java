package org.putright.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.putright.complaint.ComplaintFixtures.NOW;
import static org.putright.complaint.ComplaintFixtures.RESIDENT;
import static org.putright.complaint.ComplaintFixtures.definition;
import static org.putright.complaint.ComplaintFixtures.instant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.putright.code.CodeRule;
import org.putright.code.RecordRule;
import org.putright.code.RuleBroken;
import org.putright.complaint.ComplaintEvent.ComplaintAcknowledged;
import org.putright.complaint.ComplaintEvent.ComplaintClosed;
import org.putright.complaint.ComplaintEvent.ComplaintReceived;
import org.putright.complaint.ComplaintEvent.ComplaintResponded;
import org.putright.complaint.ComplaintEvent.EscalationRequested;
import org.putright.complaint.ComplaintEvent.RemedyCompleted;
import org.putright.complaint.ComplaintEvent.ResponseExtended;
import org.putright.system.problem.InvalidInput;

/**
 * A complaint from a landlord's previous system becomes the same record a complaint handled in
 * Putright has, dated as it happened. The record must be possible; how well the landlord kept to
 * the Code at the time is what the reports show, so it is never refused for that.
 */
class HistoricRecordingTest {

    private static final ComplaintReference REFERENCE = ComplaintReference.of(2023, 7);

    private static NewComplaint receipt() {
        return new NewComplaint(
                instant("2023-03-01T09:00:00Z"),
                Channel.EMAIL,
                RESIDENT,
                null,
                "  Damp in the bedroom, reported three times.  ",
                null,
                "REPAIRS",
                null,
                null);
    }

    private static Complaint imported(HistoricStep... steps) {
        return Complaint.fromHistory(
                REFERENCE, new HistoricComplaint("OLD-1", receipt(), List.of(steps)), "importer", NOW);
    }

    @Test
    void aWholeHistoryBecomesTheRecordOfEachStepDatedAsItHappened() {
        Complaint complaint = imported(
                new HistoricStep.Acknowledged(
                        instant("2023-03-02T10:00:00Z"), " ana ", definition("Damp", "Mould"), null),
                new HistoricStep.Extended(instant("2023-03-15T10:00:00Z"), 5, " Survey booked ", " ", "ana"),
                new HistoricStep.Responded(
                        instant("2023-03-20T10:00:00Z"),
                        "",
                        Decision.UPHELD,
                        "",
                        List.of(new HistoricStep.HistoricRemedy(
                                RemedyType.FINANCIAL,
                                " Payment ",
                                new BigDecimal("5000.00"),
                                LocalDate.of(2023, 4, 1)))),
                new HistoricStep.Escalated(instant("2023-03-25T10:00:00Z"), " "),
                // The previous system let the stage 1 handler take stage 2 (6.13): it is kept as it was.
                new HistoricStep.Acknowledged(
                        instant("2023-03-27T10:00:00Z"), "ana", definition("Compensation too low"), " "),
                new HistoricStep.Responded(
                        instant("2023-04-20T10:00:00Z"), "ana", Decision.NOT_UPHELD, "Offer was fair.", List.of()),
                new HistoricStep.RemedyCarriedOut(instant("2023-04-21T10:00:00Z"), 1, 0),
                new HistoricStep.Closed(instant("2023-04-22T10:00:00Z"), " Done "));

        assertThat(complaint.status()).isEqualTo(Status.CLOSED);
        assertThat(complaint.unsavedEvents()).hasSize(9);
        assertThat(complaint.record())
                .extracting(recorded -> recorded.event().getClass(), RecordedEvent::by, RecordedEvent::recordedAt)
                .containsExactly(
                        tuple(ComplaintReceived.class, "importer", NOW),
                        tuple(ComplaintAcknowledged.class, "ana", NOW),
                        tuple(ResponseExtended.class, "ana", NOW),
                        tuple(ComplaintResponded.class, "importer", NOW),
                        tuple(EscalationRequested.class, "importer", NOW),
                        tuple(ComplaintAcknowledged.class, "ana", NOW),
                        tuple(ComplaintResponded.class, "ana", NOW),
                        tuple(RemedyCompleted.class, "importer", NOW),
                        tuple(ComplaintClosed.class, "importer", NOW));
        assertThat(complaint.receipt().description()).isEqualTo("Damp in the bedroom, reported three times.");
        assertThat(complaint.handler(1)).isEqualTo("ana");
        assertThat(complaint.handler(2)).isEqualTo("ana");
        assertThat(complaint.discretionReason()).isNull();
        assertThat(complaint.extensions())
                .containsExactly(new Extension(1, instant("2023-03-15T10:00:00Z"), 5, "Survey booked", null));
        assertThat(complaint.escalationReason()).isNull();
        assertThat(complaint.closedAt()).isEqualTo(instant("2023-04-22T10:00:00Z"));

        Response first = complaint.responses().get(0);
        assertThat(first.respondedBy()).isEqualTo("importer");
        assertThat(first.decision()).isEqualTo(Decision.UPHELD);
        assertThat(first.findings())
                .containsExactly(
                        new Finding(1, true, "Found upheld, as recorded before Putright."),
                        new Finding(2, true, "Found upheld, as recorded before Putright."));
        assertThat(complaint.responses().get(1).findings()).containsExactly(new Finding(1, false, "Offer was fair."));
        // Agreed in the previous system: no approval is asked for now, whatever the amount (7.4).
        assertThat(complaint.remedies()).singleElement().satisfies(remedy -> {
            assertThat(remedy.stage()).isEqualTo(1);
            assertThat(remedy.description()).isEqualTo("Payment");
            assertThat(remedy.approvedBy()).isEqualTo("importer");
            assertThat(remedy.status()).isEqualTo(Remedy.Status.COMPLETED);
            assertThat(remedy.completedAt()).isEqualTo(instant("2023-04-21T10:00:00Z"));
        });
    }

    @Test
    void anExtensionTheCodeWouldRefuseNowIsKeptAsItHappened() {
        // Told to the resident months after the response was due, and beyond the 10-day cap
        // without a good reason (6.4): the reports must show it.
        Complaint complaint = imported(
                new HistoricStep.Acknowledged(instant("2023-03-02T10:00:00Z"), "ana", definition("Damp"), null),
                new HistoricStep.Extended(instant("2023-06-01T10:00:00Z"), 30, "Backlog", null, ""));

        assertThat(complaint.extensions()).singleElement().satisfies(extension -> assertThat(extension.workingDays())
                .isEqualTo(30));
        assertThat(complaint.record().getLast().by()).isEqualTo("importer");
    }

    @Test
    void refusesAStepOutOfTheLifecycleOrder() {
        assertThatThrownBy(() -> imported(new HistoricStep.Responded(
                        instant("2023-03-20T10:00:00Z"), "ana", Decision.UPHELD, "", List.of())))
                .isInstanceOfSatisfying(RuleBroken.class, broken -> assertThat(broken.rule())
                        .isEqualTo(RecordRule.NOT_ALLOWED_IN_STATUS));
    }

    @Test
    void refusesAStepDatedBeforeTheOneItFollows() {
        assertThatThrownBy(() -> imported(new HistoricStep.Acknowledged(
                        instant("2023-02-01T10:00:00Z"), "ana", definition("Damp"), null)))
                .isInstanceOfSatisfying(
                        RuleBroken.class, broken -> assertThat(broken.rule()).isEqualTo(RecordRule.TIME_ORDER));
    }

    @Test
    void refusesAnAcknowledgementWithoutHandlerOrDefinition() {
        assertThatThrownBy(() -> imported(
                        new HistoricStep.Acknowledged(instant("2023-03-02T10:00:00Z"), " ", definition("Damp"), null)))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> imported(
                        new HistoricStep.Acknowledged(instant("2023-03-02T10:00:00Z"), "ana", definition(), null)))
                .isInstanceOfSatisfying(RuleBroken.class, broken -> assertThat(broken.rule())
                        .isEqualTo(CodeRule.ACKNOWLEDGEMENT_WITHOUT_DEFINITION));
    }

    @Test
    void refusesARemedyCarriedOutThatWasNeverOffered() {
        assertThatThrownBy(() -> imported(
                        new HistoricStep.Acknowledged(instant("2023-03-02T10:00:00Z"), "ana", definition("Damp"), null),
                        new HistoricStep.Responded(
                                instant("2023-03-20T10:00:00Z"), "ana", Decision.UPHELD, "", List.of()),
                        new HistoricStep.RemedyCarriedOut(instant("2023-03-21T10:00:00Z"), 1, 0)))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("no remedy 1 at stage 1");
    }

    @Test
    void refusesAFinancialRemedyWithoutAnAmount() {
        assertThatThrownBy(() -> imported(
                        new HistoricStep.Acknowledged(instant("2023-03-02T10:00:00Z"), "ana", definition("Damp"), null),
                        new HistoricStep.Responded(
                                instant("2023-03-20T10:00:00Z"),
                                "ana",
                                Decision.UPHELD,
                                "",
                                List.of(new HistoricStep.HistoricRemedy(RemedyType.FINANCIAL, "Payment", null, null)))))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("a financial remedy needs an amount above zero");
    }
}
