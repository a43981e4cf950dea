package org.putright.settings;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A landlord's reporting year, 1 April to 31 March, written as social housing writes it:
 * "2024-25". The Regulator's Tenant Satisfaction Measures are reported for such years.
 */
public record ReportingYear(int startYear) implements Comparable<ReportingYear> {

    private static final Pattern FORM = Pattern.compile("(\\d{4})-(\\d{2})");

    public ReportingYear {
        if (startYear < 2000 || startYear > 2200) {
            throw new IllegalArgumentException("A reporting year starts between 2000 and 2200");
        }
    }

    /** Parses "2024-25"; null when the text is not a reporting year. */
    public static @org.jspecify.annotations.Nullable ReportingYear parse(String text) {
        Matcher matcher = FORM.matcher(text);
        if (!matcher.matches()) {
            return null;
        }
        int start = Integer.parseInt(matcher.group(1));
        int end = Integer.parseInt(matcher.group(2));
        if (start < 2000 || start > 2200 || (start + 1) % 100 != end) {
            return null;
        }
        return new ReportingYear(start);
    }

    /** The reporting year a day falls in. */
    public static ReportingYear containing(LocalDate day) {
        return new ReportingYear(day.getMonthValue() >= Month.APRIL.getValue() ? day.getYear() : day.getYear() - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(firstDay()) && !day.isAfter(lastDay());
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
