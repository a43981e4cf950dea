package org.putright.privacy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.putright.privacy.SubjectAccessExport.ComplaintHeld;
import org.putright.privacy.SubjectAccessExport.DocumentHeld;
import org.putright.privacy.SubjectAccessExport.EntryHeld;
import org.putright.privacy.SubjectAccessExport.LetterHeld;
import org.putright.privacy.SubjectAccessExport.NotificationHeld;
import org.putright.resident.Resident;
import org.putright.resident.ResidentDetails;
import org.putright.servicerequest.ServiceRequest;
import org.putright.system.pdf.TaggedPdf;
import org.putright.system.pdf.XhtmlText;
import tools.jackson.databind.json.JsonMapper;

/**
 * The subject access export as a tagged PDF (through {@code system.pdf}): headings for each part,
 * tables with header cells, and every entry's details, so a resident using a screen reader can
 * read all of it.
 */
public final class SubjectAccessPdf {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.UK).withZone(ZoneId.of("Europe/London"));
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SubjectAccessPdf() {}

    public static byte[] render(SubjectAccessExport export, String landlord) {
        return TaggedPdf.render(xhtml(export, landlord), export.generatedAt());
    }

    static String xhtml(SubjectAccessExport export, String landlord) {
        Resident resident = export.resident();
        ResidentDetails details = resident.details();
        StringBuilder html = new StringBuilder();
        String title = "Personal data held about " + details.name();
        html.append("<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\"><head>")
                .append("<meta charset=\"UTF-8\" /><title>")
                .append(e(title))
                .append("</title><style>body { font-family: '")
                .append(TaggedPdf.FONT)
                .append("'; font-size: 10pt; } table { border-collapse: collapse; width: 100%; margin-bottom: 8pt; }")
                .append(" th, td { border: 1px solid #999; padding: 2pt; text-align: left; vertical-align: top; }")
                .append(" .details { font-size: 8pt; }</style></head><body>");
        html.append("<h1>").append(e(title)).append("</h1>");
        html.append("<p>")
                .append(e(landlord))
                .append(": everything Putright holds about this resident, produced on ")
                .append(time(export.generatedAt()))
                .append(" by ")
                .append(e(export.generatedBy()))
                .append(" in answer to a subject access request (UK GDPR Article 15).</p>");

        html.append("<h2>Resident record</h2><table><tbody>");
        row(html, "Identifier", resident.id().toString());
        row(html, "Name", details.name());
        row(html, "Email", details.email());
        row(html, "Phone", details.phone());
        row(html, "Address", details.address());
        row(html, "Postcode", details.postcode());
        row(html, "Tenancy reference", details.tenancyReference());
        row(html, "Preferred contact", String.valueOf(details.preferredChannel()));
        row(html, "Preferred format", String.valueOf(details.preferredFormat()));
        row(html, "Recorded", time(resident.createdAt()) + " by " + resident.createdBy());
        html.append("</tbody></table>");
        recordList(html, "Reasonable adjustments", resident.adjustments());
        recordList(html, "Disabilities disclosed", resident.disabilities());
        recordList(html, "Vulnerabilities", resident.vulnerabilities());
        recordList(html, "Contact restrictions", resident.restrictions());
        recordList(html, "Representatives", resident.representatives());

        html.append("<h2>Complaints (").append(export.complaints().size()).append(")</h2>");
        for (ComplaintHeld complaint : export.complaints()) {
            complaint(html, complaint);
        }
        if (export.complaints().isEmpty()) {
            html.append("<p>None.</p>");
        }

        html.append("<h2>Service requests (")
                .append(export.serviceRequests().size())
                .append(")</h2>");
        for (ServiceRequest request : export.serviceRequests()) {
            html.append("<h3>")
                    .append(e(request.reference().toString()))
                    .append("</h3><p class=\"details\">")
                    .append(e(JSON.writeValueAsString(request)))
                    .append("</p>");
        }

        html.append("<h2>Notifications to staff about these complaints (")
                .append(export.notifications().size())
                .append(")</h2>");
        if (!export.notifications().isEmpty()) {
            html.append("<table><thead><tr><th scope=\"col\">When</th><th scope=\"col\">To</th>")
                    .append("<th scope=\"col\">Complaint</th><th scope=\"col\">Message</th></tr></thead><tbody>");
            for (NotificationHeld notification : export.notifications()) {
                html.append("<tr><td>")
                        .append(time(notification.createdAt()))
                        .append("</td><td>")
                        .append(e(notification.recipient()))
                        .append("</td><td>")
                        .append(e(notification.reference()))
                        .append("</td><td>")
                        .append(e(notification.message()))
                        .append("</td></tr>");
            }
            html.append("</tbody></table>");
        }
        return html.append("</body></html>").toString();
    }

    private static void complaint(StringBuilder html, ComplaintHeld complaint) {
        html.append("<h3>Complaint ")
                .append(e(complaint.reference()))
                .append("</h3><p>Status ")
                .append(e(complaint.status()))
                .append(", stage ")
                .append(complaint.stage())
                .append(", received ")
                .append(time(complaint.receivedAt()))
                .append(complaint.endedAt() == null ? "" : ", ended " + time(complaint.endedAt()))
                .append(".</p>");
        html.append("<h4>Timeline</h4><table><thead><tr><th scope=\"col\">No.</th><th scope=\"col\">When</th>")
                .append("<th scope=\"col\">What</th><th scope=\"col\">Recorded by</th><th scope=\"col\">Details</th>")
                .append("</tr></thead><tbody>");
        for (EntryHeld entry : complaint.timeline()) {
            html.append("<tr><td>")
                    .append(entry.sequence())
                    .append("</td><td>")
                    .append(time(entry.at()))
                    .append("</td><td>")
                    .append(e(entry.summary()))
                    .append("</td><td>")
                    .append(e(entry.recordedBy()))
                    .append("</td><td class=\"details\">")
                    .append(e(JSON.writeValueAsString(entry.details())))
                    .append("</td></tr>");
        }
        html.append("</tbody></table>");
        html.append("<h4>Letters</h4>");
        for (LetterHeld letter : complaint.letters()) {
            html.append("<p><strong>")
                    .append(e(letter.type()))
                    .append(" letter, ")
                    .append(time(letter.issuedAt()))
                    .append("</strong></p><p class=\"details\">")
                    .append(e(letter.text()))
                    .append("</p>");
        }
        if (complaint.letters().isEmpty()) {
            html.append("<p>None.</p>");
        }
        html.append("<h4>Documents</h4>");
        for (DocumentHeld document : complaint.documents()) {
            html.append("<p>")
                    .append(e(document.filename()))
                    .append(" (")
                    .append(e(document.contentType()))
                    .append(", ")
                    .append(document.size())
                    .append(" bytes, added ")
                    .append(time(document.attachedAt()))
                    .append(")</p>");
        }
        if (complaint.documents().isEmpty()) {
            html.append("<p>None.</p>");
        }
        recordList(html, "Contacts given online", complaint.contactsGivenOnline());
        recordList(html, "Housing Ombudsman cases", complaint.ombudsmanCases());
    }

    private static void recordList(StringBuilder html, String heading, List<?> records) {
        if (records.isEmpty()) {
            return;
        }
        html.append("<h4>").append(e(heading)).append("</h4>");
        for (Object record : records) {
            html.append("<p class=\"details\">")
                    .append(e(JSON.writeValueAsString(record)))
                    .append("</p>");
        }
    }

    private static void row(StringBuilder html, String label, @Nullable String value) {
        html.append("<tr><th scope=\"row\">")
                .append(e(label))
                .append("</th><td>")
                .append(value == null ? "–" : e(value))
                .append("</td></tr>");
    }

    private static String time(@Nullable Instant at) {
        return at == null ? "–" : TIME.format(at);
    }

    private static String e(String text) {
        return XhtmlText.escape(text);
    }
}
