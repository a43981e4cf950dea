package org.putright.ombudsman;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.putright.complaint.Status;
import org.putright.system.problem.InvalidInput;
import org.putright.system.problem.NotFound;

/**
 * A complaint the resident referred to the Housing Ombudsman, followed to the end.
 *
 * <p>The case opens with {@link #refer} once the landlord's process is over: the final response is
 * given, the complaint closed, or the landlord refused to take it on (which the resident may take to
 * the Ombudsman, 2.4, 5.11). The Ombudsman may take a complaint earlier, most often because the
 * landlord failed to respond in time; the case is then referred anyway, with a note saying why.
 * While the Ombudsman investigates it asks for evidence ({@link #requestEvidence}), which the
 * landlord sends on time or late ({@link #recordEvidenceSent}), and may issue a complaint handling
 * failure order ({@link #issueComplaintHandlingFailureOrder}). The {@link #determine determination}
 * gives a finding for every element of the complaint, once, with the orders and recommendations
 * it makes; the landlord then records its evidence of compliance with each ({@link
 * #recordCompliance}). An order not complied with by its due day is overdue.
 *
 * <p>No day recorded may be in the future, and none may come before what it answers: evidence is not
 * sent before it was asked for, nor compliance recorded before the order was made.
 */
public final class OmbudsmanCase {

    public static final int MAX_HOS_REFERENCE = 40;
    public static final int MAX_NOTE = 2000;
    private static final Pattern HOS_REFERENCE = Pattern.compile("[A-Z0-9][A-Z0-9/-]{1,39}");

    /** Where the landlord's own process is over and the Ombudsman is the next step. */
    private static final Set<Status> LANDLORD_PROCESS_FINISHED =
            Set.of(Status.STAGE_2_RESPONDED, Status.CLOSED, Status.REFUSED);

    private final UUID id;
    private final String complaintReference;
    private final String hosReference;
    private final LocalDate referredOn;
    private final @Nullable String referralNote;
    private final List<EvidenceRequest> evidenceRequests;
    private @Nullable Determination determination;
    private final List<OmbudsmanOrder> orders;
    private final Instant createdAt;
    private final String createdBy;
    private Instant updatedAt;
    private String updatedBy;
    private final long version;

    /** As it was recorded; the repository's way back in, checking nothing. */
    public OmbudsmanCase(
            UUID id,
            String complaintReference,
            String hosReference,
            LocalDate referredOn,
            @Nullable String referralNote,
            List<EvidenceRequest> evidenceRequests,
            @Nullable Determination determination,
            List<OmbudsmanOrder> orders,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy,
            long version) {
        this.id = id;
        this.complaintReference = complaintReference;
        this.hosReference = hosReference;
        this.referredOn = referredOn;
        this.referralNote = referralNote;
        this.evidenceRequests = new ArrayList<>(evidenceRequests);
        this.determination = determination;
        this.orders = new ArrayList<>(orders);
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
        this.version = version;
    }

    /**
     * Opens the case of a complaint in {@code complaintStatus}. A complaint whose landlord's process
     * is not over needs a note saying why the Ombudsman took it.
     */
    public static OmbudsmanCase refer(
            UUID id,
            String complaintReference,
            Status complaintStatus,
            String hosReference,
            LocalDate referredOn,
            @Nullable String referralNote,
            LocalDate today,
            Instant now,
            String by) {
        String reference = hosReference.strip().toUpperCase(Locale.ROOT);
        if (!HOS_REFERENCE.matcher(reference).matches()) {
            throw new InvalidInput(
                    "hosReference", "an Ombudsman reference is 2 to 40 letters, digits, '/' or '-', e.g. 202412345");
        }
        notInTheFuture("referredOn", referredOn, today);
        String note = referralNote == null || referralNote.isBlank() ? null : referralNote.strip();
        if (note == null && !LANDLORD_PROCESS_FINISHED.contains(complaintStatus)) {
            throw new OmbudsmanRuleBroken(
                    "referred-before-landlord-process-finished",
                    "Complaint " + complaintReference + " is " + complaintStatus
                            + ": the landlord's process is not over (final response, closure or refusal), so say"
                            + " in referralNote why the Ombudsman took it now.");
        }
        return new OmbudsmanCase(
                id, complaintReference, reference, referredOn, note, List.of(), null, List.of(), now, by, now, by, 0);
    }

