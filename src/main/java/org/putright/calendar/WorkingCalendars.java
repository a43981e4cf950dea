package org.putright.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.putright.system.problem.Conflict;
import org.putright.system.problem.InvalidInput;
import org.putright.system.problem.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The landlord's working-day calendar as it stands now, kept in memory for the deadline
 * arithmetic and rebuilt whenever an administrator changes it. Bank holidays come from the
 * shipped GOV.UK list for the years it covers and from Jollyday's rules after them.
 *
 * <p>Several instances may share one database: each reloads when the stored version moves on,
 * checked every few seconds, so a change made through one instance reaches all of them.
 */
@Service
public class WorkingCalendars {

    private static final BankHolidaySource BANK_HOLIDAYS =
            GovUkBankHolidays.shipped().orElse(new JollydayBankHolidays());

    private final CalendarStore store;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;
    private final AtomicReference<Loaded> loaded = new AtomicReference<>();

    WorkingCalendars(CalendarStore store, ApplicationEventPublisher events, java.time.Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /** The calendar deadlines are computed with. */
    public WorkingCalendar current() {
        Loaded current = loaded.get();
        if (current == null) {
            current = reload();
        }
        return current.calendar();
    }

    public Division division() {
        return current().division();
    }

    public List<NonWorkingDay> nonWorkingDays(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidInput("to", "must not be before 'from'");
        }
        if (from.plusYears(5).isBefore(to)) {
            throw new InvalidInput("to", "the range may be at most five years");
        }
        return current().nonWorkingDays(from, to);
    }

    @Transactional
    public void changeDivision(Division division) {
        if (division == division()) {
            return;
        }
        store.changeDivision(division);
        changed(division, LocalDate.MIN, "The landlord's division is now " + division);
    }

    @Transactional
    public NonWorkingDay addClosureDay(LocalDate date, String name, String by) {
        requireNotPast(date);
        requireWeekday(date);
        NonWorkingDay day = NonWorkingDay.closureDay(date, name);
        if (!store.add(day, division(), clock.instant(), by)) {
            throw new Conflict("closure-day-exists", "Closure day exists", date + " is already a closure day.");
        }
        changed(division(), date, "Closure day added: " + date);
        return day;
    }

    @Transactional
    public void removeClosureDay(LocalDate date) {
        requireNotPast(date);
        if (!store.remove(date, NonWorkingDay.Kind.CLOSURE_DAY, division())) {
            throw new NotFound("Closure day", date.toString());
        }
        changed(division(), date, "Closure day removed: " + date);
    }

    /** A bank holiday announced after this release's list, for the landlord's division. */
    @Transactional
    public NonWorkingDay addBankHoliday(LocalDate date, String name, String by) {
        requireNotPast(date);
        requireWeekday(date);
        Optional<NonWorkingDay> existing = current().reasonNotWorking(date);
        if (existing.isPresent() && existing.get().kind() != NonWorkingDay.Kind.CLOSURE_DAY) {
            throw new Conflict(
                    "bank-holiday-exists",
                    "Already a bank holiday",
                    date + " is already a bank holiday (" + existing.get().name() + ").");
        }
        NonWorkingDay day = NonWorkingDay.addedBankHoliday(date, name);
        store.add(day, division(), clock.instant(), by);
        changed(division(), date, "Bank holiday added: " + date);
        return day;
    }

    @Transactional
    public void removeBankHoliday(LocalDate date) {
        requireNotPast(date);
        if (!store.remove(date, NonWorkingDay.Kind.ADDED_BANK_HOLIDAY, division())) {
            throw new NotFound("Added bank holiday", date.toString());
        }
        changed(division(), date, "Bank holiday removed: " + date);
    }

    /** Picks up changes made through another instance sharing the database. */
    @Scheduled(fixedDelayString = "${putright.calendar.reload-every:PT10S}")
    void reloadIfChangedElsewhere() {
        Loaded current = loaded.get();
        if (current == null || current.version() != store.version()) {
            reload();
        }
    }

    private void changed(Division division, LocalDate from, String reason) {
        reload();
        events.publishEvent(new WorkingCalendarChanged(division, from, reason));
    }

    /**
     * A change is read inside its own transaction so that deadlines are recomputed with it; when
     * that transaction rolls back, the calendar it read must not outlive it.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_ROLLBACK)
    void forgetRolledBack(WorkingCalendarChanged change) {
        loaded.set(load());
    }

    private Loaded load() {
        long version = store.version();
        Division division = store.division();
        return new Loaded(new WorkingCalendar(division, BANK_HOLIDAYS, store.extraDays(division)), version);
    }

    /**
     * Loads the calendar, keeping whichever of it and the one held is newer: the scheduled reload
     * can read the version before a change commits and must not put back the calendar that change
     * replaced.
     */
    private Loaded reload() {
        Loaded fresh = load();
        return loaded.updateAndGet(held -> held != null && held.version() > fresh.version() ? held : fresh);
    }

    /**
     * Closure days and bank holidays can be added or removed from today on, never in the past:
     * changing a past working day would rewrite deadlines already met or missed, and the
     * timeliness figures reported on them.
     */
    private void requireNotPast(LocalDate date) {
        LocalDate today = WorkingCalendar.dayOf(clock.instant());
        if (date.isBefore(today)) {
            throw new InvalidInput(
                    "date", date + " has passed: the calendar can change from today (" + today + ") onwards only");
        }
    }

    private static void requireWeekday(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            throw new InvalidInput(
                    "date",
                    date + " is a " + day.toString().charAt(0)
                            + day.toString().substring(1).toLowerCase(java.util.Locale.ROOT)
                            + "; weekends are never working days");
        }
    }

    private record Loaded(WorkingCalendar calendar, long version) {}
}
