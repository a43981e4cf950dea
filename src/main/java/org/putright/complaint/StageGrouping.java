package org.putright.complaint;

/** What a tally of stage facts is grouped by; the group's value is the tally's {@code key}. */
public enum StageGrouping {
    NONE,
    STAGE,
    CATEGORY,
    CHANNEL,
    /** yyyymm of the day the stage started. */
    STARTED_MONTH,
    /** yyyymm of the day the stage was responded to. */
    RESPONDED_MONTH,
    DECISION,
    REFUSAL_GROUND,
    HANDLER
}
