package org.putright.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A warning that a complaint's deadline is due within two working days, or has passed. */
public record DeadlineAlert(
        UUID id,
        ComplaintReference reference,
        Kind kind,
        LocalDate deadline,
        @Nullable String handler,
        Instant raisedAt,
        @Nullable Instant dismissedAt) {

    /** Due soon, overdue, or an update to the resident is due under the agreed interval (5.9). */
    public enum Kind {
        DUE_SOON,
        OVERDUE,
        UPDATE_DUE
    }
}
