package org.putright.complaint;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Filters for the worklist; null means "any". {@code overdueOn} keeps complaints whose deadline now
 * due is before that day; {@code matching}, when given, keeps only complaints a search found.
 */
public record ComplaintQuery(
        @Nullable Status status,
        @Nullable Integer stage,
        @Nullable String handler,
        @Nullable String category,
        @Nullable UUID residentId,
        @Nullable LocalDate overdueOn,
        @Nullable LocalDate dueBefore,
        @Nullable Matching matching,
        int page,
        int size) {

    /** The filters without a search. */
    public ComplaintQuery(
            @Nullable Status status,
            @Nullable Integer stage,
            @Nullable String handler,
            @Nullable String category,
            @Nullable UUID residentId,
            @Nullable LocalDate overdueOn,
            @Nullable LocalDate dueBefore,
            int page,
            int size) {
        this(status, stage, handler, category, residentId, overdueOn, dueBefore, null, page, size);
    }

    /**
     * What a search found: the complaint with this reference, or any complaint from one of these
     * residents (found by name, postcode or tenancy reference in the resident module).
     */
    public record Matching(@Nullable ComplaintReference reference, Set<UUID> residentIds) {

        public Matching {
            residentIds = Set.copyOf(residentIds);
        }

        /** Nothing can match: the search found neither a complaint nor a resident. */
        public boolean isEmpty() {
            return reference == null && residentIds.isEmpty();
        }
    }
}
