package org.putright.boardreport;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.putright.system.problem.InvalidInput;

/**
 * A reporting year, 1 April to 31 March, written as landlords and the Regulator write it:
 * {@code 2025-26}.
 */
public record ReportingYear(int startYear) implements Comparable<ReportingYear> {

    private static final Pattern FORM = Pattern.compile("(\\d{4})-(\\d{2})");

    public ReportingYear {
        if (startYear < 2000 || startYear > 2999) {
            throw new InvalidInput("year", "must be a reporting year like 2025-26");
        }
    }

    /** {@code 2025-26}; anything else is a 400. */
    public static ReportingYear parse(String text) {
        Matcher matcher = FORM.matcher(text.strip());
        if (!matcher.matches()) {
            throw new InvalidInput("year", "must be a reporting year like 2025-26");
        }
        int start = Integer.parseInt(matcher.group(1));
        if ((start + 1) % 100 != Integer.parseInt(matcher.group(2))) {
            throw new InvalidInput("year", "the second year must follow the first, as in 2025-26");
        }
        return new ReportingYear(start);
    }

    /** The reporting year containing {@code day}. */
    public static ReportingYear containing(LocalDate day) {
        return new ReportingYear(day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1);
    }

    public LocalDate from() {
        return LocalDate.of(startYear, 4, 1);
    }

    public LocalDate to() {
        return LocalDate.of(startYear + 1, 3, 31);
    }

    public ReportingYear previous() {
        return new ReportingYear(startYear - 1);
    }

    @Override
    public int compareTo(ReportingYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
    }
}
