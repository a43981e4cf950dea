package org.putright.selfassessment;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The governing body's approval of a self-assessment (8.2: reported to the governing body, whose
 * response is published alongside it): the day of the meeting, the body, the minute that records
 * the decision, and the body's response in its own words.
 */
public record Approval(
        LocalDate approvedOn,
        String body,
        String minuteReference,
        String response,
        Instant recordedAt,
        String recordedBy) {

    public static final int MAX_BODY = 200;
    public static final int MAX_MINUTE = 100;
    public static final int MAX_RESPONSE = 8000;
}