    /** Records the Ombudsman asking for evidence by {@code dueOn}. */
    public EvidenceRequest requestEvidence(
            UUID requestId,
            String description,
            LocalDate requestedOn,
            LocalDate dueOn,
            LocalDate today,
            Instant now,
            String by) {
        notInTheFuture("requestedOn", requestedOn, today);
        notBefore("requestedOn", requestedOn, "the referral", referredOn);
        notBefore("dueOn", dueOn, "the request", requestedOn);
        EvidenceRequest request = new EvidenceRequest(requestId, description.strip(), requestedOn, dueOn, null);
        evidenceRequests.add(request);
        touch(now, by);
        return request;
    }

    /** Records the day the landlord sent the evidence asked for; after its due day it was late. */
    public EvidenceRequest recordEvidenceSent(
            UUID requestId, LocalDate sentOn, LocalDate today, Instant now, String by) {
        int index = indexOfRequest(requestId);
        EvidenceRequest request = evidenceRequests.get(index);
        if (request.isSent()) {
            throw new OmbudsmanRuleBroken(
                    "evidence-already-sent", "The evidence was already recorded as sent on " + request.sentOn() + ".");
        }
        notInTheFuture("sentOn", sentOn, today);
        notBefore("sentOn", sentOn, "the request", request.requestedOn());
        EvidenceRequest sent = request.sent(sentOn);
        evidenceRequests.set(index, sent);
        touch(now, by);
        return sent;
    }

    /**
     * Records the determination: a finding for at least one element, each element once, and the
     * orders and recommendations it made, which are due on or after the day it was made.
     */
    public void determine(
            LocalDate determinedOn,
            List<ElementFinding> findings,
            List<OrderMade> made,
            LocalDate today,
            Instant now,
            String by) {
        if (determination != null) {
            throw new OmbudsmanRuleBroken(
                    "already-determined",
                    "The Ombudsman determined this case on " + determination.determinedOn() + ".");
        }
        if (findings.isEmpty()) {
            throw new OmbudsmanRuleBroken(
                    "determination-without-findings", "A determination gives a finding for at least one element.");
        }
        Set<String> elements = new HashSet<>();
        for (ElementFinding finding : findings) {
            if (!elements.add(finding.element().strip().toLowerCase(Locale.ROOT))) {
                throw new OmbudsmanRuleBroken(
                        "element-found-twice", "The element '" + finding.element() + "' has more than one finding.");
            }
        }
        notInTheFuture("determinedOn", determinedOn, today);
        notBefore("determinedOn", determinedOn, "the referral", referredOn);
        for (OrderMade order : made) {
            if (order.kind() == OrderKind.COMPLAINT_HANDLING_FAILURE_ORDER) {
                throw new OmbudsmanRuleBroken(
                        "failure-order-in-determination",
                        "A complaint handling failure order is recorded on its own, on the day it was issued.");
            }
            notBefore("dueOn", order.dueOn(), "the determination", determinedOn);
        }
        determination = new Determination(determinedOn, findings);
        made.forEach(order -> orders.add(order.on(determinedOn)));
        touch(now, by);
    }

