package org.putright.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BankHolidaysWithFallbackTest {

    private final GovUkBankHolidays govUk = GovUkBankHolidays.shipped();
    private final BankHolidaySource source = govUk.orElse(new JollydayBankHolidays());

    @Test
    void prefersThePublishedListForTheYearsItCovers() {
        BankHolidaySource disagreeing =
                (division, year) -> java.util.List.of(NonWorkingDay.bankHoliday(LocalDate.of(year, 1, 5), "Not real"));

        assertThat(govUk.orElse(disagreeing).bankHolidays(Division.SCOTLAND, 2026))
                .isEqualTo(govUk.bankHolidays(Division.SCOTLAND, 2026))
                .extracting(NonWorkingDay::date)
                .contains(LocalDate.of(2026, 6, 15))
                .doesNotContain(LocalDate.of(2026, 1, 5));
    }

    @Test
    void fallsBackOnTheRulesForLaterYears() {
        assertThat(govUk.covers(Division.ENGLAND_AND_WALES, 2028)).isFalse();
        assertThat(source.covers(Division.ENGLAND_AND_WALES, 2028)).isTrue();
        // New Year's Day 2028 is a Saturday, so the bank holiday is Monday 3 January.
        assertThat(source.bankHolidays(Division.ENGLAND_AND_WALES, 2028))
                .extracting(NonWorkingDay::date)
                .startsWith(LocalDate.of(2028, 1, 3));
    }
}
