package org.putright.staff;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A personal API token as listed: never the secret itself, which is shown once at issue. */
public record ApiToken(
        UUID id,
        Username owner,
        String label,
        Instant createdAt,
        @Nullable Instant expiresAt,
        @Nullable Instant revokedAt) {

    public boolean activeAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }
}
