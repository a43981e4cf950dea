package org.putright.calendar;

import java.util.List;

/** Where a division's bank holidays for a year come from. */
public interface BankHolidaySource {

    /**
     * The bank holidays of {@code division} in {@code year}, sorted by date, each of kind {@link
     * NonWorkingDay.Kind#BANK_HOLIDAY}. Empty for a year the source does not {@linkplain #covers
     * cover}.
     */
    List<NonWorkingDay> bankHolidays(Division division, int year);

    /**
     * Whether this source knows the bank holidays of {@code division} in {@code year}. A published
     * list covers only the years it lists, where an empty answer would wrongly mean "no bank
     * holidays"; a source that follows the rules covers every year.
     */
    default boolean covers(Division division, int year) {
        return true;
    }

    /**
     * This source for the years it covers, {@code fallback} for the others: the published GOV.UK
     * list first, and the rules beyond the last year it lists.
     */
    default BankHolidaySource orElse(BankHolidaySource fallback) {
        return new BankHolidaysWithFallback(this, fallback);
    }
}
