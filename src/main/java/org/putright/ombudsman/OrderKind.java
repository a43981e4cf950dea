package org.putright.ombudsman;

/** What the Ombudsman asked the landlord to do, and how binding it is. */
public enum OrderKind {
    /** Made in a determination; the landlord must comply and show evidence that it has. */
    ORDER,
    /** Made in a determination; the landlord is expected to say whether it will follow it. */
    RECOMMENDATION,
    /**
     * A complaint handling failure order: the Ombudsman finding that the landlord did not follow the
     * Code, issued at any point, determination or not. The annual report lists them (8.1c).
     */
    COMPLAINT_HANDLING_FAILURE_ORDER
}
