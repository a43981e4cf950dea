package org.putright.demo;

/**
 * Something rarer in a complaint's story that the demo makes sure happens at least once, so that
 * every rule it exercises can be seen on a real record.
 */
enum Twist {
    /** The issue is over 12 months old and the landlord uses its discretion to accept it (2.3). */
    DISCRETION,
    /** A related issue raised while stage 1 is open joins the definition (6.8). */
    RELATED_ISSUE,
    /** An unrelated issue raised later is logged as a new, linked complaint (6.8). */
    SEPARATE_ISSUE,
    /** The stage 1 response is extended twice, within the cap (6.4). */
    EXTENDED_TWICE,
    /** The stage 1 response is extended beyond the cap, with a recorded good reason (6.4). */
    EXTENDED_BEYOND_CAP,
    /** Compensation above the handler's limit that the manager has not approved yet (7.4). */
    AWAITING_APPROVAL,
    /** No extension: the story keeps to the Code's own deadlines. */
    NOT_EXTENDED
}
