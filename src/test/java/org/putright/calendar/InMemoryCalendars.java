package org.putright.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Working calendars kept in memory, for unit tests of the modules that compute with them. */
public final class InMemoryCalendars {

    private InMemoryCalendars() {}

    /** England and Wales, with the shipped bank holidays and nothing added. */
    public static WorkingCalendars englandAndWales(Clock clock) {
        return new WorkingCalendars(new Store(), event -> {}, clock);
    }

    private static final class Store implements CalendarStore {

        private final List<Added> added = new ArrayList<>();
        private Division division = Division.ENGLAND_AND_WALES;
        private long version;

        private record Added(NonWorkingDay day, Division division) {}

        @Override
        public Division division() {
            return division;
        }

        @Override
        public long version() {
            return version;
        }

        @Override
        public void changeDivision(Division division) {
            this.division = division;
            version++;
        }

        @Override
        public List<NonWorkingDay> extraDays(Division division) {
            return added.stream()
                    .filter(day -> day.division() == division || day.day().kind() == NonWorkingDay.Kind.CLOSURE_DAY)
                    .map(Added::day)
                    .toList();
        }

        @Override
        public boolean add(NonWorkingDay day, Division division, Instant at, String by) {
            if (added.stream()
                    .anyMatch(other ->
                            other.day().date().equals(day.date()) && other.day().kind() == day.kind())) {
                return false;
            }
            added.add(new Added(day, division));
            version++;
            return true;
        }

        @Override
        public boolean remove(LocalDate date, NonWorkingDay.Kind kind, Division division) {
            boolean removed = added.removeIf(
                    other -> other.day().date().equals(date) && other.day().kind() == kind);
            if (removed) {
                version++;
            }
            return removed;
        }
    }
}
