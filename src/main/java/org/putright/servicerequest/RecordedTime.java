package org.putright.servicerequest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.putright.calendar.WorkingCalendar;
import org.putright.code.RecordRule;
import org.putright.code.RuleBroken;
import org.putright.system.problem.InvalidInput;

/**
 * The times people give for what happened on a request. Nothing that has happened is dated later
 * than now, allowing a minute for the caller's clock to run ahead of ours, nor before something it
 * follows; dates outside 1900 to 2199 are typing mistakes, refused before the database sees them.
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

    /** When something happened, which cannot be before {@code earliest}, the event it follows. */
    static Instant happenedAfter(@Nullable Instant given, Instant now, String field, Instant earliest, String what) {
        Instant at = happened(given, now, field);
        if (at.isBefore(earliest)) {
            throw new RuleBroken(
                    RecordRule.TIME_ORDER, field + " is " + at + ", before " + what + " at " + earliest + ".");
        }
        return at;
    }

    static @Nullable LocalDate plausible(@Nullable LocalDate date, String field) {
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            throw new InvalidInput(field, "must be between " + EARLIEST + " and " + LATEST);
        }
        return date;
    }

    static LocalDate dayOf(Instant instant) {
        return WorkingCalendar.dayOf(instant);
    }

    /** The text without surrounding white space; null when nothing is left. */
    static @Nullable String tidy(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
