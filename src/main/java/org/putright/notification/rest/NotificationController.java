package org.putright.notification.rest;

import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.notification.Notification;
import org.putright.notification.Notifications;
import org.putright.staff.Username;
import org.putright.system.problem.NotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in member of staff's own notifications: newest first, how many are unread, mark read. */
@RestController
@RequestMapping("/api/v1/notifications")
class NotificationController {

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    List<NotificationView> mine(
            @RequestParam(name = "unread", defaultValue = "false") boolean unread, Principal principal) {
        return notifications.of(new Username(principal.getName()), unread).stream()
                .map(NotificationView::of)
                .toList();
    }

    @GetMapping("/unread-count")
    UnreadCount unreadCount(Principal principal) {
        return new UnreadCount(notifications.unreadCount(new Username(principal.getName())));
    }

    @PostMapping("/{id}/read")
    NotificationView read(@PathVariable String id, Principal principal) {
        UUID known;
        try {
            known = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFound("Notification", id);
        }
        return NotificationView.of(notifications.markRead(known, new Username(principal.getName())));
    }

    record UnreadCount(int unread) {}

    record EmailView(
            String state,
            @Nullable String to,
            int attempts,
            @Nullable Instant nextAttemptAt,
            @Nullable String failure) {}

    record NotificationView(
            UUID id,
            String kind,
            String reference,
            String complaint,
            LocalDate deadline,
            String message,
            Instant createdAt,
            boolean read,
            @Nullable Instant readAt,
            EmailView email) {

        static NotificationView of(Notification notification) {
            return new NotificationView(
                    notification.id(),
                    notification.kind().name(),
                    notification.reference(),
                    "/api/v1/complaints/" + notification.reference(),
                    notification.deadline(),
                    notification.message(),
                    notification.createdAt(),
                    notification.isRead(),
                    notification.readAt(),
                    new EmailView(
                            notification.emailState().name(),
                            notification.emailTo(),
                            notification.emailAttempts(),
                            notification.nextAttemptAt(),
                            notification.emailFailure()));
        }
    }
}
