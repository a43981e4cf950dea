package org.putright.code;

/** The event a timescale counts its working days from; the day of the event itself never counts. */
public enum CountsFrom {
    /** The day the landlord received the complaint (stage 1). */
    RECEIPT,
    /** The day the landlord acknowledged the complaint at the same stage. */
    ACKNOWLEDGEMENT,
    /** The day the resident asked for stage 2. */
    ESCALATION_REQUEST
}
