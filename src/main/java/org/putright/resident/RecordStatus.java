package org.putright.resident;

/** Whether a record kept under review still applies. */
public enum RecordStatus {
    ACTIVE,
    ENDED
}
