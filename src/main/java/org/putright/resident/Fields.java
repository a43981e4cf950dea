package org.putright.resident;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.putright.system.problem.InvalidInput;

/**
 * Checks on text that reaches the service from any caller, not only the API: the complaint module
 * passes on what residents typed, so lengths are checked here as well as in the API's bean
 * validation, and never left to the database to refuse.
 */
final class Fields {

    /** Compiled once: every complaint received checks and compares a resident's details. */
    static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private Fields() {}

    /** The text without surrounding white space; null when nothing is left. */
    static @Nullable String tidy(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** The tidied text, or the empty string when there is none. */
    static String tidyOrEmpty(@Nullable String text) {
        String tidied = tidy(text);
        return tidied == null ? "" : tidied;
    }

    /** Text compared the way people mean it: case and runs of white space do not matter. */
    static String comparable(@Nullable String text) {
        String tidied = tidy(text);
        return tidied == null ? "" : WHITE_SPACE.matcher(tidied).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    static void required(List<InvalidInput.FieldError> errors, String field, @Nullable String value) {
        if (value == null || value.isEmpty()) {
            errors.add(new InvalidInput.FieldError(field, "must not be blank"));
        }
    }

    static void limit(List<InvalidInput.FieldError> errors, String field, @Nullable String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new InvalidInput.FieldError(field, "size must be between 0 and " + max));
        } else if (value != null && value.indexOf('\0') >= 0) {
            errors.add(new InvalidInput.FieldError(field, "must not contain NUL characters"));
        }
    }

    static void throwIfAny(List<InvalidInput.FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
