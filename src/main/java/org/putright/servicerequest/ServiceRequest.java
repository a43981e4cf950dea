package org.putright.servicerequest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.putright.code.RecordRule;
import org.putright.code.RuleBroken;
import org.putright.system.problem.InvalidInput;

/**
 * A resident's request for the landlord to put something right: a repair, an anti-social behaviour
 * report, a rent query (1.4).
 *
 * <p>A request is received {@link ServiceRequestStatus#OPEN}, may be started ({@code
 * IN_PROGRESS}) by a progress update, and ends {@code COMPLETED} or {@code CANCELLED}. Along the way
 * staff add progress updates and reviews, which are only ever appended, so the request is recorded,
 * monitored and reviewed. If the resident is dissatisfied, a complaint is linked to the request,
 * and nothing else changes: the landlord does not stop its efforts on the request because the
 * resident complained (1.5).
 *
 * <p>Each verb checks its rule and returns the request as it would then stand; nothing here reads
 * the clock, so "now" is passed in.
 */
public record ServiceRequest(
        UUID id,
        ServiceRequestReference reference,
        UUID residentId,
        String category,
        String description,
        Instant receivedAt,
        RequestChannel channel,
        ServiceRequestStatus status,
        @Nullable LocalDate targetOn,
        @Nullable Instant completedAt,
        @Nullable String completionNote,
        @Nullable Instant cancelledAt,
        @Nullable String cancellationReason,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        long version,
        List<ProgressUpdate> updates,
        List<RequestReview> reviews,
        List<ComplaintLink> complaints) {

    public static final int MAX_CATEGORY = 50;
    public static final int MAX_TEXT = 4000;
    public static final int MAX_COMPLAINT_REFERENCE = 40;

    public ServiceRequest {
        updates = List.copyOf(updates);
        reviews = List.copyOf(reviews);
        complaints = List.copyOf(complaints);
    }

    /** Records a request as received from the resident. */
    public static ServiceRequest receive(
            UUID id, ServiceRequestReference reference, NewServiceRequest request, Instant now, String by) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        String category = RecordedTime.tidy(request.category());
        String description = RecordedTime.tidy(request.description());
        text(errors, "category", category, MAX_CATEGORY);
        text(errors, "description", description, MAX_TEXT);
        if (!errors.isEmpty() || category == null || description == null) {
            throw new InvalidInput(errors);
        }
        Instant receivedAt = RecordedTime.happened(request.receivedAt(), now, "receivedAt");
        LocalDate targetOn = RecordedTime.plausible(request.targetOn(), "targetOn");
        if (targetOn != null && targetOn.isBefore(RecordedTime.dayOf(receivedAt))) {
            throw new RuleBroken(
                    RecordRule.TIME_ORDER,
                    "The target date, " + targetOn + ", is before the request was received, on "
                            + RecordedTime.dayOf(receivedAt) + ".");
        }
        return new ServiceRequest(
                id,
                reference,
                request.residentId(),
                category,
                description,
                receivedAt,
                request.channel(),
                ServiceRequestStatus.OPEN,
                targetOn,
                null,
                null,
                null,
                null,
                now,
                by,
                now,
                by,
                0,
                List.of(),
                List.of(),
                List.of());
    }

    /**
     * Adds a note of progress, optionally starting work on the request. Notes may be added to a
     * closed request too (the resident rang to say the repair held), but its status stays.
     */
    public ServiceRequest recordUpdate(
            UUID updateId,
            @Nullable Instant at,
            String note,
            @Nullable ServiceRequestStatus moveTo,
            Instant now,
            String by) {
        String text = requiredText("note", note, MAX_TEXT);
        Instant when = RecordedTime.happenedAfter(at, now, "at", receivedAt, "the request was received");
        ServiceRequestStatus next = status;
        if (moveTo != null && moveTo != status) {
            if (moveTo == ServiceRequestStatus.COMPLETED || moveTo == ServiceRequestStatus.CANCELLED) {
                throw new InvalidInput(
                        "status", "record a completion or cancellation with its own command, not an update");
            }
            requireTransition(moveTo);
            next = moveTo;
        }
        ProgressUpdate update = new ProgressUpdate(updateId, when, by, text, next == status ? null : next, now);
        return with(next, now, by, plus(updates, update), reviews, complaints);
    }

    /** Records a review of where the request stands (1.4: reviewed regularly). */
    public ServiceRequest review(UUID reviewId, @Nullable Instant at, String note, Instant now, String by) {
        String text = requiredText("note", note, MAX_TEXT);
        Instant when = RecordedTime.happenedAfter(at, now, "reviewedAt", receivedAt, "the request was received");
        return with(
                status, now, by, updates, plus(reviews, new RequestReview(reviewId, when, by, text, now)), complaints);
    }

    public ServiceRequest complete(@Nullable Instant at, @Nullable String note, Instant now, String by) {
        requireTransition(ServiceRequestStatus.COMPLETED);
        String text = optionalText("note", note, MAX_TEXT);
        Instant when = RecordedTime.happenedAfter(at, now, "completedAt", receivedAt, "the request was received");
        return new ServiceRequest(
                id,
                reference,
                residentId,
                category,
                description,
                receivedAt,
                channel,
                ServiceRequestStatus.COMPLETED,
                targetOn,
                when,
                text,
                null,
                null,
                createdAt,
                createdBy,
                now,
                by,
                version,
                updates,
                reviews,
                complaints);
    }

    public ServiceRequest cancel(@Nullable Instant at, String reason, Instant now, String by) {
        requireTransition(ServiceRequestStatus.CANCELLED);
        String text = requiredText("reason", reason, MAX_TEXT);
        Instant when = RecordedTime.happenedAfter(at, now, "cancelledAt", receivedAt, "the request was received");
        return new ServiceRequest(
                id,
                reference,
                residentId,
                category,
                description,
                receivedAt,
                channel,
                ServiceRequestStatus.CANCELLED,
                targetOn,
                null,
                null,
                when,
                text,
                createdAt,
                createdBy,
                now,
                by,
                version,
                updates,
                reviews,
                complaints);
    }

    /**
     * Links a complaint raised about this request. The request's status, and everything else about
     * it, stays as it was: the landlord carries on with the request (1.5). Linking the same
     * complaint again changes nothing.
     */
    public ServiceRequest linkComplaint(String complaintReference, Instant at, @Nullable String by, Instant now) {
        String complaint = requiredText("complaintReference", complaintReference, MAX_COMPLAINT_REFERENCE);
        if (isLinkedTo(complaint)) {
            return this;
        }
        Instant when = RecordedTime.happenedAfter(at, now, "linkedAt", receivedAt, "the request was received");
        String actor = by == null ? updatedBy : by;
        return with(
                status, now, actor, updates, reviews, plus(complaints, new ComplaintLink(complaint, when, by, now)));
    }

    public boolean isLinkedTo(String complaintReference) {
        return complaints.stream().anyMatch(link -> link.complaintReference().equals(complaintReference));
    }

    /** When the request was last reviewed, or null if it never has been. */
    public @Nullable Instant lastReviewedAt() {
        return reviews.stream()
                .map(RequestReview::at)
                .max(Comparator.naturalOrder())
                .orElse(null);
    }

    /**
     * Whether an open request has gone {@code interval} without a review, counting from its receipt
     * when it has never been reviewed.
     */
    public boolean reviewOverdue(Instant now, Duration interval) {
        Instant last = lastReviewedAt();
        Instant since = last == null ? receivedAt : last;
        return status.isOpen() && since.plus(interval).isBefore(now);
    }

    private void requireTransition(ServiceRequestStatus to) {
        if (!status.canBecome(to)) {
            throw new TransitionRefused(reference, status, to);
        }
    }

    private ServiceRequest with(
            ServiceRequestStatus newStatus,
            Instant now,
            String by,
            List<ProgressUpdate> newUpdates,
            List<RequestReview> newReviews,
            List<ComplaintLink> newComplaints) {
        return new ServiceRequest(
                id,
                reference,
                residentId,
                category,
                description,
                receivedAt,
                channel,
                newStatus,
                targetOn,
                completedAt,
                completionNote,
                cancelledAt,
                cancellationReason,
                createdAt,
                createdBy,
                now,
                by,
                version,
                newUpdates,
                newReviews,
                newComplaints);
    }

    private static <T> List<T> plus(List<T> list, T item) {
        return Stream.concat(list.stream(), Stream.of(item)).toList();
    }

    private static String requiredText(String field, @Nullable String value, int max) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        String text = RecordedTime.tidy(value);
        text(errors, field, text, max);
        if (!errors.isEmpty() || text == null) {
            throw new InvalidInput(errors);
        }
        return text;
    }

    private static @Nullable String optionalText(String field, @Nullable String value, int max) {
        String text = RecordedTime.tidy(value);
        return text == null ? null : requiredText(field, text, max);
    }

    private static void text(List<InvalidInput.FieldError> errors, String field, @Nullable String value, int max) {
        if (value == null) {
            errors.add(new InvalidInput.FieldError(field, "must not be blank"));
        } else if (value.length() > max) {
            errors.add(new InvalidInput.FieldError(field, "size must be between 0 and " + max));
        } else if (value.indexOf('\0') >= 0) {
            errors.add(new InvalidInput.FieldError(field, "must not contain NUL characters"));
        }
    }
}
