package org.putright.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Fills the landlord with demo data on start. {@code PUTRIGHT_DEMO} decides; when it is not set,
 * the demo is on for the embedded database only, so that a production PostgreSQL never receives
 * demo accounts with a published password by accident. The complaints come last and only into a
 * landlord that has none, so restarting never adds them twice.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class DemoLandlord implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLandlord.class);

    private final boolean enabled;
    private final DemoStaff staff;
    private final DemoSettings settings;
    private final DemoComplaints complaints;

    DemoLandlord(
            @Value("${putright.demo:}") String demo,
            @Value("${spring.datasource.url:}") String databaseUrl,
            @Value("${putright.bootstrap.token:}") String bootstrapToken,
            @Value("${putright.bootstrap.password:}") String bootstrapPassword,
            DemoStaff staff,
            DemoSettings settings,
            DemoComplaints complaints) {
        // Unset, the demo is on only for an embedded database that nobody has set up as a real one:
        // giving a bootstrap token or password means a real landlord, who must never receive demo
        // accounts with a published password.
        boolean realLandlord = !bootstrapToken.isBlank() || !bootstrapPassword.isBlank();
        this.enabled =
                demo.isBlank() ? databaseUrl.startsWith("jdbc:h2:") && !realLandlord : Boolean.parseBoolean(demo);
        this.staff = staff;
        this.settings = settings;
        this.complaints = complaints;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled) {
            settings.ensure();
            staff.ensure();
            complaints.ensure();
            log.info(
                    "Demo landlord ready: sign in at /login as admin, hana, tom, maria or mrc with the password '{}'.",
                    DemoStaff.PASSWORD);
        }
    }
}
