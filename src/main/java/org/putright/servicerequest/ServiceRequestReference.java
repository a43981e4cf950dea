package org.putright.servicerequest;

import java.util.regex.Pattern;

/**
 * The reference residents and staff quote, such as {@code SR-2026-000123}: the year it was
 * recorded and its number within that year.
 */
public record ServiceRequestReference(String value) {

    private static final Pattern FORM = Pattern.compile("SR-\\d{4}-\\d{6,}");

    public ServiceRequestReference {
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("A service request reference looks like SR-2026-000123: " + value);
        }
    }

    public static ServiceRequestReference of(int year, long number) {
        if (year < 1000 || year > 9999 || number < 1) {
            throw new IllegalArgumentException("No service request " + number + " of year " + year);
        }
        return new ServiceRequestReference("SR-%d-%06d".formatted(year, number));
    }

    @Override
    public String toString() {
        return value;
    }
}
