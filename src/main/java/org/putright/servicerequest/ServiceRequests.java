package org.putright.servicerequest;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.resident.Residents;
import org.putright.system.problem.InvalidInput;
import org.putright.system.problem.NotFound;
import org.putright.system.problem.StaleVersion;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records service requests and what happens to them, lists them for monitoring, and links the
 * complaints raised about them without changing them (1.4, 1.5).
 */
@Service
public class ServiceRequests {

    public static final int MAX_PAGE_SIZE = 100;
    public static final int MAX_REVIEW_INTERVAL_DAYS = 3660;

    private final ServiceRequestRepository repository;
    private final Residents residents;
    private final Clock clock;

    ServiceRequests(ServiceRequestRepository repository, Residents residents, Clock clock) {
        this.repository = repository;
        this.residents = residents;
        this.clock = clock;
    }

    /** @throws NotFound when there is no such request */
    public ServiceRequest get(UUID id) {
        return repository.find(id).orElseThrow(() -> new NotFound("Service request", id.toString()));
    }

    public Optional<ServiceRequest> find(UUID id) {
        return repository.find(id);
    }

    @Transactional
    public ServiceRequest receive(NewServiceRequest request, String by) {
        if (!residents.exists(request.residentId())) {
            throw new InvalidInput("residentId", "no resident has the id " + request.residentId());
        }
        Instant now = clock.instant();
        // The counter moves in this transaction, so a request refused below uses up no number.
        ServiceRequestReference reference =
                repository.nextReference(RecordedTime.dayOf(now).getYear());
        ServiceRequest received = ServiceRequest.receive(UUID.randomUUID(), reference, request, now, by);
        repository.insert(received);
        return get(received.id());
    }

    public ServiceRequestPage search(ServiceRequestQuery query) {
        if (query.page() < 0) {
            throw new InvalidInput("page", "must be 0 or more");
        }
        if (query.size() < 1 || query.size() > MAX_PAGE_SIZE) {
            throw new InvalidInput("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        Integer days = query.notReviewedForDays();
        if (days != null && (days < 0 || days > MAX_REVIEW_INTERVAL_DAYS)) {
            throw new InvalidInput("reviewIntervalDays", "must be between 0 and " + MAX_REVIEW_INTERVAL_DAYS);
        }
        return repository.search(query, clock.instant());
    }

    @Transactional
    public ServiceRequest recordUpdate(
            UUID id,
            @Nullable Instant at,
            String note,
            @Nullable ServiceRequestStatus moveTo,
            @Nullable Long expectedVersion,
            String by) {
        ServiceRequest current = current(id, expectedVersion);
        return save(current, current.recordUpdate(UUID.randomUUID(), at, note, moveTo, clock.instant(), by));
    }

    @Transactional
    public ServiceRequest review(
            UUID id, @Nullable Instant at, String note, @Nullable Long expectedVersion, String by) {
        ServiceRequest current = current(id, expectedVersion);
        return save(current, current.review(UUID.randomUUID(), at, note, clock.instant(), by));
    }

    @Transactional
    public ServiceRequest complete(
            UUID id, @Nullable Instant at, @Nullable String note, @Nullable Long expectedVersion, String by) {
        ServiceRequest current = current(id, expectedVersion);
        return save(current, current.complete(at, note, clock.instant(), by));
    }

    @Transactional
    public ServiceRequest cancel(
            UUID id, @Nullable Instant at, String reason, @Nullable Long expectedVersion, String by) {
        ServiceRequest current = current(id, expectedVersion);
        return save(current, current.cancel(at, reason, clock.instant(), by));
    }

    /**
     * Records that a complaint was raised about the request at {@code at}. The request stays open,
     * or wherever it was: the landlord carries on with it (1.5). Linking the same complaint twice
     * records it once.
     *
     * @throws NotFound when there is no such request
     */
    @Transactional
    public ServiceRequest linkComplaint(UUID serviceRequestId, String complaintReference, Instant at) {
        return linkComplaint(serviceRequestId, complaintReference, at, null);
    }

    /** As {@link #linkComplaint(UUID, String, Instant)}, saying who linked it. */
    @Transactional
    public ServiceRequest linkComplaint(
            UUID serviceRequestId, String complaintReference, Instant at, @Nullable String by) {
        ServiceRequest current = get(serviceRequestId);
        ServiceRequest linked = current.linkComplaint(complaintReference, at, by, clock.instant());
        return linked == current ? current : save(current, linked);
    }

    private ServiceRequest current(UUID id, @Nullable Long expectedVersion) {
        ServiceRequest current = get(id);
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw new StaleVersion(expectedVersion, current.version());
        }
        return current;
    }

    private ServiceRequest save(ServiceRequest current, ServiceRequest changed) {
        if (!repository.save(changed, current.version())) {
            throw new StaleVersion(current.version(), get(current.id()).version());
        }
        added(current.updates(), changed.updates()).forEach(update -> repository.append(changed.id(), update));
        added(current.reviews(), changed.reviews()).forEach(review -> repository.append(changed.id(), review));
        added(current.complaints(), changed.complaints()).forEach(link -> repository.append(changed.id(), link));
        return get(current.id());
    }

    /** What the domain appended: its verbs only ever add to the end of these lists. */
    private static <T> List<T> added(List<T> before, List<T> after) {
        return after.subList(before.size(), after.size());
    }
}
