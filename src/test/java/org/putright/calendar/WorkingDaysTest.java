package org.putright.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    @Test
    void extensionsAddUpSoACapCanBeChecked() {
        WorkingDays extensions = WorkingDays.of(5).plus(WorkingDays.of(6));

        assertThat(extensions).isEqualTo(WorkingDays.of(11));
        assertThat(extensions).isGreaterThan(WorkingDays.of(10));
    }

    @Test
    void readsAsTheCodeWritesIt() {
        assertThat(WorkingDays.of(1)).hasToString("1 working day");
        assertThat(WorkingDays.of(20)).hasToString("20 working days");
    }
}
