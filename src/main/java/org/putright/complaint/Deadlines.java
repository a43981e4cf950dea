package org.putright.complaint;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.putright.calendar.WorkingCalendar;
import org.putright.calendar.WorkingDays;

/**
 * The deadline of the step now due: acknowledgement while a stage awaits it, response while a
 * stage is open; none once nothing is due. Computed from the record with the landlord's calendar
 * and Code edition, so a new bank holiday or closure day moves it.
 */
public record Deadlines(
        @Nullable LocalDate acknowledgeBy, @Nullable LocalDate respondBy) {

    public static final Deadlines NONE = new Deadlines(null, null);

    /** Due within this many working days counts as due soon. */
    public static final int DUE_SOON_WORKING_DAYS = 2;

    public @Nullable LocalDate next() {
        return acknowledgeBy != null ? acknowledgeBy : respondBy;
    }

    /** How the deadline now due stands on {@code today}. */
    public State stateOn(LocalDate today, WorkingCalendar calendar) {
        LocalDate next = next();
        if (next == null) {
            return State.NONE;
        }
        if (today.isAfter(next)) {
            return State.OVERDUE;
        }
        boolean soon = calendar.workingDaysBetween(today, next).compareTo(WorkingDays.of(DUE_SOON_WORKING_DAYS)) <= 0;
        return soon ? State.DUE_SOON : State.ON_TRACK;
    }

    /** On track, due within two working days, or overdue. */
    public enum State {
        NONE,
        ON_TRACK,
        DUE_SOON,
        OVERDUE
    }
}
