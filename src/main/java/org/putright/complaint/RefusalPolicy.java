package org.putright.complaint;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.putright.code.CodeRule;
import org.putright.code.RuleBroken;
import org.putright.complaint.ComplaintEvent.ComplaintRefused;

/**
 * When a complaint, or at stage 2 its escalation, may be refused: on a section 2 ground (2.1–2.3,
 * 5.11), with the individual reasons the refusal letter gives (2.4). The ground that the issue is
 * older than 12 months needs the record to show it.
 */
final class RefusalPolicy {

    private RefusalPolicy() {}

    /** The refusal to record, once the complaint's status has allowed the step. */
    static ComplaintRefused checked(
            Complaint complaint, Instant at, @Nullable RefusalGround ground, @Nullable String reasons) {
        int stage = complaint.stage();
        if (ground == null) {
            throw new RuleBroken(CodeRule.REFUSAL_WITHOUT_GROUND, stage, "A refusal needs a section 2 ground.");
        }
        if (ground == RefusalGround.OLDER_THAN_12_MONTHS && stage == 1 && !complaint.isOlderThanTwelveMonths()) {
            throw new RuleBroken(
                    CodeRule.REFUSAL_WITHOUT_GROUND,
                    "The record does not show the issue arising more than 12 months before the complaint: give"
                            + " issueFirstKnownOn when the complaint is received, or choose another ground.");
        }
        if (reasons == null || reasons.isBlank()) {
            throw new RuleBroken(
                    CodeRule.REFUSAL_WITHOUT_REASONS,
                    stage,
                    "A refusal needs the individual reasons for this complaint, which the refusal letter gives.");
        }
        return new ComplaintRefused(at, stage, ground, reasons.strip());
    }
}
