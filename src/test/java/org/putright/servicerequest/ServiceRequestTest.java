package org.putright.servicerequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.putright.code.RecordRule;
import org.putright.code.RuleBroken;
import org.putright.system.problem.InvalidInput;
import org.putright.system.problem.ProblemKind;

class ServiceRequestTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-02T09:15:00Z");
    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

    @Test
    void aRequestIsReceivedOpenWithItsReference() {
        ServiceRequest request = received();

        assertThat(request.status()).isEqualTo(ServiceRequestStatus.OPEN);
        assertThat(request.reference().value()).isEqualTo("SR-2026-000007");
        assertThat(request.receivedAt()).isEqualTo(RECEIVED);
        assertThat(request.createdBy()).isEqualTo("hana");
    }

    @Test
    void linkingAComplaintLeavesTheRequestOpen() {
        ServiceRequest request = received();

        ServiceRequest linked = request.linkComplaint("CMP-2026-000042", NOW, "hana", NOW);

        assertThat(linked.status()).isEqualTo(ServiceRequestStatus.OPEN);
        assertThat(linked.completedAt()).isNull();
        assertThat(linked.cancelledAt()).isNull();
        assertThat(linked.complaints()).singleElement().satisfies(link -> assertThat(link.complaintReference())
                .isEqualTo("CMP-2026-000042"));
        assertThat(linked.complete(null, "Boiler replaced", NOW, "tom").status())
                .as("work carries on to completion after the complaint")
                .isEqualTo(ServiceRequestStatus.COMPLETED);
    }

    @Test
    void linkingAComplaintLeavesARequestInProgressInProgress() {
        ServiceRequest started = received()
                .recordUpdate(UUID.randomUUID(), null, "Engineer booked", ServiceRequestStatus.IN_PROGRESS, NOW, "tom");

        assertThat(started.linkComplaint("CMP-1", NOW, null, NOW).status()).isEqualTo(ServiceRequestStatus.IN_PROGRESS);
    }

    @Test
    void linkingTheSameComplaintTwiceRecordsItOnce() {
        ServiceRequest linked = received().linkComplaint("CMP-1", NOW, "hana", NOW);

        assertThat(linked.linkComplaint("CMP-1", NOW, "hana", NOW)).isSameAs(linked);
    }

    @Test
    void aComplaintCannotBeLinkedBeforeTheRequestWasReceived() {
        assertThatThrownBy(() -> received().linkComplaint("CMP-1", RECEIVED.minusSeconds(60), "hana", NOW))
                .isInstanceOfSatisfying(
                        RuleBroken.class, broken -> assertThat(broken.rule()).isEqualTo(RecordRule.TIME_ORDER));
    }

    @Test
    void aCancelledRequestCannotBeCompleted() {
        ServiceRequest cancelled = received().cancel(null, "Duplicate of SR-2026-000006", NOW, "tom");

        assertThatThrownBy(() -> cancelled.complete(null, null, NOW, "tom"))
                .isInstanceOfSatisfying(TransitionRefused.class, refused -> {
                    assertThat(refused.kind()).isEqualTo(ProblemKind.RULE_BROKEN);
                    assertThat(refused.type()).isEqualTo("service-request-transition-not-allowed");
                    assertThat(refused.properties())
                            .containsEntry("currentStatus", "CANCELLED")
                            .containsEntry("requestedStatus", "COMPLETED");
                });
    }

    @Test
    void aCompletedRequestCannotBeCancelledOrCompletedAgain() {
        ServiceRequest completed = received().complete(null, "Fixed", NOW, "tom");

        assertThat(completed.completedAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> completed.cancel(null, "oops", NOW, "tom")).isInstanceOf(TransitionRefused.class);
        assertThatThrownBy(() -> completed.complete(null, null, NOW, "tom")).isInstanceOf(TransitionRefused.class);
    }

    @Test
    void anUpdateCanStartWorkButNotReopenNorClose() {
        ServiceRequest started = received()
                .recordUpdate(UUID.randomUUID(), null, "Engineer booked", ServiceRequestStatus.IN_PROGRESS, NOW, "tom");

        assertThat(started.status()).isEqualTo(ServiceRequestStatus.IN_PROGRESS);
        assertThat(started.updates()).singleElement().satisfies(update -> {
            assertThat(update.status()).isEqualTo(ServiceRequestStatus.IN_PROGRESS);
            assertThat(update.by()).isEqualTo("tom");
        });
        assertThatThrownBy(() ->
                        started.recordUpdate(UUID.randomUUID(), null, "back", ServiceRequestStatus.OPEN, NOW, "tom"))
                .isInstanceOf(TransitionRefused.class);
        assertThatThrownBy(() -> started.recordUpdate(
                        UUID.randomUUID(), null, "done", ServiceRequestStatus.COMPLETED, NOW, "tom"))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void aNoteMayFollowCompletionWithoutReopeningTheRequest() {
        ServiceRequest completed = received().complete(null, "Fixed", NOW, "tom");

        ServiceRequest noted =
                completed.recordUpdate(UUID.randomUUID(), null, "Resident confirms the repair held", null, NOW, "tom");

        assertThat(noted.status()).isEqualTo(ServiceRequestStatus.COMPLETED);
        assertThat(noted.updates()).hasSize(1);
    }

    @Test
    void nothingIsDatedBeforeReceiptOrInTheFuture() {
        ServiceRequest request = received();

        assertThatThrownBy(() -> request.complete(RECEIVED.minusSeconds(1), null, NOW, "tom"))
                .isInstanceOfSatisfying(
                        RuleBroken.class, broken -> assertThat(broken.rule()).isEqualTo(RecordRule.TIME_ORDER));
        assertThatThrownBy(() -> request.review(UUID.randomUUID(), NOW.plusSeconds(120), "checked", NOW, "tom"))
                .isInstanceOfSatisfying(
                        RuleBroken.class, broken -> assertThat(broken.rule()).isEqualTo(RecordRule.DATED_IN_FUTURE));
        assertThatThrownBy(() -> ServiceRequest.receive(
                        UUID.randomUUID(),
                        ServiceRequestReference.of(2026, 8),
                        new NewServiceRequest(
                                UUID.randomUUID(),
                                "REPAIRS",
                                "Leak",
                                NOW.plusSeconds(3600),
                                RequestChannel.PHONE,
                                null),
                        NOW,
                        "hana"))
                .isInstanceOfSatisfying(
                        RuleBroken.class, broken -> assertThat(broken.rule()).isEqualTo(RecordRule.DATED_IN_FUTURE));
    }

    @Test
    void aTargetDateCannotPrecedeReceipt() {
        assertThatThrownBy(() -> ServiceRequest.receive(
                        UUID.randomUUID(),
                        ServiceRequestReference.of(2026, 8),
                        new NewServiceRequest(
                                UUID.randomUUID(),
                                "REPAIRS",
                                "Leak",
                                RECEIVED,
                                RequestChannel.PHONE,
                                LocalDate.of(2026, 3, 1)),
                        NOW,
                        "hana"))
                .isInstanceOfSatisfying(
                        RuleBroken.class, broken -> assertThat(broken.rule()).isEqualTo(RecordRule.TIME_ORDER));
    }

    @Test
    void aRequestNeedsACategoryAndADescription() {
        assertThatThrownBy(() -> ServiceRequest.receive(
                        UUID.randomUUID(),
                        ServiceRequestReference.of(2026, 8),
                        new NewServiceRequest(UUID.randomUUID(), " ", "", null, RequestChannel.PHONE, null),
                        NOW,
                        "hana"))
                .isInstanceOfSatisfying(InvalidInput.class, problem -> assertThat(problem.errors())
                        .extracting(InvalidInput.FieldError::field)
                        .containsExactly("category", "description"));
    }

    @Test
    void aReviewIsOverdueWhenNoneHasBeenHeldForTheInterval() {
        ServiceRequest request = received();
        Duration fortnight = Duration.ofDays(14);

        assertThat(request.reviewOverdue(RECEIVED.plus(Duration.ofDays(13)), fortnight))
                .isFalse();
        assertThat(request.reviewOverdue(RECEIVED.plus(Duration.ofDays(15)), fortnight))
                .isTrue();

        Instant reviewedAt = RECEIVED.plus(Duration.ofDays(10));
        ServiceRequest reviewed = request.review(UUID.randomUUID(), reviewedAt, "Chased contractor", reviewedAt, "tom");

        assertThat(reviewed.lastReviewedAt()).isEqualTo(reviewedAt);
        assertThat(reviewed.reviewOverdue(RECEIVED.plus(Duration.ofDays(15)), fortnight))
                .isFalse();
        assertThat(reviewed.reviewOverdue(RECEIVED.plus(Duration.ofDays(25)), fortnight))
                .isTrue();
        assertThat(reviewed.complete(null, null, RECEIVED.plus(Duration.ofDays(11)), "tom")
                        .reviewOverdue(RECEIVED.plus(Duration.ofDays(100)), fortnight))
                .as("a closed request needs no more reviews")
                .isFalse();
    }

    private static ServiceRequest received() {
        return ServiceRequest.receive(
                UUID.randomUUID(),
                ServiceRequestReference.of(2026, 7),
                new NewServiceRequest(
                        UUID.randomUUID(), "REPAIRS", "Boiler not working", RECEIVED, RequestChannel.PHONE, null),
                NOW,
                "hana");
    }
}
