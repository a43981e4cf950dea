package org.putright.complaint;

/** The kinds of remedy the Code lists (7.1). */
public enum RemedyType {
    APOLOGY,
    ACKNOWLEDGEMENT,
    EXPLANATION,
    ACTION_ON_DELAY,
    DECISION_CHANGED,
    RECORD_AMENDED,
    FINANCIAL,
    POLICY_CHANGE
}
