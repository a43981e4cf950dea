package org.putright.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Where the landlord's calendar choices are kept: division, added bank holidays, closure days. */
public interface CalendarStore {

    Division division();

    /** Increases on every change, so that each instance can tell when to reload. */
    long version();

    void changeDivision(Division division);

    /** The added bank holidays of this division and the closure days, all years. */
    List<NonWorkingDay> extraDays(Division division);

    /** False when the same day of the same kind is already there. */
    boolean add(NonWorkingDay day, Division division, Instant at, String by);

    /** False when there was no such day. */
    boolean remove(LocalDate date, NonWorkingDay.Kind kind, Division division);
}
