package org.putright.casework.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.putright.calendar.WorkingCalendar;

/** Dates and times as the pages show them: the landlord's day in Europe/London, in GOV.UK style. */
final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, h:mma", Locale.UK);

    public String day(@Nullable LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public String day(@Nullable Instant instant) {
        return instant == null ? "" : DAY.format(WorkingCalendar.dayOf(instant));
    }

    public String dayTime(@Nullable Instant instant) {
        return instant == null
                ? ""
                : DAY_TIME.format(instant.atZone(WorkingCalendar.LONDON))
                        .replace("AM", "am")
                        .replace("PM", "pm");
    }

    /** An ISO date for a date input's value. */
    public String iso(@Nullable LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
