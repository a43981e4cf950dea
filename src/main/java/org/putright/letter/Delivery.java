package org.putright.letter;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.resident.ContactChannel;

/** One attempt to deliver an issued letter: to whom, how, when, and whether it went. */
public record Delivery(
        UUID id,
        UUID letter,
        ContactChannel channel,
        String sentTo,
        Instant attemptedAt,
        Outcome outcome,
        @Nullable String detail) {

    /** Whether the letter left Putright. */
    public enum Outcome {
        SENT,
        FAILED
    }
}
