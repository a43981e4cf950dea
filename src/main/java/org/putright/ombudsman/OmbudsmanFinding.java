package org.putright.ombudsman;

/** The Ombudsman's finding on one element of a complaint, in the words of its determinations. */
public enum OmbudsmanFinding {
    NO_MALADMINISTRATION,
    SERVICE_FAILURE,
    MALADMINISTRATION,
    SEVERE_MALADMINISTRATION,
    /** The landlord found the failing itself and offered redress the Ombudsman judged reasonable. */
    REASONABLE_REDRESS,
    OUTSIDE_JURISDICTION,
    WITHDRAWN;

    /** A finding that the landlord failed: what the annual report counts as adverse (8.1c). */
    public boolean isAdverse() {
        return this == SERVICE_FAILURE || this == MALADMINISTRATION || this == SEVERE_MALADMINISTRATION;
    }
}
