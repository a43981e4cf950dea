package org.putright.ombudsman;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The Ombudsman asking the landlord for evidence by a date, and when the landlord sent it. */
public record EvidenceRequest(
        UUID id,
        String description,
        LocalDate requestedOn,
        LocalDate dueOn,
        @Nullable LocalDate sentOn) {

    public static final int MAX_DESCRIPTION = 2000;

    public boolean isSent() {
        return sentOn != null;
    }

    /** Sent after the day it was due; sending on the due day is on time. */
    public boolean wasSentLate() {
        return sentOn != null && sentOn.isAfter(dueOn);
    }

    /** Not sent, and the due day has passed. */
    public boolean isOverdue(LocalDate today) {
        return sentOn == null && today.isAfter(dueOn);
    }

    EvidenceRequest sent(LocalDate on) {
        return new EvidenceRequest(id, description, requestedOn, dueOn, on);
    }
}
