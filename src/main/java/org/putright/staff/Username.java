package org.putright.staff;

import java.util.regex.Pattern;

/** How staff are named everywhere in the API ({@code handler}, {@code owner}, ...). */
public record Username(String value) {

    private static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    public Username {
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "A username is 2 to 64 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter or digit.");
        }
    }

    public static boolean isValid(String value) {
        return FORM.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
