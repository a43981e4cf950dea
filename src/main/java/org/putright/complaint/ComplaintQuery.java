package org.putright.complaint;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Filters for the worklist; null means "any". {@code overdueOn} keeps complaints whose deadline now
 * due is before that day.
 */
public record ComplaintQuery(
        @Nullable Status status,
        @Nullable Integer stage,
        @Nullable String handler,
        @Nullable String category,
        @Nullable UUID residentId,
        @Nullable LocalDate overdueOn,
        @Nullable LocalDate dueBefore,
        int page,
        int size) {}
