package org.putright.privacy;

import java.time.Instant;
import java.time.ZoneId;
import org.putright.system.problem.InvalidInput;

/**
 * How long residents' personal data is kept after a complaint ends (closed, withdrawn or refused):
 * long enough for the Ombudsman and for legal claims (six years is the limitation period for most
 * claims in England and Wales), then it is anonymised.
 */
public record RetentionPolicy(int years, Instant updatedAt, String updatedBy) {

    public static final int DEFAULT_YEARS = 6;
    public static final int MAX_YEARS = 100;

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    public RetentionPolicy {
        requireValid(years);
    }

    static void requireValid(int years) {
        if (years < 1 || years > MAX_YEARS) {
            throw new InvalidInput(
                    "years", "Keep personal data between 1 and " + MAX_YEARS + " years after a complaint ends");
        }
    }

    /** Complaints that ended before this moment are past retention at {@code now}. */
    public Instant cutoff(Instant now) {
        return now.atZone(LONDON).minusYears(years).toInstant();
    }

    /** The moment a complaint that ended at {@code endedAt} passes retention. */
    public Instant heldUntil(Instant endedAt) {
        return endedAt.atZone(LONDON).plusYears(years).toInstant();
    }
}
