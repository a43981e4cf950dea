package org.putright.code;

/**
 * How binding a provision is, in editions that say so. The 2022 Code split its provisions into
 * mandatory "must" requirements and best-practice "should" ones, and its self-assessment asks for
 * an explanation wherever a "must" is not met; the 2024 Code dropped the split.
 */
public enum Obligation {
    /** A mandatory requirement. */
    MUST,
    /** Best practice: the landlord may depart from it with a reason. */
    SHOULD
}
