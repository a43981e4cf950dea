package org.putright.resident;

/** What a review decided: the record stays in force until its next review, or it ends. */
public enum ReviewOutcome {
    CONTINUES,
    ENDED
}
