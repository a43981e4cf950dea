package org.putright.notification.web;

import java.security.Principal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.putright.notification.Notification;
import org.putright.notification.Notifications;
import org.putright.staff.Username;
import org.putright.system.problem.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The signed-in member of staff's notifications as a page, each with a button to mark it read. */
@Controller
class NotificationPageController {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter RAISED = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

    private final Notifications notifications;

    NotificationPageController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/staff/notifications")
    String list(Principal principal, Model model) {
        Username me = new Username(principal.getName());
        model.addAttribute(
                "notifications",
                notifications.of(me, false).stream()
                        .map(notification -> new Row(
                                notification,
                                RAISED.format(notification.createdAt().atZone(LONDON))))
                        .toList());
        model.addAttribute("unread", notifications.unreadCount(me));
        return "notification/list";
    }

    @PostMapping("/staff/notifications/{id}/read")
    String read(@PathVariable String id, Principal principal) {
        UUID known;
        try {
            known = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFound("Notification", id);
        }
        notifications.markRead(known, new Username(principal.getName()));
        return "redirect:/staff/notifications";
    }

    /** A notification with the time it was raised as people read it. */
    record Row(Notification n, String raised) {}
}
