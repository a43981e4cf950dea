package org.putright.system;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to try again something that failed for a reason outside Putright, such as a mail server
 * that is down: after {@code first}, then each wait {@code factor} times the one before, until
 * {@code maximumAttempts} attempts have failed. Waiting longer each time lets a server recover
 * without being hammered; stopping at a limit keeps a message that will never go from being
 * tried for ever, and leaves it visible as failed.
 */
public record RetrySchedule(int maximumAttempts, Duration first, int factor) {

    /** Six attempts over about a day: 5 minutes, 20 minutes, 80 minutes, 5⅓ hours, 21⅓ hours. */
    public static final RetrySchedule EMAIL = new RetrySchedule(6, Duration.ofMinutes(5), 4);

    public RetrySchedule {
        if (maximumAttempts < 1 || first.isNegative() || first.isZero() || factor < 1) {
            throw new IllegalArgumentException("A retry schedule needs at least one attempt and a positive wait");
        }
    }

    /**
     * When to try again after {@code failedAttempts} failures, the last at {@code lastAttempt};
     * empty when no attempt is left.
     */
    public Optional<Instant> nextAttempt(int failedAttempts, Instant lastAttempt) {
        if (failedAttempts >= maximumAttempts) {
            return Optional.empty();
        }
        Duration wait = first;
        for (int failure = 1; failure < failedAttempts; failure++) {
            wait = wait.multipliedBy(factor);
        }
        return Optional.of(lastAttempt.plus(wait));
    }
}
