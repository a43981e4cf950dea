package org.putright.reporting;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.putright.system.problem.InvalidInput;

/**
 * The days a report covers, both included, as Europe/London days. Normally a reporting year, 1
 * April to 31 March; any span up to ten years is allowed.
 */
public record ReportingPeriod(LocalDate from, LocalDate to) {

    private static final long LONGEST_YEARS = 10;

    public ReportingPeriod {
        if (to.isBefore(from)) {
            throw new InvalidInput("to", "must be on or after from (" + from + ")");
        }
        if (ChronoUnit.YEARS.between(from, to) >= LONGEST_YEARS) {
            throw new InvalidInput("to", "a report covers at most " + LONGEST_YEARS + " years");
        }
    }

    /** The period asked for, or else the reporting year containing {@code today}. */
    public static ReportingPeriod of(@Nullable LocalDate from, @Nullable LocalDate to, LocalDate today) {
        if (from == null && to == null) {
            return reportingYearOf(today);
        }
        if (from == null) {
            throw new InvalidInput("from", "is needed with to");
        }
        if (to == null) {
            throw new InvalidInput("to", "is needed with from");
        }
        return new ReportingPeriod(from, to);
    }

    /** 1 April to 31 March around {@code day}. */
    public static ReportingPeriod reportingYearOf(LocalDate day) {
        int start = day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
        return new ReportingPeriod(LocalDate.of(start, 4, 1), LocalDate.of(start + 1, 3, 31));
    }
}
