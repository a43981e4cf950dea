package org.putright.audit;

import org.jspecify.annotations.Nullable;

/** Which entries to list: optionally one action and one actor, newest first, a page at a time. */
public record AuditQuery(
        @Nullable AuditAction action, @Nullable String actor, int page, int size) {

    public static final int MAXIMUM_SIZE = 200;
}
