package org.putright.letter;

import java.time.Instant;
import java.util.UUID;

/** A letter every attempt to email which has failed so far: how many, and when the last one was. */
public record UndeliveredLetter(UUID letter, int failedAttempts, Instant lastAttempt) {}
