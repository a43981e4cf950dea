package org.putright.complaint;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.putright.calendar.WorkingCalendar;
import org.putright.code.RecordRule;
import org.putright.code.RuleBroken;
import org.putright.system.problem.InvalidInput;

/**
 * When the record says something happened. Steps may be backdated to when they actually happened,
 * but never into the future (allowing a minute for the caller's clock to run ahead of ours) and
 * never before what they follow. Years outside 1900 to 2199 are typing mistakes, and refusing them
 * keeps them out of the database, whose date types end sooner than Java's.
 */
final class RecordedTime {

    /** Clock skew allowed between a client and the server before a time counts as the future. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    private RecordedTime() {}

    /** {@code at} is plausible, not in the future, and not before {@code notBefore} when given. */
    static void check(Instant at, Instant now, @Nullable Instant notBefore) {
        requirePlausible(at);
        if (isFuture(at, now)) {
            throw new RuleBroken(RecordRule.DATED_IN_FUTURE, at + " is later than now.");
        }
        if (notBefore != null && at.isBefore(notBefore)) {
            throw new RuleBroken(RecordRule.TIME_ORDER, at + " is before " + notBefore + ", which this step follows.");
        }
    }

    static void requirePlausible(Instant at) {
        int year = WorkingCalendar.dayOf(at).getYear();
        if (year < 1900 || year > 2199) {
            throw new InvalidInput("at", at + " is not a plausible date: use a year between 1900 and 2199");
        }
    }

    static boolean isFuture(Instant at, Instant now) {
        return at.isAfter(now.plus(CLOCK_SKEW));
    }
}
