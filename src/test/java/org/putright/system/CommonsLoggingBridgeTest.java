package org.putright.system;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.core.log.LogMessage;

/**
 * Spring logs through the Commons Logging API with messages rendered only when asked for
 * ({@link LogMessage}), on every request (method security, role hierarchy, JDBC). The bridge
 * Putright ships (jcl-over-slf4j, ADR 0014) must check the level before rendering one; Apache
 * commons-logging's own SLF4J adapter rendered each, a few per cent of an API request's CPU.
 */
class CommonsLoggingBridgeTest {

    private static final String QUIET = "org.putright.system.quiet";

    @Test
    void aDebugMessageIsRenderedOnlyWhenDebugIsOn() {
        Logger logback = (Logger) LoggerFactory.getLogger(QUIET);
        Log log = LogFactory.getLog(QUIET);
        AtomicInteger rendered = new AtomicInteger();
        LogMessage message = LogMessage.of(() -> "rendered " + rendered.incrementAndGet());

        logback.setLevel(Level.INFO);
        log.debug(message);
        assertThat(rendered).as("rendered with debug off").hasValue(0);

        logback.setLevel(Level.DEBUG);
        log.debug(message);
        assertThat(rendered).as("rendered with debug on").hasValue(1);
    }
}
