package org.putright.servicerequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.putright.servicerequest.ServiceRequestStatus.CANCELLED;
import static org.putright.servicerequest.ServiceRequestStatus.COMPLETED;
import static org.putright.servicerequest.ServiceRequestStatus.IN_PROGRESS;
import static org.putright.servicerequest.ServiceRequestStatus.OPEN;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceRequestStatusTest {

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
        "OPEN, IN_PROGRESS, true",
        "OPEN, COMPLETED, true",
        "OPEN, CANCELLED, true",
        "OPEN, OPEN, false",
        "IN_PROGRESS, COMPLETED, true",
        "IN_PROGRESS, CANCELLED, true",
        "IN_PROGRESS, OPEN, false",
        "IN_PROGRESS, IN_PROGRESS, false",
        "COMPLETED, OPEN, false",
        "COMPLETED, IN_PROGRESS, false",
        "COMPLETED, CANCELLED, false",
        "CANCELLED, OPEN, false",
        "CANCELLED, IN_PROGRESS, false",
        "CANCELLED, COMPLETED, false"
    })
    void theTransitionTableAllowsOnlyForwardMoves(ServiceRequestStatus from, ServiceRequestStatus to, boolean allowed) {
        assertThat(from.canBecome(to)).isEqualTo(allowed);
    }

    @ParameterizedTest
    @CsvSource({"OPEN, true", "IN_PROGRESS, true", "COMPLETED, false", "CANCELLED, false"})
    void onlyRequestsWithWorkToDoAreOpen(ServiceRequestStatus status, boolean open) {
        assertThat(status.isOpen()).isEqualTo(open);
        assertThat(OPEN.next()).contains(IN_PROGRESS, COMPLETED, CANCELLED);
    }
}
