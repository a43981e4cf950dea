package org.putright.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test of the running application over real HTTP on a random port, against a fresh database of
 * the engine this run is for (see {@link TestDatabase}). The administrator "admin" holds the token
 * {@link Api#ADMIN_TOKEN}; the demo landlord is off; the clock stands still at {@link #NOW}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "putright.demo=false",
            "putright.bootstrap.token=" + Api.ADMIN_TOKEN,
            "putright.bootstrap.password=" + Api.ADMIN_PASSWORD,
            "logging.structured.format.console=",
            "putright.clock.fixed-at=" + PutrightIntegrationTest.NOW
        })
@ContextConfiguration(initializers = TestDatabase.class)
public @interface PutrightIntegrationTest {

    /** "Now" for every integration test, so that dates relative to today never drift. */
    String NOW = "2026-11-23T12:00:00Z";
}
