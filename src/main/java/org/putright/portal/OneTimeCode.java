package org.putright.portal;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A code sent to a resident's email to let them follow one complaint. Only its SHA-256 hash is
 * kept. It expires, works once, and stops working after {@link #MAX_ATTEMPTS} wrong guesses, so a
 * six-digit code cannot be guessed.
 */
public record OneTimeCode(
        UUID id,
        String reference,
        String codeHash,
        String sentTo,
        Instant createdAt,
        Instant expiresAt,
        int attempts,
        @Nullable Instant usedAt) {

    public static final int MAX_ATTEMPTS = 5;

    public boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt) && attempts < MAX_ATTEMPTS;
    }
}
