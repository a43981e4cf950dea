package org.putright.staff;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Passwords after the NCSC's guidance: long enough, not a well-known password, and no composition
 * rules (they make passwords harder to remember without making them stronger).
 */
final class PasswordPolicy {

    static final int MINIMUM_LENGTH = 12;
    static final int MAXIMUM_LENGTH = 256;

    private static final Set<String> WELL_KNOWN = Set.of(
            "password1234",
            "password12345",
            "passwordpassword",
            "123456789012",
            "qwertyuiopas",
            "qwerty123456",
            "iloveyou1234",
            "letmein12345",
            "welcome12345",
            "changeme1234",
            "administrator",
            "putright1234",
            "housing12345",
            "complaints123");

    private PasswordPolicy() {}

    /** Why the password is unacceptable, or null when it is acceptable. */
    static @Nullable String problemWith(String password, Username username) {
        int length = password.codePointCount(0, password.length());
        if (length < MINIMUM_LENGTH) {
            return "must be at least " + MINIMUM_LENGTH + " characters; a few unrelated words make a strong one";
        }
        if (length > MAXIMUM_LENGTH) {
            return "must be at most " + MAXIMUM_LENGTH + " characters";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (WELL_KNOWN.contains(lower) || lower.contains(username.value())) {
            return "is too easy to guess; choose one that is not a common password and does not contain your username";
        }
        return null;
    }
}
