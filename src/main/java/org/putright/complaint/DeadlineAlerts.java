package org.putright.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Where deadline alerts are kept. */
public interface DeadlineAlerts {

    /** Open complaints whose deadline now due is on or before {@code horizon}. */
    List<ComplaintSummary> dueBy(LocalDate horizon);

    /** Open complaints whose next agreed update to the resident is due on or before {@code day}. */
    List<ComplaintSummary> updatesDueBy(LocalDate day);

    /** Raises the alert unless the same one (complaint, kind, deadline) was raised before. */
    boolean raiseIfNew(DeadlineAlert alert);

    List<DeadlineAlert> open(@Nullable String handler);

    boolean dismiss(UUID id, String by, Instant at);
}
