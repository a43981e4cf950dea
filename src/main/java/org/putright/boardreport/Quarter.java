package org.putright.boardreport;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.putright.system.problem.InvalidInput;

/**
 * Three months of a reporting year, named by their first day (1 April, 1 July, 1 October or 1
 * January): the period of a quarterly pack for the governing body (9.7).
 */
public record Quarter(LocalDate from) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public Quarter {
        if (from.getYear() < 2000 || from.getYear() > 2999) {
            throw new InvalidInput("from", "must be a day between the years 2000 and 2999");
        }
        if (from.getDayOfMonth() != 1 || (from.getMonthValue() - 1) % 3 != 0) {
            throw new InvalidInput(
                    "from", "must be the first day of a quarter: 1 January, 1 April, 1 July or 1 October");
        }
    }

    /** The last quarter to have ended before {@code today}. */
    public static Quarter lastEndedBefore(LocalDate today) {
        LocalDate current = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
        return new Quarter(current.minusMonths(3));
    }

    public LocalDate to() {
        return from.plusMonths(3).minusDays(1);
    }

    public Quarter previous() {
        return new Quarter(from.minusMonths(3));
    }

    /** Its number in the reporting year: April to June is the first. */
    public int number() {
        return (from.getMonthValue() + 8) % 12 / 3 + 1;
    }

    public ReportingYear reportingYear() {
        return ReportingYear.containing(from);
    }

    /** "Quarter 3 of 2025-26 (1 October 2025 to 31 December 2025)". */
    public String describe() {
        return "Quarter " + number() + " of " + reportingYear() + " (" + DAY.format(from) + " to " + DAY.format(to())
                + ")";
    }
}
