package org.putright.complaint;

/** Where a complaint is in its life. There is no stage before stage 1 and none after stage 2 (5.2, 5.3). */
public enum Status {
    RECEIVED,
    STAGE_1_OPEN,
    STAGE_1_RESPONDED,
    STAGE_2_REQUESTED,
    STAGE_2_OPEN,
    STAGE_2_RESPONDED,
    CLOSED,
    REFUSED,
    WITHDRAWN;

    /** Open statuses are all but the three where nothing more is due. */
    public boolean isOpen() {
        return this != CLOSED && this != REFUSED && this != WITHDRAWN;
    }
}