    /** Records a complaint handling failure order: the Ombudsman finding the landlord did not follow the Code. */
    public OmbudsmanOrder issueComplaintHandlingFailureOrder(
            UUID orderId,
            String description,
            LocalDate issuedOn,
            LocalDate dueOn,
            LocalDate today,
            Instant now,
            String by) {
        notInTheFuture("issuedOn", issuedOn, today);
        notBefore("issuedOn", issuedOn, "the referral", referredOn);
        notBefore("dueOn", dueOn, "the order", issuedOn);
        OmbudsmanOrder order = new OmbudsmanOrder(
                orderId, OrderKind.COMPLAINT_HANDLING_FAILURE_ORDER, description.strip(), issuedOn, dueOn, null);
        orders.add(order);
        touch(now, by);
        return order;
    }

    /** Records the evidence that the landlord complied with an order or recommendation, once. */
    public OmbudsmanOrder recordCompliance(
            UUID orderId,
            LocalDate compliedOn,
            String evidence,
            @Nullable UUID documentId,
            LocalDate today,
            Instant now,
            String by) {
        int index = indexOfOrder(orderId);
        OmbudsmanOrder order = orders.get(index);
        Compliance already = order.compliance();
        if (already != null) {
            throw new OmbudsmanRuleBroken(
                    "already-complied", "Compliance with this order was recorded on " + already.compliedOn() + ".");
        }
        notInTheFuture("compliedOn", compliedOn, today);
        notBefore("compliedOn", compliedOn, "the order was made", order.madeOn());
        OmbudsmanOrder complied = order.complied(new Compliance(compliedOn, evidence.strip(), documentId, now, by));
        orders.set(index, complied);
        touch(now, by);
        return complied;
    }

    /** Any order or recommendation not complied with by the end of {@code day} and due before it. */
    public boolean hasOverdueOrders(LocalDate day) {
        return orders.stream().anyMatch(order -> order.isOverdueOn(day));
    }

    /** Determined, with {@code finding} on at least one element. */
    public boolean found(OmbudsmanFinding finding) {
        Determination determined = determination;
        return determined != null && determined.has(finding);
    }

    public boolean isDetermined() {
        return determination != null;
    }

    private int indexOfRequest(UUID requestId) {
        for (int i = 0; i < evidenceRequests.size(); i++) {
            if (evidenceRequests.get(i).id().equals(requestId)) {
                return i;
            }
        }
        throw new NotFound("Evidence request", requestId.toString());
    }

    private int indexOfOrder(UUID orderId) {
        for (int i = 0; i < orders.size(); i++) {
            if (orders.get(i).id().equals(orderId)) {
                return i;
            }
        }
        throw new NotFound("Ombudsman order", orderId.toString());
    }

    private void touch(Instant now, String by) {
        updatedAt = now;
        updatedBy = by;
    }

    private static void notInTheFuture(String field, LocalDate day, LocalDate today) {
        if (day.isAfter(today)) {
            throw new OmbudsmanRuleBroken("date-in-future", field + " " + day + " is after today, " + today + ".");
        }
    }

    private static void notBefore(String field, LocalDate day, String what, LocalDate earliest) {
        if (day.isBefore(earliest)) {
            throw new OmbudsmanRuleBroken(
                    "date-out-of-order", field + " " + day + " is before " + what + " on " + earliest + ".");
        }
    }

    public UUID id() {
        return id;
    }

    public String complaintReference() {
        return complaintReference;
    }

    public String hosReference() {
        return hosReference;
    }

    public LocalDate referredOn() {
        return referredOn;
    }

    public @Nullable String referralNote() {
        return referralNote;
    }

    public List<EvidenceRequest> evidenceRequests() {
        return List.copyOf(evidenceRequests);
    }

    public @Nullable Determination determination() {
        return determination;
    }

    public List<OmbudsmanOrder> orders() {
        return List.copyOf(orders);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public long version() {
        return version;
    }

    /** An order or recommendation as a determination makes it: made on the day of the determination. */
    public record OrderMade(UUID id, OrderKind kind, String description, LocalDate dueOn) {

        OmbudsmanOrder on(LocalDate determinedOn) {
            return new OmbudsmanOrder(id, kind, description.strip(), determinedOn, dueOn, null);
        }
    }
}
