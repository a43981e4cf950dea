package org.putright.selfassessment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.putright.system.problem.InvalidInput;

/** The days an assessment covers, both included: normally a reporting year, 1 April to 31 March. */
public record AssessmentPeriod(LocalDate start, LocalDate end) {

    /** Two years and a day: longer than any period a landlord assesses itself over. */
    static final int MAX_DAYS = 732;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public AssessmentPeriod {
        if (end.isBefore(start)) {
            throw new InvalidInput("periodEnd", "is before periodStart");
        }
        if (start.plusDays(MAX_DAYS).isBefore(end)) {
            throw new InvalidInput("periodEnd", "a self-assessment covers at most two years");
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** "1 April 2024 to 31 March 2025". */
    public String describe() {
        return DAY.format(start) + " to " + DAY.format(end);
    }
}
