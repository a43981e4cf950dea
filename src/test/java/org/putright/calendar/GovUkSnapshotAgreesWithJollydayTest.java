package org.putright.calendar;

import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped GOV.UK list and Jollyday's rules are two independent accounts of the same bank
 * holidays; deadlines use the first and fall back on the second. Where they part, one of them is
 * wrong and deadlines would be too.
 */
class GovUkSnapshotAgreesWithJollydayTest {

    private static final GovUkBankHolidays SNAPSHOT = GovUkBankHolidays.shipped();
    private static final JollydayBankHolidays JOLLYDAY = new JollydayBankHolidays();

    static Stream<Arguments> everyYearTheSnapshotCovers() {
        return Arrays.stream(Division.values()).flatMap(division -> SNAPSHOT.yearsCovered(division).stream()
                .map(year -> Arguments.of(division, year)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyYearTheSnapshotCovers")
    void jollydayGivesTheSnapshotsBankHolidays(Division division, int year) {
        List<NonWorkingDay> snapshot = SNAPSHOT.bankHolidays(division, year);
        List<NonWorkingDay> jollyday = JOLLYDAY.bankHolidays(division, year);

        List<NonWorkingDay> onlyInSnapshot = missingFrom(jollyday, snapshot);
        List<NonWorkingDay> onlyInJollyday = missingFrom(snapshot, jollyday);

        assertThat(onlyInSnapshot.isEmpty() && onlyInJollyday.isEmpty())
                .as(
                        "%s %d: only in the GOV.UK snapshot: %s; only in Jollyday: %s",
                        division, year, describe(onlyInSnapshot), describe(onlyInJollyday))
                .isTrue();
    }

    @Test
    void snapshotCoversEveryDivisionFrom2019To2027() {
        for (Division division : Division.values()) {
            assertThat(SNAPSHOT.yearsCovered(division))
                    .as("%s", division)
                    .containsExactly(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027);
        }
    }

    private static List<NonWorkingDay> missingFrom(List<NonWorkingDay> list, List<NonWorkingDay> days) {
        Set<LocalDate> listed = dates(list);
        return days.stream().filter(day -> !listed.contains(day.date())).toList();
    }

    private static Set<LocalDate> dates(List<NonWorkingDay> days) {
        return days.stream().map(NonWorkingDay::date).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String describe(List<NonWorkingDay> days) {
        return days.isEmpty()
                ? "none"
                : days.stream()
                        .map(day -> day.date() + " " + day.date().getDayOfWeek() + " (" + day.name() + ")")
                        .collect(joining(", ", "[", "]"));
    }
}
