package org.putright.complaint;

import java.util.List;

/**
 * Writes the letters the Code requires for the steps just recorded (acknowledgement, extension,
 * response, refusal, ...), inside the same transaction as the step. When a letter would lack
 * something the Code requires, it throws and the step is not recorded (6.9, 6.19). The letter
 * module provides it.
 */
public interface LetterIssuer {

    /** Issues the letters due for {@code newEvents} and returns them. */
    List<IssuedLetter> issue(Complaint complaint, List<RecordedEvent> newEvents);

    /** The letters already issued on a complaint, oldest first. */
    List<IssuedLetter> issuedFor(ComplaintReference reference);

    /** A letter on the record: its type, stage, when, and where the API serves it. */
    record IssuedLetter(String id, String type, int stage, java.time.Instant issuedAt, String href) {}
}
