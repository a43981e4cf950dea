package org.putright.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bank holidays computed from Jollyday's rules for the United Kingdom. Used for the years beyond
 * the published GOV.UK list, and to cross-check that list. A one-off holiday proclaimed after this
 * Jollyday release is unknown to it until the library is upgraded.
 */
public final class JollydayBankHolidays implements BankHolidaySource {

    private final HolidayManager holidays;
    private final Map<YearOf, List<NonWorkingDay>> byYear = new ConcurrentHashMap<>();

    public JollydayBankHolidays() {
        this.holidays = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
    }

    @Override
    public List<NonWorkingDay> bankHolidays(Division division, int year) {
        return byYear.computeIfAbsent(new YearOf(division, year), this::compute);
    }

    private List<NonWorkingDay> compute(YearOf key) {
        return holidays.getHolidays(Year.of(key.year()), key.division().jollydaySubdivision()).stream()
                // Observances are days of note, not days off; the United Kingdom has none today,
                // but a future Jollyday release could add some.
                .filter(holiday -> holiday.getType() != HolidayType.OBSERVANCE)
                .map(JollydayBankHolidays::toNonWorkingDay)
                .sorted(Comparator.comparing(NonWorkingDay::date))
                .toList();
    }

    // getDate() is the day off: for a substitute day, the Monday or Tuesday, not the weekend date.
    // The name marks substitutes the way GOV.UK does.
    private static NonWorkingDay toNonWorkingDay(Holiday holiday) {
        String name = holiday.getDescription(Locale.UK);
        return NonWorkingDay.bankHoliday(
                holiday.getDate(), holiday.getObservedDate().isPresent() ? name + " (Substitute day)" : name);
    }

    private record YearOf(Division division, int year) {}
}
