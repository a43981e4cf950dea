package org.putright.calendar;

import static java.util.Objects.requireNonNull;
import static java.util.stream.Collectors.groupingBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The official list of UK bank holidays, in the format GOV.UK publishes. The product ships a
 * snapshot of it; an administrator can replace it with a newer copy without a release, which is how
 * one-off holidays (a state funeral, a coronation) reach deadlines. It covers only the years it
 * lists, so combine it with the rules for later years: {@code shipped().orElse(new
 * JollydayBankHolidays())}.
 */
public final class GovUkBankHolidays implements BankHolidaySource {

    static final String SHIPPED_SNAPSHOT = "/calendar/gov-uk-bank-holidays.json";

    private final Map<Division, SortedMap<Integer, List<NonWorkingDay>>> byDivisionAndYear;

    private GovUkBankHolidays(Map<Division, List<NonWorkingDay>> byDivision) {
        Map<Division, SortedMap<Integer, List<NonWorkingDay>>> years = new EnumMap<>(Division.class);
        byDivision.forEach((division, days) -> years.put(division, byYear(days)));
        this.byDivisionAndYear = Collections.unmodifiableMap(years);
    }

    /**
     * Reads a file in the GOV.UK format; the caller closes the stream.
     *
     * @throws MalformedBankHolidays if it is not such a file, lacks a division, or has an event
     *     without a valid title and date
     */
    public static GovUkBankHolidays parse(InputStream json) {
        return new GovUkBankHolidays(GovUkBankHolidaysReader.read(json));
    }

    /** The snapshot shipped with this release. */
    public static GovUkBankHolidays shipped() {
        try (InputStream json = GovUkBankHolidays.class.getResourceAsStream(SHIPPED_SNAPSHOT)) {
            if (json == null) {
                throw new IllegalStateException("The shipped bank holidays are missing: " + SHIPPED_SNAPSHOT);
            }
            return parse(json);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the shipped bank holidays", e);
        }
    }

    /** The years in which this list names at least one bank holiday of {@code division}. */
    public SortedSet<Integer> yearsCovered(Division division) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(of(division).keySet()));
    }

    @Override
    public List<NonWorkingDay> bankHolidays(Division division, int year) {
        return of(division).getOrDefault(year, List.of());
    }

    @Override
    public boolean covers(Division division, int year) {
        return of(division).containsKey(year);
    }

    // The reader fails on a missing division, so every division is present.
    private SortedMap<Integer, List<NonWorkingDay>> of(Division division) {
        return requireNonNull(byDivisionAndYear.get(division), division::name);
    }

    private static SortedMap<Integer, List<NonWorkingDay>> byYear(List<NonWorkingDay> days) {
        SortedMap<Integer, List<NonWorkingDay>> years = new TreeMap<>();
        days.stream()
                .collect(groupingBy(day -> day.date().getYear()))
                .forEach((year, inYear) -> years.put(
                        year,
                        inYear.stream()
                                .sorted(Comparator.comparing(NonWorkingDay::date))
                                .toList()));
        return Collections.unmodifiableSortedMap(years);
    }
}
