package org.putright.staff;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Passwords after the NCSC's guidance: long enough, not a commonly used password, and no
 * composition rules (they make passwords harder to remember without making them stronger). The
 * deny-list is the data file {@code staff/common-passwords.txt}, which names its source; a password
 * is refused when it is on it, or is one of its entries with digits or symbols stuck on either end
 * ("password12345!"), or repeats itself ("abcabcabcabc", "iloveyouiloveyou"), or contains the username.
 */
final class PasswordPolicy {

    static final int MINIMUM_LENGTH = 12;
    static final int MAXIMUM_LENGTH = 256;

    private static final String DENY_LIST = "/staff/common-passwords.txt";
    private static final Set<String> COMMON = load();
    private static final Pattern DECORATION = Pattern.compile("^[\\p{Punct}\\d]+|[\\p{Punct}\\d]+$");
    private static final Pattern REPETITION = Pattern.compile("(.+?)\\1+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

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
        String squeezed = WHITESPACE.matcher(password.toLowerCase(Locale.ROOT)).replaceAll("");
        String core = DECORATION.matcher(squeezed).replaceAll("");
        if (COMMON.contains(squeezed) || (core.length() >= 4 && COMMON.contains(core))) {
            return "is a commonly used password; choose one that is not, such as a few unrelated words";
        }
        if (REPETITION.matcher(squeezed).matches()) {
            return "repeats itself; choose one that does not, such as a few unrelated words";
        }
        if (squeezed.contains(username.value()) || squeezed.contains("putright")) {
            return "must not contain your username or the name of this system";
        }
        return null;
    }

    /** Whether the password is on the deny-list as it stands (lower-cased, spaces removed). */
    static boolean isCommon(String password) {
        return COMMON.contains(
                WHITESPACE.matcher(password.toLowerCase(Locale.ROOT)).replaceAll(""));
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(DENY_LIST)) {
            if (in == null) {
                throw new IllegalStateException("The password deny-list " + DENY_LIST + " is missing");
            }
            Set<String> passwords = new HashSet<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    String entry = line.strip();
                    if (!entry.isEmpty() && !entry.startsWith("#")) {
                        passwords.add(entry.toLowerCase(Locale.ROOT));
                    }
                }
            }
            return Set.copyOf(passwords);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
