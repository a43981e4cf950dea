package org.putright.mailbox;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.putright.complaint.Actor;
import org.putright.complaint.AttachedDocument;
import org.putright.complaint.Channel;
import org.putright.complaint.Complaint;
import org.putright.complaint.ComplaintEvent.CorrespondenceRecorded;
import org.putright.complaint.ComplaintReference;
import org.putright.complaint.Complaints;
import org.putright.complaint.NewComplaint;
import org.putright.document.Document;
import org.putright.document.Documents;
import org.putright.resident.Resident;
import org.putright.resident.ResidentDetails;
import org.putright.resident.Residents;
import org.putright.system.problem.DomainProblem;
import org.putright.system.problem.NotFound;
import org.springframework.stereotype.Component;

/**
 * Does what a message asks, through the same services and Complaint verbs staff use, so the
 * Code's rules apply to it: a reply quoting an existing complaint's reference is kept on that
 * complaint's record as correspondence in (5.12); anything else is a complaint, however made
 * (1.2), received when it was sent. Attachments are kept as documents on the complaint; one the
 * document checks refuse is named, with the reason, in the record rather than dropped. Runs inside
 * the caller's transaction.
 */
@Component
class MailIntake {

    /** Who the record names as having logged what came in by email. */
    static final Actor MAILBOX = new Actor("mailbox", BigDecimal.ZERO);

