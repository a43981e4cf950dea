package org.putright.calendar;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A weekday on which the landlord does not work, and why. Substitute days carry the date the
 * holiday is taken, not the weekend date it replaces.
 */
public record NonWorkingDay(LocalDate date, String name, Kind kind) {

    public enum Kind {
        /** On the official list the product ships or imports. */
        BANK_HOLIDAY,
        /** Announced after the shipped list was published, entered by an administrator. */
        ADDED_BANK_HOLIDAY,
        /** A day the landlord closes, such as between Christmas and New Year. */
        CLOSURE_DAY
    }

    public NonWorkingDay {
        requireNonNull(date, "date");
        requireNonNull(name, "name");
        requireNonNull(kind, "kind");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A non-working day needs a name: " + date);
        }
        name = name.strip();
    }

    public static NonWorkingDay bankHoliday(LocalDate date, String name) {
        return new NonWorkingDay(date, name, Kind.BANK_HOLIDAY);
    }

    public static NonWorkingDay addedBankHoliday(LocalDate date, String name) {
        return new NonWorkingDay(date, name, Kind.ADDED_BANK_HOLIDAY);
    }

    public static NonWorkingDay closureDay(LocalDate date, String name) {
        return new NonWorkingDay(date, name, Kind.CLOSURE_DAY);
    }
}
