package org.putright.letter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.putright.calendar.WorkingCalendar;
import org.putright.complaint.Complaint;
import org.putright.complaint.Extension;

/**
 * Where a complaint has got to, in words for an update letter Putright sends on its own when the
 * interval agreed with the resident comes round (5.9): the stage, when it was acknowledged, and
 * any extension with its reason. Only what the record says; a handler who has more to tell sends
 * their own update, which starts the next interval just the same.
 */
final class UpdateProgress {

    private UpdateProgress() {}

    static String of(Complaint complaint) {
        int stage = complaint.stage();
        List<String> paragraphs = new ArrayList<>();
        Instant acknowledged = complaint.acknowledgedAt(stage);
        paragraphs.add(
                acknowledged == null
                        ? "We are looking into your stage " + stage + " complaint."
                        : "We are still looking into your stage " + stage + " complaint, which we acknowledged on "
                                + LetterWriter.date(WorkingCalendar.dayOf(acknowledged)) + ".");
        for (Extension extension : complaint.extensions()) {
            if (extension.stage() == stage) {
                paragraphs.add("On " + LetterWriter.date(WorkingCalendar.dayOf(extension.notifiedAt()))
                        + " we told you we needed " + extension.workingDays() + " more working days, because: "
                        + extension.reason().strip());
            }
        }
        paragraphs.add("If you have anything to add, or want to talk about your complaint, please contact us and"
                + " quote your complaint reference.");
        return String.join("\n\n", paragraphs);
    }
}
