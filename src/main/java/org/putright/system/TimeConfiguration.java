package org.putright.system;

import java.time.Clock;
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

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
