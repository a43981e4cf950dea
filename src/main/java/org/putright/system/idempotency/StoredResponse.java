package org.putright.system.idempotency;

import org.jspecify.annotations.Nullable;

/** The first answer to an idempotent request; status 0 while it is still being worked out. */
record StoredResponse(
        String requestHash,
        int status,
        @Nullable String location,
        @Nullable String etag,
        String body) {

    boolean inProgress() {
        return status == 0;
    }
}
