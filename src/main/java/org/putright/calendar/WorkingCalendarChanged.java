package org.putright.calendar;

import java.time.LocalDate;

/**
 * The working-day calendar changed: a closure day or bank holiday was added or removed, or the
 * landlord's division changed. Deadlines on or after {@code from} may have moved; modules holding
 * computed deadlines recompute those of open cases.
 */
public record WorkingCalendarChanged(Division division, LocalDate from, String reason) {}
