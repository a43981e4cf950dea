package org.putright.portal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.putright.resident.CommunicationFormat;
import org.putright.resident.ContactChannel;

/**
 * A complaint as a resident, or someone acting for them, makes it on the website: checked
 * answers, ready to be received.
 *
 * @param representative who is making it for the resident, or null when residents complain for themselves
 * @param issueFirstKnownOn when the resident first knew of the issue, if they said (for the 12-month window, 2.3)
 * @param adjustments what the resident needs us to do differently for them (3.1, 5.10), blank when nothing
 */
public record OnlineComplaint(
        @Nullable OnlineRepresentative representative,
        String name,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String address,
        @Nullable String tenancyReference,
        String whatHappened,
        @Nullable LocalDate issueFirstKnownOn,
        String outcomeWanted,
        ContactChannel contactBy,
        CommunicationFormat format,
        @Nullable String formatLanguage,
        String adjustments) {

    /**
     * Someone complaining for a resident (3.6), with how they have the resident's authority, and
     * how to reach them so that they can follow the complaint.
     */
    public record OnlineRepresentative(
            String name,
            String relationship,
            String authority,
            @Nullable String email,
            @Nullable String phone) {}

    /** The complaint in the resident's words, with what they want and need, as staff will read it. */
    public String description() {
        StringBuilder text = new StringBuilder(whatHappened.strip());
        text.append("\n\nWhat I would like to happen: ").append(outcomeWanted.strip());
        if (!adjustments.isBlank()) {
            text.append("\n\nAdjustments I need: ").append(adjustments.strip());
        }
        return text.toString();
    }
}
