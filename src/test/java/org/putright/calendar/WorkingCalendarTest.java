package org.putright.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.putright.calendar.NonWorkingDay.Kind.ADDED_BANK_HOLIDAY;
import static org.putright.calendar.NonWorkingDay.Kind.BANK_HOLIDAY;
import static org.putright.calendar.NonWorkingDay.Kind.CLOSURE_DAY;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Deadlines against the real bank holidays. Every expected date was counted by hand on a printed
 * calendar: the day of the event never counts, weekends and bank holidays are skipped.
 */
class WorkingCalendarTest {

    private static final GovUkBankHolidays GOV_UK = GovUkBankHolidays.shipped();
    private static final BankHolidaySource BANK_HOLIDAYS = GOV_UK.orElse(new JollydayBankHolidays());

    private static final WorkingCalendar ENGLAND_AND_WALES =
            WorkingCalendar.of(Division.ENGLAND_AND_WALES, BANK_HOLIDAYS);
    private static final WorkingCalendar SCOTLAND = WorkingCalendar.of(Division.SCOTLAND, BANK_HOLIDAYS);
    private static final WorkingCalendar NORTHERN_IRELAND =
            WorkingCalendar.of(Division.NORTHERN_IRELAND, BANK_HOLIDAYS);

    @ParameterizedTest(name = "{0} + {1} = {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # start     | n  | expected   | why
            2024-06-12  | 5  | 2024-06-19 | an ordinary week: Thursday is day 1
            2024-06-08  | 1  | 2024-06-10 | received on a Saturday: Monday is day 1
            2024-06-08  | 5  | 2024-06-14 | received on a Saturday: Friday is day 5
            2024-06-09  | 5  | 2024-06-14 | received on a Sunday
            2024-06-08  | 0  | 2024-06-08 | zero days is the start day, even a Saturday
            2022-09-16  | 5  | 2022-09-26 | the state funeral, Mon 19 Sep 2022, is skipped
            2022-09-19  | 5  | 2022-09-26 | received on the state funeral bank holiday: Tuesday is day 1
            2022-05-31  | 1  | 2022-06-01 | the day before the jubilee weekend
            2022-05-31  | 2  | 2022-06-06 | spring bank holiday Thu 2 and jubilee Fri 3 Jun 2022 are skipped
            2022-06-01  | 5  | 2022-06-10 | received the day before the jubilee weekend
            2023-05-05  | 5  | 2023-05-15 | the coronation, Mon 8 May 2023, is skipped
            2023-04-28  | 10 | 2023-05-16 | early May bank holiday and coronation, two Mondays in a row
            2022-12-23  | 1  | 2022-12-28 | Boxing Day Mon 26 and Christmas substitute Tue 27 Dec 2022
            2022-12-23  | 5  | 2023-01-04 | and the New Year substitute, Mon 2 Jan 2023
            2022-12-23  | 10 | 2023-01-11 | a stage 1 response over Christmas 2022
            2022-12-30  | 1  | 2023-01-03 | New Year substitute Mon 2 Jan 2023
            2024-03-28  | 1  | 2024-04-02 | Good Friday 29 Mar and Easter Monday 1 Apr 2024
            2024-03-28  | 5  | 2024-04-08 | over Easter 2024
            2024-12-02  | 20 | 2025-01-02 | a stage 2 response over Christmas 2024 and New Year 2025
            2027-12-24  | 1  | 2027-12-29 | Christmas substitute Mon 27 and Boxing Day substitute Tue 28 Dec 2027
            2027-12-24  | 3  | 2027-12-31 | the last day the shipped list covers
            2027-12-24  | 5  | 2028-01-05 | beyond the shipped list: New Year substitute Mon 3 Jan 2028 from the rules
            """)
    void countsWorkingDaysAfterTheStartDay(LocalDate start, int n, LocalDate expected, String why) {
        assertThat(ENGLAND_AND_WALES.addWorkingDays(start, WorkingDays.of(n))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} + {1} = {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # event                   | n | expected   | why
            2024-06-07T23:30:00Z      | 0 | 2024-06-08 | Friday 23:30 UTC is Saturday 00:30 BST
            2024-06-07T23:30:00Z      | 5 | 2024-06-14 | counted from that Saturday
            2024-06-06T23:30:00Z      | 1 | 2024-06-10 | Thursday 23:30 UTC is Friday in London, so Monday is day 1
            2024-06-07T00:30:00+01:00 | 0 | 2024-06-07 | 00:30 BST is already 7 June
            2024-06-07T00:30:00+01:00 | 5 | 2024-06-14 | counted from Friday 7 June
            2024-12-31T23:30:00Z      | 0 | 2024-12-31 | in GMT the London day is the UTC day
            2024-12-31T23:30:00Z      | 1 | 2025-01-02 | New Year's Day 2025 is skipped
            2024-03-30T23:30:00Z      | 0 | 2024-03-30 | Saturday night before the clocks go forward, still GMT
            2024-03-31T00:30:00Z      | 0 | 2024-03-31 | Sunday 00:30 GMT, before the change at 01:00
            2024-03-31T22:59:59Z      | 0 | 2024-03-31 | the last second of Sunday 31 March, in BST
            2024-03-31T23:00:00Z      | 0 | 2024-04-01 | midnight BST begins Easter Monday
            2024-03-31T23:30:00Z      | 1 | 2024-04-02 | received on Easter Monday in London: Tuesday is day 1
            2024-10-24T23:30:00Z      | 1 | 2024-10-28 | Thursday 23:30 UTC is Friday 25 Oct in BST, so Monday is day 1
            2024-10-26T23:30:00Z      | 0 | 2024-10-27 | Saturday 23:30 UTC is Sunday 00:30 BST, the night the clocks go back
            2024-10-27T00:30:00Z      | 0 | 2024-10-27 | 01:30 BST, the first time round
            2024-10-27T01:30:00Z      | 0 | 2024-10-27 | 01:30 GMT, the second time round
            2024-10-27T23:30:00Z      | 1 | 2024-10-28 | Sunday 23:30 GMT stays Sunday: Monday is day 1
            2024-10-28T00:00:00Z      | 0 | 2024-10-28 | midnight GMT begins Monday
            """)
    void countsFromTheEventsDayInLondon(Instant event, int n, LocalDate expected, String why) {
        assertThat(ENGLAND_AND_WALES.deadline(event, WorkingDays.of(n))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} + {1}: Scotland {2}, England and Wales {3}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # start     | n | Scotland   | England and Wales | why
            2023-12-29  | 1 | 2024-01-03 | 2024-01-02        | 2 January 2024 is a bank holiday in Scotland
            2024-12-31  | 2 | 2025-01-06 | 2025-01-03        | New Year's Day and 2 January 2025
            2022-12-30  | 1 | 2023-01-04 | 2023-01-03        | 2 January 2023 fell on the New Year substitute Monday, so Tuesday 3 Jan
            2023-11-29  | 1 | 2023-12-01 | 2023-11-30        | St Andrew's Day Thu 30 Nov 2023
            2024-11-29  | 1 | 2024-12-03 | 2024-12-02        | St Andrew's Day on Sat 30 Nov 2024: substitute Mon 2 Dec
            2024-08-02  | 1 | 2024-08-06 | 2024-08-05        | Scotland's summer bank holiday is the first Monday of August
            2024-08-23  | 1 | 2024-08-26 | 2024-08-27        | the last Monday of August is a working day in Scotland
            2024-03-28  | 1 | 2024-04-01 | 2024-04-02        | Easter Monday is a working day in Scotland
            2022-09-16  | 1 | 2022-09-20 | 2022-09-20        | the state funeral was a bank holiday everywhere
            """)
    void scotlandHasItsOwnBankHolidays(
            LocalDate start, int n, LocalDate scotland, LocalDate englandAndWales, String why) {
        assertThat(SCOTLAND.addWorkingDays(start, WorkingDays.of(n))).isEqualTo(scotland);
        assertThat(ENGLAND_AND_WALES.addWorkingDays(start, WorkingDays.of(n))).isEqualTo(englandAndWales);
    }

    @ParameterizedTest(name = "{0} + {1}: Northern Ireland {2}, England and Wales {3}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # start     | n | Northern Ireland | England and Wales | why
            2025-03-14  | 1 | 2025-03-18       | 2025-03-17        | St Patrick's Day Mon 17 Mar 2025
            2024-03-15  | 1 | 2024-03-19       | 2024-03-18        | St Patrick's Day on Sun 17 Mar 2024: substitute Mon 18
            2023-07-11  | 1 | 2023-07-13       | 2023-07-12        | Battle of the Boyne Wed 12 Jul 2023
            2025-07-11  | 1 | 2025-07-15       | 2025-07-14        | Battle of the Boyne on Sat 12 Jul 2025: substitute Mon 14
            2024-03-28  | 1 | 2024-04-02       | 2024-04-02        | Easter Monday is a bank holiday in Northern Ireland too
            """)
    void northernIrelandHasItsOwnBankHolidays(
            LocalDate start, int n, LocalDate northernIreland, LocalDate englandAndWales, String why) {
        assertThat(NORTHERN_IRELAND.addWorkingDays(start, WorkingDays.of(n))).isEqualTo(northernIreland);
        assertThat(ENGLAND_AND_WALES.addWorkingDays(start, WorkingDays.of(n))).isEqualTo(englandAndWales);
    }

