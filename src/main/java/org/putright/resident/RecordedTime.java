package org.putright.resident;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.putright.calendar.WorkingCalendar;
import org.putright.code.RecordRule;
import org.putright.code.RuleBroken;
import org.putright.system.problem.InvalidInput;

/**
 * The times and dates people give for what happened and what is planned. Something that has
 * happened cannot be dated later than now, allowing a minute for the caller's clock to run ahead of
 * ours; dates outside 1900 to 2199 are typing mistakes, and refusing them keeps them out of the
 * database, whose date types end sooner than Java's.
 */
final class RecordedTime {

    static final Duration CLOCK_SKEW = Duration.ofMinutes(1);
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2199, 12, 31);
    private static final Instant EARLIEST_INSTANT = Instant.parse("1900-01-01T00:00:00Z");

    private RecordedTime() {}

    /** When something happened: the time given, or now when none was given. */
    static Instant happened(@Nullable Instant given, Instant now, String field) {
        if (given == null) {
            return now;
        }
        if (given.isBefore(EARLIEST_INSTANT)) {
            throw new InvalidInput(field, "must be on or after " + EARLIEST);
        }
        if (given.isAfter(now.plus(CLOCK_SKEW))) {
            throw new RuleBroken(
                    RecordRule.DATED_IN_FUTURE, field + " is " + given + ", which is later than now (" + now + ").");
        }
        return given;
    }

    /** A date that is plausible at all: a review date, a start or an expiry. */
    static @Nullable LocalDate plausible(@Nullable LocalDate date, String field) {
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            throw new InvalidInput(field, "must be between " + EARLIEST + " and " + LATEST);
        }
        return date;
    }

    static LocalDate dayOf(Instant instant) {
        return WorkingCalendar.dayOf(instant);
    }
}
