package org.putright.servicerequest;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a service request stands. The transitions allowed are all here, in {@link #next()}: an
 * open request is started, completed or cancelled; a request in progress is completed or
 * cancelled; a completed or cancelled request is closed and moves no further. A complaint about a
 * request is not a transition: the request stays where it is (1.5).
 */
public enum ServiceRequestStatus {
    OPEN,
    IN_PROGRESS,
    COMPLETED,
    CANCELLED;

    /** The statuses a request in this status may move to. */
    public Set<ServiceRequestStatus> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(IN_PROGRESS, COMPLETED, CANCELLED);
            case IN_PROGRESS -> EnumSet.of(COMPLETED, CANCELLED);
            case COMPLETED, CANCELLED -> EnumSet.noneOf(ServiceRequestStatus.class);
        };
    }

    public boolean canBecome(ServiceRequestStatus status) {
        return next().contains(status);
    }

    /** Whether work on the request is still to be done, so it is monitored and reviewed (1.4). */
    public boolean isOpen() {
        return !next().isEmpty();
    }
}