    @ParameterizedTest(name = "closed {0}: {1} + {2} = {3}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # closure days                     | start      | n | expected   | why
            ''                                 | 2024-12-24 | 5 | 2025-01-03 | no closure: Fri 27, Mon 30, Tue 31 Dec, Thu 2, Fri 3 Jan
            2024-12-27                         | 2024-12-24 | 5 | 2025-01-06 | closed on Friday 27 December
            2024-12-27;2024-12-30;2024-12-31   | 2024-12-24 | 5 | 2025-01-08 | closed from Christmas to New Year
            2024-12-25                         | 2024-12-24 | 1 | 2024-12-27 | a closure on a bank holiday does not count twice
            2024-12-28                         | 2024-12-24 | 1 | 2024-12-27 | a closure on a Saturday changes nothing
            """)
    void closureDaysPushTheDeadline(String closures, LocalDate start, int n, LocalDate expected, String why) {
        List<NonWorkingDay> closureDays = Arrays.stream(closures.split(";"))
                .filter(date -> !date.isBlank())
                .map(date -> NonWorkingDay.closureDay(LocalDate.parse(date.strip()), "Office closed"))
                .toList();
        WorkingCalendar calendar = new WorkingCalendar(Division.ENGLAND_AND_WALES, BANK_HOLIDAYS, closureDays);

        assertThat(calendar.addWorkingDays(start, WorkingDays.of(n))).isEqualTo(expected);
    }

    @Test
    void anAddedBankHolidayPushesTheDeadline() {
        // A one-off bank holiday announced after release, entered by an administrator: here a
        // hypothetical Friday 18 September 2026 in England and Wales.
        LocalDate announced = LocalDate.of(2026, 9, 18);
        WorkingCalendar asShipped = WorkingCalendar.of(Division.ENGLAND_AND_WALES, GOV_UK);
        WorkingCalendar withAnnounced = new WorkingCalendar(
                Division.ENGLAND_AND_WALES,
                GOV_UK,
                List.of(NonWorkingDay.addedBankHoliday(announced, "Bank holiday for a national celebration")));
        LocalDate thursday = LocalDate.of(2026, 9, 17);

        assertThat(asShipped.addWorkingDays(thursday, WorkingDays.of(1))).isEqualTo(announced);
        assertThat(withAnnounced.addWorkingDays(thursday, WorkingDays.of(1))).isEqualTo(LocalDate.of(2026, 9, 21));
        assertThat(withAnnounced.reasonNotWorking(announced))
                .get()
                .extracting(NonWorkingDay::name, NonWorkingDay::kind)
                .containsExactly("Bank holiday for a national celebration", ADDED_BANK_HOLIDAY);
    }

    @Test
    void scotlandsWorldCupBankHolidayIsInTheShippedList() {
        WorkingCalendar scotland = WorkingCalendar.of(Division.SCOTLAND, GOV_UK);
        WorkingCalendar england = WorkingCalendar.of(Division.ENGLAND_AND_WALES, GOV_UK);
        LocalDate friday = LocalDate.of(2026, 6, 12);

        assertThat(scotland.addWorkingDays(friday, WorkingDays.of(1))).isEqualTo(LocalDate.of(2026, 6, 16));
        assertThat(england.addWorkingDays(friday, WorkingDays.of(1))).isEqualTo(LocalDate.of(2026, 6, 15));
    }

    @ParameterizedTest(name = "{0}: working {1}, reason {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # day       | working | reason
            2022-09-19  | false   | BANK_HOLIDAY
            2022-09-20  | true    |
            2022-06-02  | false   | BANK_HOLIDAY
            2022-06-03  | false   | BANK_HOLIDAY
            2023-05-08  | false   | BANK_HOLIDAY
            2022-12-26  | false   | BANK_HOLIDAY
            2022-12-27  | false   | BANK_HOLIDAY
            2023-01-02  | false   | BANK_HOLIDAY
            2023-01-03  | true    |
            2024-03-29  | false   | BANK_HOLIDAY
            2024-04-01  | false   | BANK_HOLIDAY
            2027-12-27  | false   | BANK_HOLIDAY
            2027-12-28  | false   | BANK_HOLIDAY
            2021-12-25  | false   |
            2021-12-27  | false   | BANK_HOLIDAY
            2024-06-08  | false   |
            2024-06-09  | false   |
            2024-06-10  | true    |
            2028-12-25  | false   | BANK_HOLIDAY
            2028-12-26  | false   | BANK_HOLIDAY
            """)
    void tellsWhetherADayIsWorkedAndWhyNot(LocalDate day, boolean working, NonWorkingDay.@Nullable Kind reason) {
        assertThat(ENGLAND_AND_WALES.isWorkingDay(day)).isEqualTo(working);
        assertThat(ENGLAND_AND_WALES.reasonNotWorking(day).map(NonWorkingDay::kind))
                .isEqualTo(Optional.ofNullable(reason));
    }

