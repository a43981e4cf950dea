package org.putright.servicerequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ServiceRequestReferenceTest {

    @Test
    void aReferenceIsTheYearAndASixDigitNumber() {
        assertThat(ServiceRequestReference.of(2026, 123).value()).isEqualTo("SR-2026-000123");
        assertThat(ServiceRequestReference.of(2026, 1_234_567).value()).isEqualTo("SR-2026-1234567");
    }

    @Test
    void malformedReferencesAreRefused() {
        assertThatThrownBy(() -> new ServiceRequestReference("SR-26-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ServiceRequestReference.of(2026, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
