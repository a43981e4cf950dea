package org.putright.portal.web;

import org.jspecify.annotations.Nullable;

/**
 * A form field people never see (it is hidden) and so never fill in; programs that fill in every
 * field do, and their form is refused.
 */
final class Honeypot {

    static final String FIELD = "website";

    private Honeypot() {}

    static void check(@Nullable String value) {
        if (value != null && !value.isEmpty()) {
            throw new Filled();
        }
    }

    static final class Filled extends RuntimeException {
        Filled() {
            super("The hidden field was filled in");
        }
    }
}
