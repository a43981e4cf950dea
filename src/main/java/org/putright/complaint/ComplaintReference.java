package org.putright.complaint;

import java.util.regex.Pattern;

/** How a complaint is known to residents and staff: "CMP-" + year received + a serial, e.g. CMP-2024-000123. */
public record ComplaintReference(String value) {

    private static final Pattern FORM = Pattern.compile("CMP-\\d{4}-\\d{6,}");

    public ComplaintReference {
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("A complaint reference looks like CMP-2024-000123");
        }
    }

    public static boolean isValid(String value) {
        return FORM.matcher(value).matches();
    }

    public static ComplaintReference of(int year, long serial) {
        return new ComplaintReference(String.format("CMP-%04d-%06d", year, serial));
    }

    @Override
    public String toString() {
        return value;
    }
}