    private static final int MAXIMUM_DESCRIPTION = 10_000;
    private static final int MAXIMUM_SUMMARY = 500;
    private static final int MAXIMUM_NAME = ResidentDetails.MAX_NAME;
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.UK).withZone(ZoneId.of("Europe/London"));

    private final Complaints complaints;
    private final Residents residents;
    private final Documents documents;

    MailIntake(Complaints complaints, Residents residents, Documents documents) {
        this.complaints = complaints;
        this.residents = residents;
        this.documents = documents;
    }

    record Intake(
            MailboxMessage.Outcome outcome,
            ComplaintReference reference,
            List<MailboxMessage.AttachmentOutcome> attachments) {}

    Intake process(InboundMessage message, Instant now) {
        Optional<Complaint> existing = SubjectReference.in(message.subject()).flatMap(this::find);
        return existing.isPresent() ? reply(message, existing.get(), now) : newComplaint(message, now);
    }

    private Intake reply(InboundMessage message, Complaint complaint, Instant now) {
        Resident resident = residents.get(complaint.receipt().residentId());
        CorrespondenceRecorded.Party party = SenderMatch.party(message.sender(), resident);
        Instant at = sentAt(message, now);
        if (at.isBefore(complaint.receivedAt())) {
            at = complaint.receivedAt();
        }
        Instant when = at;
        List<MailboxMessage.AttachmentOutcome> outcomes = keep(message.attachments());
        String summary = message.subject().isBlank() ? "Email from " + message.sender() : message.subject();
        String body = "From: " + message.sender() + "\n\n" + message.text() + refusals(outcomes);
        complaints.act(complaint.reference(), null, recorded -> {
            recorded.recordCorrespondence(
                    when,
                    CorrespondenceRecorded.Direction.IN,
                    party,
                    Channel.EMAIL.name(),
                    cut(summary, MAXIMUM_SUMMARY),
                    body,
                    MAILBOX,
                    now);
            attach(recorded, outcomes, message, when, now);
        });
        return new Intake(MailboxMessage.Outcome.CORRESPONDENCE, complaint.reference(), outcomes);
    }

    private Intake newComplaint(InboundMessage message, Instant now) {
        Sender sender = message.sender();
        Resident resident = SenderMatch.resident(residents.withEmail(sender.address()), sender)
                .map(known -> residents.get(known.id()))
                .orElseGet(() -> residents.create(
                        ResidentDetails.of(cut(sender.displayName(), MAXIMUM_NAME), sender.address(), null, null, null),
                        MAILBOX.username()));
        String description = message.text().isBlank() ? message.subject() : message.text();
        if (description.isBlank()) {
            description = message.attachments().isEmpty()
                    ? ""
                    : "The email had no text; what the resident sent is in its attachments.";
        }
        Instant receivedAt = sentAt(message, now);
        Complaint complaint = complaints.receive(
                new NewComplaint(
                        receivedAt,
                        Channel.EMAIL,
                        resident.id(),
                        null,
                        cut(description, MAXIMUM_DESCRIPTION),
                        null,
                        null,
                        null,
                        null),
                MAILBOX);
        List<MailboxMessage.AttachmentOutcome> outcomes = keep(message.attachments());
        if (!outcomes.isEmpty()) {
            String refused = refusals(outcomes);
            complaints.act(complaint.reference(), null, recorded -> {
                attach(recorded, outcomes, message, receivedAt, now);
                if (!refused.isEmpty()) {
                    recorded.recordCorrespondence(
                            receivedAt,
                            CorrespondenceRecorded.Direction.IN,
                            CorrespondenceRecorded.Party.RESIDENT,
                            Channel.EMAIL.name(),
                            "Attachments not kept from the email making this complaint",
                            ("From: " + sender + refused).strip(),
                            MAILBOX,
                            now);
                }
            });
        }
        return new Intake(MailboxMessage.Outcome.NEW_COMPLAINT, complaint.reference(), outcomes);
    }

    /** Stores each attachment the document checks accept; names the reason for each they refuse. */
    private List<MailboxMessage.AttachmentOutcome> keep(List<InboundAttachment> attachments) {
        List<MailboxMessage.AttachmentOutcome> outcomes = new ArrayList<>();
        for (int position = 0; position < attachments.size(); position++) {
            InboundAttachment attachment = attachments.get(position);
            String filename = attachment.filename();
            long size = attachment.content().length;
            String refusal = refusal(filename, attachment.content());
            if (refusal != null) {
                outcomes.add(new MailboxMessage.AttachmentOutcome(
                        position, filename, attachment.contentType(), size, null, refusal));
                continue;
            }
            Document stored = documents.store(filename, attachment.content(), MAILBOX.username());
            outcomes.add(new MailboxMessage.AttachmentOutcome(
                    position, filename, stored.contentType(), size, stored.id(), null));
        }
        return outcomes;
    }

    private @Nullable String refusal(@Nullable String filename, byte[] content) {
        if (filename == null) {
            return "has no file name, so its type cannot be checked";
        }
        try {
            documents.refuseUnlessAcceptable(filename, content);
            return null;
        } catch (DomainProblem refused) {
            return cut(refused.detail(), MAXIMUM_SUMMARY);
        }
    }

    private void attach(
            Complaint complaint,
            List<MailboxMessage.AttachmentOutcome> outcomes,
            InboundMessage message,
            Instant at,
            Instant now) {
        for (MailboxMessage.AttachmentOutcome outcome : outcomes) {
            if (outcome.documentId() == null) {
                continue;
            }
            complaint.attachDocument(
                    AttachedDocument.of(
                            documents.get(outcome.documentId()),
                            cut(
                                    "Attached to the email from " + message.sender() + " of " + WHEN.format(at)
                                            + (message.subject().isBlank() ? "" : ": " + message.subject()),
                                    MAXIMUM_SUMMARY)),
                    at,
                    MAILBOX,
                    now);
        }
    }

    private static String refusals(List<MailboxMessage.AttachmentOutcome> outcomes) {
        StringBuilder text = new StringBuilder();
        for (MailboxMessage.AttachmentOutcome outcome : outcomes) {
            if (!outcome.kept()) {
                text.append(text.isEmpty() ? "\n\nAttachments not kept (the whole email is kept in the mailbox):" : "")
                        .append("\n- ")
                        .append(
                                outcome.filename() == null
                                        ? "an unnamed " + outcome.contentType() + " part"
                                        : outcome.filename())
                        .append(": ")
                        .append(outcome.refusal());
            }
        }
        return text.toString();
    }

    /** When the message was sent, unless that is missing, implausible or in the future. */
    private static Instant sentAt(InboundMessage message, Instant now) {
        Instant sent = message.sentAt();
        if (sent == null || sent.isAfter(now) || sent.isBefore(Instant.parse("1900-01-01T00:00:00Z"))) {
            return now;
        }
        return sent;
    }

    private Optional<Complaint> find(ComplaintReference reference) {
        try {
            return Optional.of(complaints.get(reference));
        } catch (NotFound unknown) {
            return Optional.empty();
        }
    }

    private static String cut(String text, int maximum) {
        String stripped = text.strip();
        return stripped.length() <= maximum ? stripped : stripped.substring(0, maximum - 1) + "…";
    }
}
