package org.putright.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BankHolidaysWithFallbackTest {

    private final GovUkBankHolidays govUk = GovUkBankHolidays.shipped();
    private final BankHolidaySource source = govUk.orElse(new JollydayBankHolidays());

    @Test
    void prefersThePublishedListForTheYearsItCovers() {
        // Jollyday has Scotland's World Cup bank holiday, the shipped list does not: the list wins.
        assertThat(source.bankHolidays(Division.SCOTLAND, 2026)).isEqualTo(govUk.bankHolidays(Division.SCOTLAND, 2026));
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
