package org.putright.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JollydayBankHolidaysTest {

    private final JollydayBankHolidays jollyday = new JollydayBankHolidays();

    @Test
    void givesEnglandAndWalesTheirBankHolidaysOn2022sDaysOff() {
        assertThat(jollyday.bankHolidays(Division.ENGLAND_AND_WALES, 2022))
                .extracting(NonWorkingDay::date)
                .containsExactly(
                        LocalDate.of(2022, 1, 3),
                        LocalDate.of(2022, 4, 15),
                        LocalDate.of(2022, 4, 18),
                        LocalDate.of(2022, 5, 2),
                        LocalDate.of(2022, 6, 2),
                        LocalDate.of(2022, 6, 3),
                        LocalDate.of(2022, 8, 29),
                        LocalDate.of(2022, 9, 19),
                        LocalDate.of(2022, 12, 26),
                        LocalDate.of(2022, 12, 27));
    }

    @Test
    void marksSubstituteDays() {
        assertThat(jollyday.bankHolidays(Division.ENGLAND_AND_WALES, 2022))
                .filteredOn(day -> day.date().equals(LocalDate.of(2022, 12, 27)))
                .extracting(NonWorkingDay::name)
                .singleElement()
                .asString()
                .endsWith("(Substitute day)");
    }

    @Test
    void givesEveryDayAsABankHoliday() {
        assertThat(jollyday.bankHolidays(Division.NORTHERN_IRELAND, 2025))
                .extracting(NonWorkingDay::kind)
                .containsOnly(NonWorkingDay.Kind.BANK_HOLIDAY);
    }

    @Test
    void knowsScotlandsWorldCupBankHoliday() {
        assertThat(jollyday.bankHolidays(Division.SCOTLAND, 2026))
                .extracting(NonWorkingDay::date)
                .contains(LocalDate.of(2026, 6, 15));
        assertThat(jollyday.bankHolidays(Division.ENGLAND_AND_WALES, 2026))
                .extracting(NonWorkingDay::date)
                .doesNotContain(LocalDate.of(2026, 6, 15));
    }

    @Test
    void coversYearsBeyondThePublishedList() {
        assertThat(jollyday.covers(Division.ENGLAND_AND_WALES, 2030)).isTrue();
        // Christmas Day 2028 is a Monday, Boxing Day a Tuesday.
        assertThat(jollyday.bankHolidays(Division.ENGLAND_AND_WALES, 2028))
                .extracting(NonWorkingDay::date)
                .contains(LocalDate.of(2028, 12, 25), LocalDate.of(2028, 12, 26));
    }
}
