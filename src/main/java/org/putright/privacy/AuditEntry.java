package org.putright.privacy;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One thing done with residents' personal data, by whom and why. */
public record AuditEntry(
        UUID id,
        Instant at,
        String by,
        Action action,
        @Nullable UUID residentId,
        @Nullable String reference,
        String detail) {

    /** What was done. */
    public enum Action {
        /** The retention policy anonymised a complaint's record. */
        COMPLAINT_ANONYMISED,
        /** The retention policy (or an erasure) anonymised a resident. */
        RESIDENT_ANONYMISED,
        /** A subject access export was produced. */
        SUBJECT_ACCESS_EXPORTED,
        /** An erasure request was carried out. */
        ERASURE_CARRIED_OUT,
        /** An erasure request was refused, with the reasons. */
        ERASURE_REFUSED,
        /** The retention policy was changed. */
        RETENTION_POLICY_CHANGED
    }
}
