package org.putright.resident;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A reasonable adjustment as staff record it.
 *
 * @param agreedAt when it was agreed with the resident; null means now
 * @param reviewOn when it is first to be reviewed; required (5.10), but checked as a rule of the
 *     Code rather than as a missing field
 */
public record NewAdjustment(
        String description,
        @Nullable Instant agreedAt,
        @Nullable LocalDate reviewOn) {}
