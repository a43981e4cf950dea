package org.putright.notification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.putright.complaint.DeadlineAlert;

/** What a notification says about an alert, citing the provision whose deadline it is. */
final class NotificationText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private NotificationText() {}

    static String subject(DeadlineAlert.Kind kind, String reference) {
        return switch (kind) {
            case DUE_SOON -> "Deadline due soon on complaint " + reference;
            case OVERDUE -> "Complaint " + reference + " is overdue";
            case UPDATE_DUE -> "Update due to the resident on complaint " + reference;
        };
    }

    static String message(DeadlineAlert.Kind kind, String reference, LocalDate deadline) {
        String day = DATE.format(deadline);
        return switch (kind) {
            case DUE_SOON ->
                "Complaint " + reference + " must have its next step by " + day
                        + ", within two working days, to keep to the Code's timescales (6.2, 6.3, 6.11, 6.14).";
            case OVERDUE ->
                "Complaint " + reference + " missed its deadline of " + day
                        + " (6.2, 6.3, 6.11, 6.14). Act now, and tell the resident when they will hear from us.";
            case UPDATE_DUE ->
                "An update to the resident on complaint " + reference + " is due by " + day
                        + " under the interval agreed with them (5.9). Putright sends the update letter from the"
                        + " record; send your own if there is more to tell them.";
        };
    }
}
