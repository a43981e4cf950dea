package org.putright.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final Instant LAST = Instant.parse("2026-11-23T12:00:00Z");

    @Test
    void waitsLongerAfterEachFailureUntilTheAttemptsRunOut() {
        RetrySchedule schedule = new RetrySchedule(4, Duration.ofMinutes(5), 4);

        assertThat(schedule.nextAttempt(1, LAST)).contains(LAST.plus(Duration.ofMinutes(5)));
        assertThat(schedule.nextAttempt(2, LAST)).contains(LAST.plus(Duration.ofMinutes(20)));
        assertThat(schedule.nextAttempt(3, LAST)).contains(LAST.plus(Duration.ofMinutes(80)));
        assertThat(schedule.nextAttempt(4, LAST)).isEmpty();
    }

    @Test
    void emailIsTriedSixTimesOverAboutADay() {
        assertThat(RetrySchedule.EMAIL.nextAttempt(5, LAST)).contains(LAST.plus(Duration.ofMinutes(1280)));
        assertThat(RetrySchedule.EMAIL.nextAttempt(6, LAST)).isEmpty();
    }

    @Test
    void refusesAScheduleThatNeverTries() {
        assertThatThrownBy(() -> new RetrySchedule(0, Duration.ofMinutes(1), 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetrySchedule(3, Duration.ZERO, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
