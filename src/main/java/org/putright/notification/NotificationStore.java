package org.putright.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Where notifications are kept. */
public interface NotificationStore {

    /** Keeps the notification unless its recipient was already told of the same alert. */
    boolean insertIfNew(Notification notification);

    Optional<Notification> find(UUID id);

    /** A member of staff's notifications, newest first, at most {@code limit}. */
    List<Notification> forRecipient(String recipient, boolean unreadOnly, int limit);

    int unreadCount(String recipient);

    /** Every notification about one of these complaints, oldest first (for a subject access request). */
    List<Notification> aboutComplaints(List<String> references);

    boolean markRead(UUID id, String recipient, Instant at);

    /** Notifications whose email is pending and due to be tried at {@code now}. */
    List<Notification> emailsDue(Instant now);

    /**
     * Takes a due email for sending by moving its next attempt to {@code leaseUntil}, unless another
     * instance took it first; false then.
     */
    boolean claim(UUID id, int attempts, Instant now, Instant leaseUntil);

    void emailAttempted(
            UUID id,
            Notification.EmailState state,
            int attempts,
            @Nullable Instant nextAttemptAt,
            @Nullable String failure);
}
