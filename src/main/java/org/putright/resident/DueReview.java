package org.putright.resident;

import java.time.LocalDate;
import java.util.UUID;

/** A record about a resident whose review date has come (5.10, 5.14). */
public record DueReview(
        UUID residentId,
        String residentName,
        ReviewSubject subject,
        UUID recordId,
        String summary,
        LocalDate reviewOn) {}
