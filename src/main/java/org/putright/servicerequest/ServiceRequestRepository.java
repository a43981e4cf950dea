package org.putright.servicerequest;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Where service requests are kept. Updates, reviews and complaint links are only ever added. */
public interface ServiceRequestRepository {

    /**
     * The next reference of {@code year}. The counter moves within the caller's transaction, so
     * concurrent requests take turns and a rolled-back request uses up no number.
     */
    ServiceRequestReference nextReference(int year);

    void insert(ServiceRequest request);

    /**
     * Saves the request's status and what goes with it, raising its version; false when {@code
     * expectedVersion} is no longer current.
     */
    boolean save(ServiceRequest request, long expectedVersion);

    void append(UUID requestId, ProgressUpdate update);

    void append(UUID requestId, RequestReview review);

    void append(UUID requestId, ComplaintLink link);

    Optional<ServiceRequest> find(UUID id);

    /** Requests matching the query, oldest first. */
    ServiceRequestPage search(ServiceRequestQuery query, Instant now);
}
