package org.putright.calendar;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** Asks the preferred source for the years it covers and the fallback for the rest. */
record BankHolidaysWithFallback(BankHolidaySource preferred, BankHolidaySource fallback) implements BankHolidaySource {

    BankHolidaysWithFallback {
        requireNonNull(preferred, "preferred");
        requireNonNull(fallback, "fallback");
    }

    @Override
    public List<NonWorkingDay> bankHolidays(Division division, int year) {
        return preferred.covers(division, year)
                ? preferred.bankHolidays(division, year)
                : fallback.bankHolidays(division, year);
    }

    @Override
    public boolean covers(Division division, int year) {
        return preferred.covers(division, year) || fallback.covers(division, year);
    }
}