    @Test
    void namesTheBankHolidayThatStopsWork() {
        assertThat(ENGLAND_AND_WALES.reasonNotWorking(LocalDate.of(2022, 9, 19)))
                .get()
                .extracting(NonWorkingDay::name)
                .isEqualTo("Bank Holiday for the State Funeral of Queen Elizabeth II");
        assertThat(ENGLAND_AND_WALES.reasonNotWorking(LocalDate.of(2022, 12, 27)))
                .get()
                .extracting(NonWorkingDay::name)
                .isEqualTo("Christmas Day (Substitute day)");
    }

    @ParameterizedTest(name = "{0} against {1}: on time {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # action               | deadline   | on time | why
            2024-06-13T09:00:00Z   | 2024-06-14 | true    | the day before
            2024-06-14T22:59:59Z   | 2024-06-14 | true    | 23:59:59 BST on the deadline day
            2024-06-14T23:00:00Z   | 2024-06-14 | false   | midnight BST is the next day
            2024-12-31T23:59:59Z   | 2024-12-31 | true    | in GMT the day ends at midnight UTC
            2025-01-01T00:00:00Z   | 2024-12-31 | false   | the next day
            """)
    void anActionIsOnTimeOnOrBeforeTheDeadlineDay(Instant action, LocalDate deadline, boolean onTime, String why) {
        assertThat(ENGLAND_AND_WALES.onTime(action, deadline)).isEqualTo(onTime);
    }

    @ParameterizedTest(name = "after {0} up to {1}: {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # after     | up to      | working days | why
            2024-06-14  | 2024-06-14 | 0            | the same day
            2024-06-14  | 2024-06-17 | 1            | Friday to Monday
            2024-06-17  | 2024-06-14 | 0            | the second day is earlier
            2024-06-07  | 2024-06-09 | 0            | only a weekend
            2022-12-23  | 2023-01-04 | 5            | over Christmas 2022
            2024-03-28  | 2024-04-02 | 1            | over Easter 2024
            2024-12-02  | 2025-01-02 | 20           | over Christmas 2024
            """)
    void countsWorkingDaysBetweenTwoDays(LocalDate after, LocalDate upTo, int expected, String why) {
        assertThat(ENGLAND_AND_WALES.workingDaysBetween(after, upTo)).isEqualTo(WorkingDays.of(expected));
    }

