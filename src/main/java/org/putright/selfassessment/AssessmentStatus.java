package org.putright.selfassessment;

/** Where a self-assessment has got to. Only a DRAFT can be changed. */
public enum AssessmentStatus {
    /** Being completed by the complaints team. */
    DRAFT,
    /** Approved by the governing body (8.2): locked. */
    APPROVED,
    /** Approved and published on the landlord's reports page with the governing body's response. */
    PUBLISHED
}
