package org.putright.privacy;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.putright.complaint.Actor;
import org.putright.complaint.Complaint;
import org.putright.complaint.ComplaintEvent.DocumentAttached;
import org.putright.complaint.ComplaintReference;
import org.putright.complaint.Complaints;
import org.putright.complaint.RecordIntegrity;
import org.putright.document.Documents;
import org.putright.letter.Letters;
import org.putright.portal.PortalStore;
import org.putright.resident.Residents;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes a resident's personal data from the places it is held, keeping what reports count
 * (ADR 0011). A complaint: the personal text of its record (redacted in the way the hash chain
 * accepts, the redaction itself recorded), its letters' content and recipient, its documents'
 * content and names, and the contacts and codes given online. A resident: name, contact details
 * and the free text recorded about them. Each is one transaction and one audit entry.
 */
@Service
class PersonalDataRemoval {

    private final RecordIntegrity integrity;
    private final Complaints complaints;
    private final Letters letters;
    private final Documents documents;
    private final PortalStore portal;
    private final Residents residents;
    private final PrivacyStore store;
    private final Clock clock;

    PersonalDataRemoval(
            RecordIntegrity integrity,
            Complaints complaints,
            Letters letters,
            Documents documents,
            PortalStore portal,
            Residents residents,
            PrivacyStore store,
            Clock clock) {
        this.integrity = integrity;
        this.complaints = complaints;
        this.letters = letters;
        this.documents = documents;
        this.portal = portal;
        this.residents = residents;
        this.store = store;
        this.clock = clock;
    }

    @Transactional
    public void anonymiseComplaint(ComplaintReference reference, String basis, String by) {
        Complaint complaint = complaints.get(reference);
        List<Integer> entries = integrity.redact(reference, basis, new Actor(by, null));
        int letterCount = letters.redact(reference, basis);
        List<DocumentAttached> attached = complaint.documents();
        attached.forEach(document -> documents.erase(document.document()));
        portal.forget(reference.value());
        store.audit(new AuditEntry(
                UUID.randomUUID(),
                clock.instant(),
                by,
                AuditEntry.Action.COMPLAINT_ANONYMISED,
                complaint.receipt().residentId(),
                reference.value(),
                basis + ": " + entries.size() + " record entries redacted, " + letterCount + " letters and "
                        + attached.size() + " documents emptied"));
    }

    @Transactional
    public void anonymiseResident(UUID residentId, String basis, String by) {
        residents.anonymise(residentId, by);
        store.audit(new AuditEntry(
                UUID.randomUUID(),
                clock.instant(),
                by,
                AuditEntry.Action.RESIDENT_ANONYMISED,
                residentId,
                null,
                basis + ": name, contact details and notes about the resident removed"));
    }
}
