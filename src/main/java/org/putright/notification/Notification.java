package org.putright.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.complaint.DeadlineAlert;

/**
 * One member of staff told of one deadline alert: what it says, whether they have read it, and
 * how far its email has got.
 *
 * @param emailTo the address it is emailed to; null when it is not emailed
 * @param nextAttemptAt when the email is next tried; null once it is sent or given up
 */
public record Notification(
        UUID id,
        String recipient,
        UUID alertId,
        DeadlineAlert.Kind kind,
        String reference,
        LocalDate deadline,
        String message,
        Instant createdAt,
        @Nullable Instant readAt,
        @Nullable String emailTo,
        EmailState emailState,
        int emailAttempts,
        @Nullable Instant nextAttemptAt,
        @Nullable String emailFailure) {

    /** How far the email carrying a notification has got. */
    public enum EmailState {
        /** No mail server is configured: the notification is in-app only. */
        NOT_EMAILED,
        /** Waiting to be sent, or to be tried again after a failure. */
        PENDING,
        SENT,
        /** Every attempt failed; the notification is still in the inbox. */
        FAILED
    }

    public boolean isRead() {
        return readAt != null;
    }
}
