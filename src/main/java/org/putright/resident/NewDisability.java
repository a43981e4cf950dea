package org.putright.resident;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A disability or condition a resident has disclosed, as staff record it.
 *
 * @param disclosedAt when the resident disclosed it; null means now
 */
public record NewDisability(
        String description,
        @Nullable Instant disclosedAt,
        @Nullable LocalDate reviewOn) {}
