package org.putright.servicerequest.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.servicerequest.ComplaintLink;
import org.putright.servicerequest.NewServiceRequest;
import org.putright.servicerequest.ProgressUpdate;
import org.putright.servicerequest.RequestChannel;
import org.putright.servicerequest.RequestReview;
import org.putright.servicerequest.ServiceRequest;
import org.putright.servicerequest.ServiceRequestPage;
import org.putright.servicerequest.ServiceRequestQuery;
import org.putright.servicerequest.ServiceRequestStatus;
import org.putright.servicerequest.ServiceRequestSummary;
import org.putright.servicerequest.ServiceRequests;
import org.putright.system.web.IfMatch;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Service requests (1.4): record them, follow their progress, review them regularly, and find those
 * nobody has reviewed for a while. Commands answer 200 with the request as it now stands and take
 * an optional {@code If-Match} version.
 */
@RestController
@RequestMapping("/api/v1/service-requests")
class ServiceRequestController {

    private static final String READ = "hasRole('HANDLER') or hasRole('GOVERNANCE')";
    private static final String WRITE = "hasRole('HANDLER')";

    /** How long an open request may go unreviewed before it is listed as overdue, unless the caller says. */
    static final int DEFAULT_REVIEW_INTERVAL_DAYS = 14;

    /** Text fields may hold anything people type except NUL, which PostgreSQL cannot store. */
    private static final String TEXT = "[^\\x00]*";

    private static final String TEXT_MESSAGE = "must not contain NUL characters";

    private final ServiceRequests requests;

    ServiceRequestController(ServiceRequests requests) {
        this.requests = requests;
    }

    @PostMapping
    @PreAuthorize(WRITE)
    ResponseEntity<ServiceRequestView> receive(@Valid @RequestBody NewRequestBody body, Principal principal) {
        ServiceRequest received = requests.receive(
                new NewServiceRequest(
                        body.residentId(),
                        body.category(),
                        body.description(),
                        body.receivedAt(),
                        body.channel(),
                        body.targetOn()),
                principal.getName());
        return ResponseEntity.created(URI.create("/api/v1/service-requests/" + received.id()))
                .eTag(String.valueOf(received.version()))
                .body(ServiceRequestView.of(received));
    }

    /**
     * Lists requests, oldest first. {@code overdueReview=true} lists the open requests not reviewed
     * for {@code reviewIntervalDays} days (14 unless given), counting from receipt when never
     * reviewed (1.4).
     */
    @GetMapping
    @PreAuthorize(READ)
    PageView list(
            @RequestParam(required = false) @Nullable ServiceRequestStatus status,
            @RequestParam(required = false) @Nullable UUID residentId,
            @RequestParam(defaultValue = "false") boolean overdueReview,
            @RequestParam(defaultValue = "" + DEFAULT_REVIEW_INTERVAL_DAYS)
                    @Min(0)
                    @Max(ServiceRequests.MAX_REVIEW_INTERVAL_DAYS)
                    int reviewIntervalDays,
            @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(ServiceRequests.MAX_PAGE_SIZE) int size) {
        return PageView.of(requests.search(
                new ServiceRequestQuery(status, residentId, overdueReview ? reviewIntervalDays : null, page, size)));
    }

    @GetMapping("/{id}")
    @PreAuthorize(READ)
    ResponseEntity<ServiceRequestView> get(@PathVariable UUID id) {
        return respond(requests.get(id));
    }

    @PostMapping("/{id}/updates")
    @PreAuthorize(WRITE)
    ResponseEntity<ServiceRequestView> update(
            @PathVariable UUID id,
            @Valid @RequestBody UpdateBody body,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            Principal principal) {
        return respond(requests.recordUpdate(
                id, body.at(), body.note(), body.status(), IfMatch.version(ifMatch), principal.getName()));
    }

    @PostMapping("/{id}/reviews")
    @PreAuthorize(WRITE)
    ResponseEntity<ServiceRequestView> review(
            @PathVariable UUID id,
            @Valid @RequestBody ReviewBody body,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            Principal principal) {
        return respond(
                requests.review(id, body.reviewedAt(), body.note(), IfMatch.version(ifMatch), principal.getName()));
    }

