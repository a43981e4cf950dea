package org.putright.audit;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One thing that happened: when, who did it (the username, or what was typed at the sign-in form
 * for a failed attempt), what, to what, and from which address.
 *
 * @param target what was acted on, e.g. the username whose token was revoked; empty when nothing
 * @param detail how it was done, e.g. {@code PUT /api/v1/settings}
 */
public record AuditEntry(
        UUID id,
        Instant at,
        String actor,
        AuditAction action,
        String target,
        String detail,
        @Nullable String address) {

    /** The longest actor, target or detail kept: a hostile sign-in can type anything. */
    public static final int MAXIMUM_TEXT = 200;

    public AuditEntry {
        actor = clip(actor);
        target = clip(target);
        detail = clip(detail);
        address = address == null ? null : clip(address);
    }

    /** Keeps printable text within the column: control characters become '?', long text is cut. */
    private static String clip(String text) {
        StringBuilder kept = new StringBuilder();
        text.codePoints().limit(MAXIMUM_TEXT).forEach(c -> {
            boolean control = Character.isISOControl(c) || Character.getType(c) == Character.FORMAT;
            kept.appendCodePoint(control || Character.getType(c) == Character.SURROGATE ? '?' : c);
        });
        return kept.toString();
    }
}
