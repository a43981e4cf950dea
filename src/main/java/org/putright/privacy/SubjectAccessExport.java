package org.putright.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.complaint.ComplaintEvent;
import org.putright.portal.PortalStore;
import org.putright.resident.Resident;
import org.putright.servicerequest.ServiceRequest;

/**
 * Everything Putright holds about one resident (UK GDPR Art. 15): their record, every complaint
 * with its whole timeline, letters (with their text), documents, contacts given online and
 * Ombudsman referrals, their service requests, and the notifications staff were sent about their
 * complaints.
 */
public record SubjectAccessExport(
        Instant generatedAt,
        String generatedBy,
        Resident resident,
        List<ComplaintHeld> complaints,
        List<ServiceRequest> serviceRequests,
        List<NotificationHeld> notifications) {

    public SubjectAccessExport {
        complaints = List.copyOf(complaints);
        serviceRequests = List.copyOf(serviceRequests);
        notifications = List.copyOf(notifications);
    }

    /** One complaint and everything recorded on it. */
    public record ComplaintHeld(
            String reference,
            String status,
            int stage,
            Instant receivedAt,
            @Nullable Instant endedAt,
            List<EntryHeld> timeline,
            List<LetterHeld> letters,
            List<DocumentHeld> documents,
            List<PortalStore.Contact> contactsGivenOnline,
            List<OmbudsmanReferral> ombudsmanCases) {
        public ComplaintHeld {
            timeline = List.copyOf(timeline);
            letters = List.copyOf(letters);
            documents = List.copyOf(documents);
            contactsGivenOnline = List.copyOf(contactsGivenOnline);
            ombudsmanCases = List.copyOf(ombudsmanCases);
        }
    }

    /** One entry of a complaint's record, with everything it holds. */
    public record EntryHeld(
            int sequence,
            String event,
            Instant at,
            Instant recordedAt,
            String recordedBy,
            String summary,
            ComplaintEvent details) {}

    /** A letter issued on a complaint, with its text. */
    public record LetterHeld(String id, String type, int stage, Instant issuedAt, String href, String text) {}

    /** A document attached to a complaint (its content is served at {@code href}). */
    public record DocumentHeld(
            UUID id, String filename, String contentType, long size, String sha256, Instant attachedAt, String href) {}

    /** A complaint referred to the Housing Ombudsman. */
    public record OmbudsmanReferral(String hosReference, LocalDate referredOn, boolean determined) {}

    /** A notification staff were sent about one of the resident's complaints. */
    public record NotificationHeld(Instant createdAt, String recipient, String reference, String message) {}
}
