package org.putright.system;

import java.time.Clock;
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
     */
    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${putright.clock.fixed-at:}") String fixedAt) {
        return fixedAt.isBlank() ? Clock.systemUTC() : Clock.fixed(Instant.parse(fixedAt), ZoneOffset.UTC);
    }
}
