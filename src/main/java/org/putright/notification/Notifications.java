package org.putright.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.complaint.DeadlineAlert;
import org.putright.staff.Role;
import org.putright.staff.StaffDirectory;
import org.putright.staff.StaffMember;
import org.putright.staff.Username;
import org.putright.system.problem.NotFound;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns deadline alerts into notifications for the people who must act: the complaint's handler
 * and, once a complaint is overdue, the managers, who answer for the landlord's timescales (6.3,
 * 6.14). A complaint no one handles yet (awaiting acknowledgement) goes to the managers, so that
 * someone picks it up. The notifications are kept in the transaction that raised the alert, and
 * alerts are raised once per deadline, so each alert notifies each person once.
 */
@Service
public class Notifications {

    /** The most a list returns; older notifications stay stored. */
    public static final int LIST_LIMIT = 200;

    private final NotificationStore store;
    private final StaffDirectory staff;
    private final ObjectProvider<JavaMailSender> mail;
    private final Clock clock;

    Notifications(NotificationStore store, StaffDirectory staff, ObjectProvider<JavaMailSender> mail, Clock clock) {
        this.store = store;
        this.staff = staff;
        this.mail = mail;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void on(DeadlineAlert alert) {
        boolean emailed = mail.getIfAvailable() != null;
        Instant now = clock.instant();
        String message =
                NotificationText.message(alert.kind(), alert.reference().value(), alert.deadline());
        for (StaffMember member : recipients(alert)) {
            store.insertIfNew(new Notification(
                    UUID.randomUUID(),
                    member.username().value(),
                    alert.id(),
                    alert.kind(),
                    alert.reference().value(),
                    alert.deadline(),
                    message,
                    now,
                    null,
                    emailed ? member.email() : null,
                    emailed ? Notification.EmailState.PENDING : Notification.EmailState.NOT_EMAILED,
                    0,
                    emailed ? now : null,
                    null));
        }
    }

    public List<Notification> of(Username recipient, boolean unreadOnly) {
        return store.forRecipient(recipient.value(), unreadOnly, LIST_LIMIT);
    }

    /** Every notification staff were sent about these complaints, oldest first. */
    public List<Notification> aboutComplaints(List<String> references) {
        return store.aboutComplaints(references);
    }

    public int unreadCount(Username recipient) {
        return store.unreadCount(recipient.value());
    }

    /** Marks one of the signed-in person's own notifications read; someone else's is not found. */
    @Transactional
    public Notification markRead(UUID id, Username recipient) {
        Notification notification = store.find(id)
                .filter(found -> found.recipient().equals(recipient.value()))
                .orElseThrow(() -> new NotFound("Notification", id.toString()));
        if (!notification.isRead()) {
            store.markRead(id, recipient.value(), clock.instant());
        }
        return store.find(id).orElseThrow();
    }

    private Set<StaffMember> recipients(DeadlineAlert alert) {
        Set<StaffMember> recipients = new LinkedHashSet<>();
        StaffMember handler = enabled(alert.handler());
        if (handler != null) {
            recipients.add(handler);
        }
        if (handler == null || alert.kind() == DeadlineAlert.Kind.OVERDUE) {
            staff.all().stream()
                    .filter(member -> member.enabled() && member.roles().contains(Role.MANAGER))
                    .forEach(recipients::add);
        }
        return recipients;
    }

    private @Nullable StaffMember enabled(@Nullable String username) {
        if (username == null || !Username.isValid(username)) {
            return null;
        }
        return staff.find(new Username(username)).filter(StaffMember::enabled).orElse(null);
    }
}
