package org.putright.complaint;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.putright.calendar.WorkingCalendar;
import org.putright.code.CodeRule;
import org.putright.code.RuleBroken;
import org.putright.code.Timescales;
import org.putright.complaint.ComplaintEvent.ResponseExtended;
import org.putright.system.problem.InvalidInput;

/**
 * When the open stage's response deadline may be extended (6.4, 6.15): by at least a working day,
 * with a reason for the resident, told to them on or before the deadline being extended, and, with
 * the stage's earlier extensions, within the edition's cap (10 working days at stage 1, 20 at stage
 * 2 in the 2024 Code) unless a good reason for going further is recorded.
 */
final class ExtensionPolicy {

    private ExtensionPolicy() {}

    /** The extension to record, once the complaint's status has allowed the step. */
    static ResponseExtended checked(
            Complaint complaint,
            Instant notifiedAt,
            int workingDays,
            @Nullable String reason,
            @Nullable String goodReason,
            WorkingCalendar calendar,
            Timescales timescales) {
        int stage = complaint.stage();
        if (workingDays < 1) {
            throw new InvalidInput("workingDays", "must be at least 1");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleBroken(
                    CodeRule.EXTENSION_WITHOUT_REASON, stage, "Tell the resident why the response needs more time.");
        }
        ComplaintDeadlines deadlines = new ComplaintDeadlines(complaint);
        LocalDate due = deadlines.due(calendar, timescales).respondBy();
        if (due != null && WorkingCalendar.dayOf(notifiedAt).isAfter(due)) {
            throw new RuleBroken(
                    CodeRule.EXTENSION_AFTER_DEADLINE,
                    stage,
                    "The response was due by " + due + "; an extension must be given on or before that day.");
        }
        int cap = timescales.stage(stage).extensionCap().workingDays();
        int total = deadlines.extendedWorkingDays(stage) + workingDays;
        if (total > cap && (goodReason == null || goodReason.isBlank())) {
            throw new RuleBroken(
                    CodeRule.EXTENSION_BEYOND_CAP,
                    stage,
                    "Stage " + stage + " extensions would total " + total + " working days, beyond the Code's " + cap
                            + "; record the good reason for going further.");
        }
        return new ResponseExtended(
                notifiedAt,
                stage,
                workingDays,
                reason.strip(),
                goodReason == null || goodReason.isBlank() ? null : goodReason.strip());
    }
}
