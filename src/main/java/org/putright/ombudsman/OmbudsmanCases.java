package org.putright.ombudsman;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.putright.calendar.WorkingCalendar;
import org.putright.complaint.Complaint;
import org.putright.complaint.ComplaintReference;
import org.putright.complaint.Complaints;
import org.putright.system.problem.Conflict;
import org.putright.system.problem.InvalidInput;
import org.putright.system.problem.NotFound;
import org.putright.system.problem.StaleVersion;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records complaints referred to the Ombudsman and what the Ombudsman asked, found and ordered; and
 * answers, for a period, the figures the annual report and the governing body's updates need (8.1c,
 * 8.1e, 9.7c).
 */
@Service
public class OmbudsmanCases {

    public static final int MAX_PAGE_SIZE = 100;

    private final OmbudsmanCaseRepository repository;
    private final Complaints complaints;
    private final Clock clock;

    OmbudsmanCases(OmbudsmanCaseRepository repository, Complaints complaints, Clock clock) {
        this.repository = repository;
        this.complaints = complaints;
        this.clock = clock;
    }

    /** Opens the case of an existing complaint; see {@link OmbudsmanCase#refer} for when a note is needed. */
    @Transactional
    public OmbudsmanCase refer(
            String complaintReference,
            String hosReference,
            LocalDate referredOn,
            @Nullable String referralNote,
            String by) {
        if (!ComplaintReference.isValid(complaintReference)) {
            throw new InvalidInput("complaintReference", "a complaint reference looks like CMP-2024-000123");
        }
        Complaint complaint;
        try {
            complaint = complaints.get(new ComplaintReference(complaintReference));
        } catch (NotFound unknown) {
            throw new InvalidInput("complaintReference", "no complaint has the reference " + complaintReference);
        }
        Instant now = clock.instant();
        OmbudsmanCase referred = OmbudsmanCase.refer(
                UUID.randomUUID(),
                complaintReference,
                complaint.status(),
                hosReference,
                referredOn,
                referralNote,
                WorkingCalendar.dayOf(now),
                now,
                by);
        if (repository.hosReferenceTaken(referred.hosReference())) {
            throw new Conflict(
                    "hos-reference-taken",
                    "Ombudsman reference already recorded",
                    "Another case already has the Ombudsman reference " + referred.hosReference() + ".");
        }
        repository.insert(referred);
        return get(referred.id());
    }

    /** @throws NotFound when there is no such case */
    public OmbudsmanCase get(UUID id) {
        return repository.find(id).orElseThrow(() -> new NotFound("Ombudsman case", id.toString()));
    }

    public OmbudsmanCasePage search(OmbudsmanCaseQuery query) {
        if (query.page() < 0) {
            throw new InvalidInput("page", "must be 0 or more");
        }
        if (query.size() < 1 || query.size() > MAX_PAGE_SIZE) {
            throw new InvalidInput("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        LocalDate today = today();
        Predicate<OmbudsmanCase> matches = c ->
                (query.complaintReference() == null || c.complaintReference().equals(query.complaintReference()))
                        && (query.determined() == null || c.isDetermined() == query.determined())
                        && (query.finding() == null || c.found(query.finding()))
                        && (!query.overdueOnly() || c.hasOverdueOrders(today));
        List<OmbudsmanCase> matching = repository.all().stream().filter(matches).toList();
        long from = Math.min((long) query.page() * query.size(), matching.size());
        long to = Math.min(from + query.size(), matching.size());
        return new OmbudsmanCasePage(
                matching.subList((int) from, (int) to), query.page(), query.size(), matching.size());
    }

    /** Every case of the complaint, most recently referred first. */
    public List<OmbudsmanCase> ofComplaint(String complaintReference) {
        return repository.all().stream()
                .filter(c -> c.complaintReference().equals(complaintReference))
                .toList();
    }

    /**
     * The figures of the period from {@code from} to {@code to} inclusive, as they stand today: for
     * the annual report and the reports to the governing body (8.1c, 8.1e, 9.7c).
     */
    public OmbudsmanFigures figures(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidInput("to", "must not be before from");
        }
        return OmbudsmanFigures.of(repository.all(), from, to, today());
    }

    @Transactional
    public OmbudsmanCase requestEvidence(
            UUID id,
            String description,
            LocalDate requestedOn,
            LocalDate dueOn,
            @Nullable Long expectedVersion,
            String by) {
        return act(
                id,
                expectedVersion,
                c -> c.requestEvidence(
                        UUID.randomUUID(), description, requestedOn, dueOn, today(), clock.instant(), by));
    }

    @Transactional
    public OmbudsmanCase recordEvidenceSent(
            UUID id, UUID requestId, LocalDate sentOn, @Nullable Long expectedVersion, String by) {
        return act(id, expectedVersion, c -> c.recordEvidenceSent(requestId, sentOn, today(), clock.instant(), by));
    }

    @Transactional
    public OmbudsmanCase determine(
            UUID id,
            LocalDate determinedOn,
            List<ElementFinding> findings,
            List<OmbudsmanCase.OrderMade> orders,
            @Nullable Long expectedVersion,
            String by) {
        return act(id, expectedVersion, c -> c.determine(determinedOn, findings, orders, today(), clock.instant(), by));
    }

    @Transactional
    public OmbudsmanCase issueComplaintHandlingFailureOrder(
            UUID id,
            String description,
            LocalDate issuedOn,
            LocalDate dueOn,
            @Nullable Long expectedVersion,
            String by) {
        return act(
                id,
                expectedVersion,
                c -> c.issueComplaintHandlingFailureOrder(
                        UUID.randomUUID(), description, issuedOn, dueOn, today(), clock.instant(), by));
    }

    @Transactional
    public OmbudsmanCase recordCompliance(
            UUID id,
            UUID orderId,
            LocalDate compliedOn,
            String evidence,
            @Nullable UUID documentId,
            @Nullable Long expectedVersion,
            String by) {
        return act(
                id,
                expectedVersion,
                c -> c.recordCompliance(orderId, compliedOn, evidence, documentId, today(), clock.instant(), by));
    }

    public LocalDate today() {
        return WorkingCalendar.dayOf(clock.instant());
    }

    private OmbudsmanCase act(UUID id, @Nullable Long expectedVersion, Consumer<OmbudsmanCase> step) {
        OmbudsmanCase current = get(id);
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw new StaleVersion(expectedVersion, current.version());
        }
        step.accept(current);
        if (!repository.save(current, current.version())) {
            throw new StaleVersion(current.version(), get(id).version());
        }
        return get(id);
    }
}
