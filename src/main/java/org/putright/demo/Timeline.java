package org.putright.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.putright.calendar.WorkingCalendar;
import org.putright.calendar.WorkingDays;

/**
 * A story's beats as they are written, and the times the next ones can take. The complaint's
 * lifecycle steps must happen in order, so each is placed after the last; what is kept on the
 * record beside them (letters, calls, remedies and actions carried out) may fall anywhere between.
 */
final class Timeline {

    private final WorkingCalendar calendar;
    private final Random random;
    private final List<Beat> beats = new ArrayList<>();
    private final List<Story.Due> dues = new ArrayList<>();
    private Instant lastStep;

    Timeline(Instant start, WorkingCalendar calendar, Random random) {
        this.calendar = calendar;
        this.random = random;
        this.lastStep = start;
    }

    /** Adds a lifecycle step, which later steps may not come before. */
    void step(Beat beat) {
        beats.add(beat);
        if (beat.at().isAfter(lastStep)) {
            lastStep = beat.at();
        }
    }

    /** Adds something kept on the record beside the steps, which later steps need not follow. */
    void note(Beat beat) {
        beats.add(beat);
    }

    /** Records the response deadline {@code stage} has from {@code from} on. */
    void due(Instant from, int stage, LocalDate respondBy) {
        dues.add(new Story.Due(from, stage, respondBy));
    }

    Instant lastStep() {
        return lastStep;
    }

    List<Beat> inTimeOrder() {
        List<Beat> ordered = new ArrayList<>(beats);
        ordered.sort(Comparator.comparing(Beat::at));
        return ordered;
    }

    List<Story.Due> dues() {
        return dues;
    }

    /** A time in office hours on {@code day}, after the last step if that was the same day. */
    Instant office(LocalDate day) {
        Instant at = during(day);
        return at.isAfter(lastStep) ? at : lastStep.plusSeconds(600 + random.nextInt(1800));
    }

    /** A time in office hours on {@code day}, for what is kept on the record beside the steps. */
    Instant during(LocalDate day) {
        return day.atTime(LocalTime.of(8, 40).plusMinutes(random.nextInt(510)))
                .atZone(WorkingCalendar.LONDON)
                .toInstant();
    }

    /** A time residents send things themselves, evenings and weekends too. */
    Instant anyTime(LocalDate day) {
        Instant at = day.atTime(LocalTime.of(7, 0).plusMinutes(random.nextInt(900)))
                .atZone(WorkingCalendar.LONDON)
                .toInstant();
        return at.isAfter(lastStep) ? at : lastStep.plusSeconds(600 + random.nextInt(1800));
    }

    /** A working day chosen after {@code after} and by {@code deadline}, early rather than late. */
    LocalDate soon(LocalDate after, LocalDate deadline) {
        int span = calendar.workingDaysBetween(after, deadline).value();
        if (span < 1) {
            return workingDaysAfter(after, 1);
        }
        int pick = random.nextInt(100) < 70 ? 1 + random.nextInt(Math.min(span, 3)) : 1 + random.nextInt(span);
        return workingDaysAfter(after, pick);
    }

    /** A working day after {@code after} and by {@code deadline}, in the last week or so before it. */
    LocalDate nearDeadline(LocalDate after, LocalDate deadline) {
        int span = calendar.workingDaysBetween(after, deadline).value();
        if (span < 1) {
            return workingDaysAfter(after, 1);
        }
        int pick = span - random.nextInt(Math.min(span, 7));
        return workingDaysAfter(after, pick);
    }

    /** {@code day} if it is a working day, else the next one. */
    LocalDate workingDayFrom(LocalDate day) {
        LocalDate on = day;
        while (!calendar.isWorkingDay(on)) {
            on = on.plusDays(1);
        }
        return on;
    }

    LocalDate workingDaysAfter(LocalDate day, int count) {
        return calendar.addWorkingDays(day, WorkingDays.of(count));
    }
}
