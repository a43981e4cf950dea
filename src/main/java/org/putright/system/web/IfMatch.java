package org.putright.system.web;

import org.jspecify.annotations.Nullable;
import org.putright.system.problem.InvalidInput;

/**
 * Reads the {@code If-Match: "<version>"} header of optimistic concurrency (API.md): a stale
 * version is answered with 412 by whoever compares it.
 */
public final class IfMatch {

    private IfMatch() {}

    /** The version the caller expects, or null when it sent none. */
    public static @Nullable Long version(@Nullable String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
        if (value.equals("*")) {
            // "Any current version" (RFC 9110): the resource exists, so there is nothing to compare.
            return null;
        }
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidInput("If-Match", "must be a version number in quotes, such as \"3\"");
        }
    }
}
