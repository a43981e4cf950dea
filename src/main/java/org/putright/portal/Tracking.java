package org.putright.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.calendar.WorkingCalendar;
import org.putright.complaint.Actor;
import org.putright.complaint.Complaint;
import org.putright.complaint.ComplaintReference;
import org.putright.complaint.Complaints;
import org.putright.complaint.Deadlines;
import org.putright.complaint.LetterIssuer.IssuedLetter;
import org.putright.complaint.Status;
import org.putright.letter.Letters;
import org.putright.system.problem.NotFound;
import org.springframework.stereotype.Service;

/**
 * A complaint as its resident follows it: where it is, the deadline now due, every letter, and
 * asking for stage 2 (6.11, 6.12). Callers pass only references the resident has proved are
 * theirs; a letter is served only when it belongs to that reference, so changing a letter's id
 * never reaches anyone else's.
 */
@Service
public class Tracking {

    private final Complaints complaints;
    private final Letters letters;

    Tracking(Complaints complaints, Letters letters) {
        this.complaints = complaints;
        this.letters = letters;
    }

    /** What the resident sees of one complaint. */
    public record TrackedComplaint(
            String reference,
            Status status,
            int stage,
            LocalDate receivedOn,
            @Nullable LocalDate acknowledgeBy,
            @Nullable LocalDate respondBy,
            List<TrackedLetter> letters,
            boolean mayAskForStageTwo) {}

    /** A letter on the complaint, named as residents would name it. */
    public record TrackedLetter(String id, String title, int stage, LocalDate issuedOn) {}

    public TrackedComplaint view(String reference) {
        Complaint complaint = complaints.get(new ComplaintReference(reference));
        Deadlines deadlines = complaints.deadlines(complaint);
        List<TrackedLetter> issued = complaints.letters(complaint.reference()).stream()
                .map(letter -> new TrackedLetter(
                        letter.id(), title(letter.type()), letter.stage(), WorkingCalendar.dayOf(letter.issuedAt())))
                .toList();
        return new TrackedComplaint(
                reference,
                complaint.status(),
                complaint.stage(),
                WorkingCalendar.dayOf(complaint.receivedAt()),
                deadlines.acknowledgeBy(),
                deadlines.respondBy(),
                issued,
                mayAskForStageTwo(complaint));
    }

    /** The letter's PDF, if the letter is one of this complaint's; otherwise it is not found. */
    public byte[] letterPdf(String reference, String letterId) {
        boolean belongs = complaints.letters(new ComplaintReference(reference)).stream()
                .map(IssuedLetter::id)
                .anyMatch(letterId::equals);
        if (!belongs) {
            throw new NotFound("Letter", letterId);
        }
        return letters.pdf(UUID.fromString(letterId));
    }

    /** Records the resident's request for stage 2; no reason is needed (6.12). */
    public void askForStageTwo(String reference, @Nullable String reason) {
        Instant now = complaints.now();
        String given = reason == null || reason.isBlank() ? null : reason.strip();
        complaints.act(
                new ComplaintReference(reference),
                null,
                complaint -> complaint.escalate(now, given, Actor.resident(), now));
    }

    /** Stage 2 may be asked for once stage 1 has been answered, also after the complaint was closed (6.10). */
    private static boolean mayAskForStageTwo(Complaint complaint) {
        return complaint.stage() == 1
                && (complaint.status() == Status.STAGE_1_RESPONDED || complaint.status() == Status.CLOSED);
    }

    private static String title(String type) {
        String words = type.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + " letter";
    }
}
