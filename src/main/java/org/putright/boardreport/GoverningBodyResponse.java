package org.putright.boardreport;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The governing body's response to the annual report (8.2: published alongside it): the day of the
 * meeting, the body, the minute that records it and the response in the body's own words.
 */
public record GoverningBodyResponse(
        LocalDate respondedOn,
        String body,
        String minuteReference,
        String response,
        Instant recordedAt,
        String recordedBy) {

    public static final int MAX_BODY = 200;
    public static final int MAX_MINUTE = 100;
    public static final int MAX_RESPONSE = 8000;
}