    @Test
    void listsTheNonWorkingDaysInARangeInDateOrder() {
        WorkingCalendar calendar = new WorkingCalendar(
                Division.ENGLAND_AND_WALES,
                BANK_HOLIDAYS,
                List.of(
                        NonWorkingDay.closureDay(LocalDate.of(2022, 12, 29), "Office closed"),
                        NonWorkingDay.closureDay(LocalDate.of(2022, 12, 26), "Office closed")));

        assertThat(calendar.nonWorkingDays(LocalDate.of(2022, 12, 24), LocalDate.of(2023, 1, 3)))
                .extracting(NonWorkingDay::date, NonWorkingDay::kind)
                .containsExactly(
                        tuple(LocalDate.of(2022, 12, 26), BANK_HOLIDAY),
                        tuple(LocalDate.of(2022, 12, 27), BANK_HOLIDAY),
                        tuple(LocalDate.of(2022, 12, 29), CLOSURE_DAY),
                        tuple(LocalDate.of(2023, 1, 2), BANK_HOLIDAY));
        assertThat(calendar.nonWorkingDays(LocalDate.of(2023, 1, 3), LocalDate.of(2022, 12, 24)))
                .isEmpty();
    }

    @Test
    void anAddedBankHolidayIsGivenAsTheReasonOverAClosureOnTheSameDay() {
        LocalDate day = LocalDate.of(2026, 9, 18);
        WorkingCalendar calendar = new WorkingCalendar(
                Division.ENGLAND_AND_WALES,
                GOV_UK,
                List.of(
                        NonWorkingDay.closureDay(day, "Office closed"),
                        NonWorkingDay.addedBankHoliday(day, "Bank holiday for a national celebration")));

        assertThat(calendar.reasonNotWorking(day))
                .get()
                .extracting(NonWorkingDay::kind)
                .isEqualTo(ADDED_BANK_HOLIDAY);
        assertThat(calendar.nonWorkingDays(day, day)).hasSize(1);
    }

