package org.putright.bench.jmh;

import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.putright.calendar.Division;
import org.putright.calendar.GovUkBankHolidays;
import org.putright.calendar.JollydayBankHolidays;
import org.putright.calendar.WorkingCalendar;
import org.putright.calendar.WorkingDays;

/**
 * The working-day arithmetic every deadline rests on (PRODUCT.md, 5.x/6.x timescales): run for
 * every complaint on every step, on the worklist for every row, and for the whole caseload when
 * the calendar changes. Dates span Christmas and Easter, where bank holidays bunch.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DeadlineArithmeticBenchmark {

    private final WorkingCalendar england = WorkingCalendar.of(
            Division.ENGLAND_AND_WALES, GovUkBankHolidays.shipped().orElse(new JollydayBankHolidays()));
    private final LocalDate beforeChristmas = LocalDate.of(2025, 12, 19);
    private final LocalDate beforeEaster = LocalDate.of(2026, 3, 30);
    private final Instant receivedLateFriday = Instant.parse("2025-12-19T23:30:00Z");
    private final LocalDate deadline = LocalDate.of(2026, 1, 5);
    private final Instant respondedAt = Instant.parse("2026-01-05T22:59:00Z");

    /** Stage 1 acknowledgement: 5 working days over Christmas. */
    @Benchmark
    public LocalDate fiveWorkingDaysOverChristmas() {
        return england.addWorkingDays(beforeChristmas, WorkingDays.of(5));
    }

    /** Stage 2 response with the longest extension: 40 working days over Easter. */
    @Benchmark
    public LocalDate fortyWorkingDaysOverEaster() {
        return england.addWorkingDays(beforeEaster, WorkingDays.of(40));
    }

    /** A deadline from an instant: the London day of the event, then the working days. */
    @Benchmark
    public LocalDate deadlineFromAnInstant() {
        return england.deadline(receivedLateFriday, WorkingDays.of(10));
    }

    /** Whether a response was on time, as every report figure asks. */
    @Benchmark
    public boolean onTime() {
        return england.onTime(respondedAt, deadline);
    }

    /** Working days elapsed, as the extension cap and the reports count them. */
    @Benchmark
    public WorkingDays workingDaysBetween() {
        return england.workingDaysBetween(beforeChristmas, deadline);
    }
}
