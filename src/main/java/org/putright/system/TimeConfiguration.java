package org.putright.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Time comes from one injected {@link Clock} so that every rule about "now" (future timestamps,
 * overdue deadlines) can be tested at a fixed instant. Deadlines themselves are computed in the
 * Europe/London zone by the calendar module, whatever zone this clock carries.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    /**
     * The system clock, or with {@code putright.clock.fixed-at} (an ISO instant) a clock stopped at
     * that moment: for tests and training sessions that must see the same "today" every time.
     *
     * <p>The system clock ticks in microseconds, the precision PostgreSQL and H2 keep: a step's
     * time in the API's answer is then exactly the time its record holds when read back later.
     */
    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${putright.clock.fixed-at:}") String fixedAt) {
        return fixedAt.isBlank()
                ? Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000))
                : Clock.fixed(Instant.parse(fixedAt), ZoneOffset.UTC);
    }
}
