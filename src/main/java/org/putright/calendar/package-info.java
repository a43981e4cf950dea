/**
 * Working days and deadlines. The Complaint Handling Code sets its timescales in working days:
 * acknowledging a complaint (6.2), responding at stage 1 (6.3 and 6.4), acknowledging an escalation
 * (6.11) and responding at stage 2 (6.14), each with its extensions. This module answers the one
 * question all of them ask: which day is the Nth working day after a given event, and was an action
 * taken on or before it.
 *
 * <p>A {@link org.putright.calendar.WorkingCalendar} is an immutable snapshot of one landlord's
 * working days: Monday to Friday, less the bank holidays of the landlord's {@link
 * org.putright.calendar.Division}, the bank holidays an administrator added after release, and the
 * landlord's closure days. Bank holidays come from a {@link
 * org.putright.calendar.BankHolidaySource}: the official GOV.UK list shipped with the product and
 * replaceable at run time ({@link org.putright.calendar.GovUkBankHolidays}), with Jollyday's rules
 * for the years that list does not reach ({@link org.putright.calendar.JollydayBankHolidays}).
 * Days are local dates in Europe/London, whatever zone the server runs in.
 *
 * <p>The module is plain Java and depends on no other module; wiring and storage of added bank
 * holidays and closure days belong in adapters outside this package.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Calendar")
package org.putright.calendar;

import org.jspecify.annotations.NullMarked;
