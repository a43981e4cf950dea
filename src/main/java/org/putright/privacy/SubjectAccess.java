package org.putright.privacy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.putright.complaint.Complaint;
import org.putright.complaint.ComplaintEvent.DocumentAttached;
import org.putright.complaint.LetterIssuer.IssuedLetter;
import org.putright.complaint.RecordedEvent;
import org.putright.document.Document;
import org.putright.document.Documents;
import org.putright.letter.Letters;
import org.putright.notification.Notifications;
import org.putright.ombudsman.OmbudsmanCases;
import org.putright.portal.PortalStore;
import org.putright.privacy.SubjectAccessExport.ComplaintHeld;
import org.putright.privacy.SubjectAccessExport.DocumentHeld;
import org.putright.privacy.SubjectAccessExport.EntryHeld;
import org.putright.privacy.SubjectAccessExport.LetterHeld;
import org.putright.privacy.SubjectAccessExport.NotificationHeld;
import org.putright.privacy.SubjectAccessExport.OmbudsmanReferral;
import org.putright.resident.Resident;
import org.putright.resident.Residents;
import org.putright.servicerequest.ServiceRequest;
import org.putright.servicerequest.ServiceRequestPage;
import org.putright.servicerequest.ServiceRequestQuery;
import org.putright.servicerequest.ServiceRequestSummary;
import org.putright.servicerequest.ServiceRequests;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Gathers everything held about a resident for a subject access request, and records that it did. */
@Service
public class SubjectAccess {

    private static final int PAGE = 100;
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private final Residents residents;
    private final ResidentComplaints complaints;
    private final Letters letters;
    private final Documents documents;
    private final PortalStore portal;
    private final OmbudsmanCases ombudsman;
    private final ServiceRequests serviceRequests;
    private final Notifications notifications;
    private final PrivacyStore store;
    private final Clock clock;

    SubjectAccess(
            Residents residents,
            ResidentComplaints complaints,
            Letters letters,
            Documents documents,
            PortalStore portal,
            OmbudsmanCases ombudsman,
            ServiceRequests serviceRequests,
            Notifications notifications,
            PrivacyStore store,
            Clock clock) {
        this.residents = residents;
        this.complaints = complaints;
        this.letters = letters;
        this.documents = documents;
        this.portal = portal;
        this.ombudsman = ombudsman;
        this.serviceRequests = serviceRequests;
        this.notifications = notifications;
        this.store = store;
        this.clock = clock;
    }

    @Transactional
    public SubjectAccessExport export(UUID residentId, String by) {
        Resident resident = residents.get(residentId);
        List<ComplaintHeld> held =
                complaints.of(residentId).stream().map(this::held).toList();
        List<String> references = held.stream().map(ComplaintHeld::reference).toList();
        SubjectAccessExport export = new SubjectAccessExport(
                clock.instant(),
                by,
                resident,
                held,
                serviceRequestsOf(residentId),
                notifications.aboutComplaints(references).stream()
                        .map(notification -> new NotificationHeld(
                                notification.createdAt(),
                                notification.recipient(),
                                notification.reference(),
                                notification.message()))
                        .toList());
        store.audit(new AuditEntry(
                UUID.randomUUID(),
                export.generatedAt(),
                by,
                AuditEntry.Action.SUBJECT_ACCESS_EXPORTED,
                residentId,
                null,
                "Subject access export: " + held.size() + " complaints, "
                        + export.serviceRequests().size() + " service requests, "
                        + export.notifications().size() + " notifications"));
        return export;
    }

    private ComplaintHeld held(Complaint complaint) {
        String reference = complaint.reference().value();
        return new ComplaintHeld(
                reference,
                complaint.status().name(),
                complaint.stage(),
                complaint.receivedAt(),
                complaint.endedAt().orElse(null),
                complaint.record().stream().map(SubjectAccess::entry).toList(),
                letters.issuedFor(complaint.reference()).stream()
                        .map(this::letter)
                        .toList(),
                complaint.documents().stream().map(this::document).toList(),
                portal.contactsFor(reference),
                ombudsman.ofComplaint(reference).stream()
                        .map(referral -> new OmbudsmanReferral(
                                referral.hosReference(), referral.referredOn(), referral.isDetermined()))
                        .toList());
    }

    private static EntryHeld entry(RecordedEvent recorded) {
        return new EntryHeld(
                recorded.sequence(),
                recorded.event().name(),
                recorded.event().at(),
                recorded.recordedAt(),
                recorded.by(),
                recorded.event().summary(),
                recorded.event());
    }

    private LetterHeld letter(IssuedLetter letter) {
        String html = letters.html(UUID.fromString(letter.id()));
        return new LetterHeld(
                letter.id(), letter.type(), letter.stage(), letter.issuedAt(), letter.href(), plainText(html));
    }

    private DocumentHeld document(DocumentAttached attached) {
        Document document = documents.get(attached.document());
        return new DocumentHeld(
                document.id(),
                document.filename(),
                document.contentType(),
                attached.size(),
                document.sha256(),
                attached.at(),
                "/api/v1/documents/" + document.id());
    }

    private List<ServiceRequest> serviceRequestsOf(java.util.UUID residentId) {
        List<ServiceRequest> found = new ArrayList<>();
        for (int page = 0; ; page++) {
            ServiceRequestPage results =
                    serviceRequests.search(new ServiceRequestQuery(null, residentId, null, page, PAGE));
            for (ServiceRequestSummary summary : results.items()) {
                found.add(serviceRequests.get(summary.id()));
            }
            if ((long) (page + 1) * PAGE >= results.total()) {
                return found;
            }
        }
    }

    /** A letter's text without its markup, for reading in the export. */
    private static String plainText(String html) {
        String body = html.contains("<body") ? html.substring(html.indexOf("<body")) : html;
        String text = TAG.matcher(body).replaceAll(" ");
        text = text.replace("&nbsp;", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
        return SPACE.matcher(text).replaceAll(" ").strip();
    }
}