    @PostMapping("/{id}/completion")
    @PreAuthorize(WRITE)
    ResponseEntity<ServiceRequestView> complete(
            @PathVariable UUID id,
            @Valid @RequestBody CompletionBody body,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            Principal principal) {
        return respond(
                requests.complete(id, body.completedAt(), body.note(), IfMatch.version(ifMatch), principal.getName()));
    }

    @PostMapping("/{id}/cancellation")
    @PreAuthorize(WRITE)
    ResponseEntity<ServiceRequestView> cancel(
            @PathVariable UUID id,
            @Valid @RequestBody CancellationBody body,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            Principal principal) {
        return respond(
                requests.cancel(id, body.cancelledAt(), body.reason(), IfMatch.version(ifMatch), principal.getName()));
    }

    private static ResponseEntity<ServiceRequestView> respond(ServiceRequest request) {
        return ResponseEntity.ok().eTag(String.valueOf(request.version())).body(ServiceRequestView.of(request));
    }

    record NewRequestBody(
            @NotNull UUID residentId,

            @NotBlank @Size(max = ServiceRequest.MAX_CATEGORY) @Pattern(regexp = TEXT, message = TEXT_MESSAGE)
            String category,

            @NotBlank @Size(max = ServiceRequest.MAX_TEXT) @Pattern(regexp = TEXT, message = TEXT_MESSAGE)
            String description,

            @Nullable Instant receivedAt,
            @NotNull RequestChannel channel,
            @Nullable LocalDate targetOn) {}

    /** A note of progress; {@code status} may be IN_PROGRESS to start work on an open request. */
    record UpdateBody(
            @Nullable Instant at,

            @NotBlank @Size(max = ServiceRequest.MAX_TEXT) @Pattern(regexp = TEXT, message = TEXT_MESSAGE)
            String note,

            @Nullable ServiceRequestStatus status) {}

    record ReviewBody(
            @Nullable Instant reviewedAt,

            @NotBlank @Size(max = ServiceRequest.MAX_TEXT) @Pattern(regexp = TEXT, message = TEXT_MESSAGE)
            String note) {}

    record CompletionBody(
            @Nullable Instant completedAt,

            @Nullable @Size(max = ServiceRequest.MAX_TEXT) @Pattern(regexp = TEXT, message = TEXT_MESSAGE)
            String note) {}

    record CancellationBody(
            @Nullable Instant cancelledAt,

            @NotBlank @Size(max = ServiceRequest.MAX_TEXT) @Pattern(regexp = TEXT, message = TEXT_MESSAGE)
            String reason) {}

    record ServiceRequestView(
            UUID id,
            String reference,
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
            @Nullable Instant lastReviewedAt,
            List<ProgressUpdate> updates,
            List<RequestReview> reviews,
            List<ComplaintLink> complaints,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy,
            long version) {

        static ServiceRequestView of(ServiceRequest r) {
            return new ServiceRequestView(
                    r.id(),
                    r.reference().value(),
                    r.residentId(),
                    r.category(),
                    r.description(),
                    r.receivedAt(),
                    r.channel(),
                    r.status(),
                    r.targetOn(),
                    r.completedAt(),
                    r.completionNote(),
                    r.cancelledAt(),
                    r.cancellationReason(),
                    r.lastReviewedAt(),
                    r.updates(),
                    r.reviews(),
                    r.complaints(),
                    r.createdAt(),
                    r.createdBy(),
                    r.updatedAt(),
                    r.updatedBy(),
                    r.version());
        }
    }

    record SummaryView(
            UUID id,
            String reference,
            UUID residentId,
            String category,
            ServiceRequestStatus status,
            Instant receivedAt,
            @Nullable LocalDate targetOn,
            @Nullable Instant lastReviewedAt,
            long version) {

        static SummaryView of(ServiceRequestSummary s) {
            return new SummaryView(
                    s.id(),
                    s.reference().value(),
                    s.residentId(),
                    s.category(),
                    s.status(),
                    s.receivedAt(),
                    s.targetOn(),
                    s.lastReviewedAt(),
                    s.version());
        }
    }

    record PageView(List<SummaryView> items, int page, int size, long total) {

        static PageView of(ServiceRequestPage page) {
            return new PageView(
                    page.items().stream().map(SummaryView::of).toList(), page.page(), page.size(), page.total());
        }
    }
}