    @Test
    void refusesABankHolidayAmongTheAddedDays() {
        List<NonWorkingDay> extra = List.of(NonWorkingDay.bankHoliday(LocalDate.of(2026, 6, 15), "World Cup"));

        assertThatThrownBy(() -> new WorkingCalendar(Division.SCOTLAND, GOV_UK, extra))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("added bank holiday");
    }

    @Test
    void refusesANegativeNumberOfWorkingDays() {
        assertThatThrownBy(() -> WorkingDays.of(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }

    @Test
    void theNthWorkingDayIsAWorkingDayExactlyNWorkingDaysAfterTheStart() {
        for (LocalDate start = LocalDate.of(2022, 1, 1); start.getYear() <= 2027; start = start.plusDays(1)) {
            for (int n : new int[] {1, 5, 10, 20}) {
                LocalDate deadline = ENGLAND_AND_WALES.addWorkingDays(start, WorkingDays.of(n));
                assertThat(ENGLAND_AND_WALES.isWorkingDay(deadline))
                        .as("%s + %d", start, n)
                        .isTrue();
                assertThat(ENGLAND_AND_WALES.workingDaysBetween(start, deadline))
                        .as("%s + %d", start, n)
                        .isEqualTo(WorkingDays.of(n));
            }
        }
    }

    @Test
    void theDayOfAnInstantIsItsDateInLondon() {
        assertThat(WorkingCalendar.dayOf(Instant.parse("2024-06-07T23:30:00Z"))).isEqualTo(LocalDate.of(2024, 6, 8));
        assertThat(WorkingCalendar.dayOf(Instant.parse("2024-12-31T23:30:00Z"))).isEqualTo(LocalDate.of(2024, 12, 31));
    }
}
