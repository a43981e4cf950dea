package org.putright.demo;

/**
 * How a demo complaint's story ends if it has time to: the shape the landlord's whole caseload
 * takes, in roughly the shares real landlords report. Recent complaints run out of time before
 * their end and stay open where they are.
 */
enum Fate {
    /** Not accepted, on a section 2 ground with individual reasons (2.1–2.4). */
    REFUSED,
    /** Withdrawn by the resident before the acknowledgement. */
    WITHDRAWN_EARLY,
    /** Withdrawn by the resident while stage 1 is open. */
    WITHDRAWN_AT_STAGE_1,
    /** Answered at stage 1 and closed; the resident does not ask for stage 2. */
    RESOLVED_AT_STAGE_1,
    /** Answered at stage 1; the resident asks for stage 2, which is answered and closed. */
    ESCALATED,
    /** Answered at stage 1; the escalation is refused on a section 2 ground (5.11). */
    ESCALATION_REFUSED,
    /** Answered at stage 1; the resident withdraws during stage 2. */
    ESCALATION_WITHDRAWN;

    boolean accepted() {
        return this != REFUSED && this != WITHDRAWN_EARLY;
    }

    boolean respondedAtStageOne() {
        return accepted() && this != WITHDRAWN_AT_STAGE_1;
    }

    boolean escalated() {
        return this == ESCALATED || this == ESCALATION_REFUSED || this == ESCALATION_WITHDRAWN;
    }
}
