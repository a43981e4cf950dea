package org.putright.calendar;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One landlord's working days, and the deadlines counted in them.
 *
 * <p>A working day is a Monday to Friday that is not a bank holiday of the landlord's {@link
 * Division}, a bank holiday an administrator added, or one of the landlord's closure days. "Within N
 * working days of X" means on or before the Nth working day after the day of X; the day of X never
 * counts, whatever day it is, so a complaint received on a Saturday has the Monday as day 1. The day
 * of an instant is its date in Europe/London, so a complaint received at 23:30 UTC on a summer
 * Friday was received on Saturday.
 *
 * <p>A calendar is a snapshot: when an administrator adds a bank holiday or a closure day, build a
 * new calendar and recompute open deadlines with it. Bank holidays are fetched from the source a
 * year at a time when first needed, so the source must not change under a calendar.
 */
public final class WorkingCalendar {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    // When two reasons fall on one date, the official one is the one shown.
    private static final Comparator<NonWorkingDay> FIRST_REASON = Comparator.comparing(NonWorkingDay::kind);

    private final Division division;
    private final BankHolidaySource bankHolidays;
    private final Map<LocalDate, NonWorkingDay> extraDays;
    private final Map<Integer, Map<LocalDate, NonWorkingDay>> bankHolidaysByYear = new ConcurrentHashMap<>();

    /**
     * @param extraDays bank holidays added by an administrator and the landlord's closure days; the
     *     bank holidays themselves come from {@code bankHolidays}
     */
    public WorkingCalendar(Division division, BankHolidaySource bankHolidays, Collection<NonWorkingDay> extraDays) {
        this.division = requireNonNull(division, "division");
        this.bankHolidays = requireNonNull(bankHolidays, "bankHolidays");
        Map<LocalDate, NonWorkingDay> extras = new HashMap<>();
        for (NonWorkingDay day : extraDays) {
            requireExtra(day);
            extras.merge(day.date(), day, (a, b) -> FIRST_REASON.compare(a, b) <= 0 ? a : b);
        }
        this.extraDays = Map.copyOf(extras);
    }

    /** A calendar with the bank holidays of {@code division} and no added or closure days. */
    public static WorkingCalendar of(Division division, BankHolidaySource bankHolidays) {
        return new WorkingCalendar(division, bankHolidays, List.of());
    }

    public Division division() {
        return division;
    }

    /** The day an instant falls on for the landlord: its local date in Europe/London. */
    public static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, LONDON);
    }

    public boolean isWorkingDay(LocalDate day) {
        return !isWeekend(day) && reasonNotWorking(day).isEmpty();
    }

    /**
     * The bank holiday, added bank holiday or closure day on {@code day}, if there is one. Empty for
     * a working day and for an ordinary Saturday or Sunday, which need no reason; {@link
     * #isWorkingDay} tells the two apart. Where a closure day falls on a bank holiday, the bank
     * holiday is the reason given.
     */
    public Optional<NonWorkingDay> reasonNotWorking(LocalDate day) {
        NonWorkingDay bankHoliday = bankHolidaysIn(day.getYear()).get(day);
        return bankHoliday != null ? Optional.of(bankHoliday) : Optional.ofNullable(extraDays.get(day));
    }

    /**
     * The {@code n}th working day after {@code start}; {@code start} itself never counts. Zero
     * working days after {@code start} is {@code start}, whatever day it is.
     */
    public LocalDate addWorkingDays(LocalDate start, WorkingDays n) {
        LocalDate day = start;
        for (int counted = 0; counted < n.value(); ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The last day on which something due "within {@code workingDays} of {@code event}" is on time. */
    public LocalDate deadline(Instant event, WorkingDays workingDays) {
        return addWorkingDays(dayOf(event), workingDays);
    }

    /** Whether {@code action} happened on or before the day of {@code deadline}, in Europe/London. */
    public boolean onTime(Instant action, LocalDate deadline) {
        return !dayOf(action).isAfter(deadline);
    }

    /**
     * How many working days come after {@code after}, up to and including {@code upToInclusive}:
     * from a deadline to the day of a late action, how late it was; from today to a deadline, how
     * many remain. Zero when {@code upToInclusive} is not after {@code after}.
     */
    public WorkingDays workingDaysBetween(LocalDate after, LocalDate upToInclusive) {
        int count = 0;
        for (LocalDate day = after.plusDays(1); !day.isAfter(upToInclusive); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return WorkingDays.of(count);
    }

    /**
     * Every bank holiday, added bank holiday and closure day from {@code from} to {@code to}, both
     * included, one per date, sorted by date. Empty when {@code to} is before {@code from}.
     */
    public List<NonWorkingDay> nonWorkingDays(LocalDate from, LocalDate to) {
        List<NonWorkingDay> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            reasonNotWorking(day).ifPresent(days::add);
        }
        return List.copyOf(days);
    }

    private Map<LocalDate, NonWorkingDay> bankHolidaysIn(int year) {
        return bankHolidaysByYear.computeIfAbsent(year, y -> byDate(bankHolidays.bankHolidays(division, y)));
    }

    private static Map<LocalDate, NonWorkingDay> byDate(List<NonWorkingDay> days) {
        Map<LocalDate, NonWorkingDay> byDate = new HashMap<>();
        days.forEach(day -> byDate.put(day.date(), day));
        return Map.copyOf(byDate);
    }

    private static boolean isWeekend(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
    }

    // Keeps the official list in one place: a bank holiday missing from it is added as such, so it
    // can be told apart (and dropped) once an updated list includes it.
    private static void requireExtra(NonWorkingDay day) {
        if (day.kind() == NonWorkingDay.Kind.BANK_HOLIDAY) {
            throw new IllegalArgumentException(
                    "Bank holidays come from the official list; enter " + day + " as an added bank holiday");
        }
    }
}
