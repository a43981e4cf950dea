package org.putright.staff.security;

import java.util.Set;
import org.putright.staff.Role;
import org.putright.staff.StaffDetails;
import org.putright.staff.StaffDirectory;
import org.putright.staff.StaffRepository;
import org.putright.staff.Username;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On first start with no staff at all, creates the administrator "admin" holding the token from
 * {@code PUTRIGHT_BOOTSTRAP_TOKEN} and, for the web pages, the password from {@code
 * PUTRIGHT_BOOTSTRAP_PASSWORD}. It never touches a database that already has staff, so changing
 * the variables later cannot reopen an account.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BootstrapAdministrator implements ApplicationRunner {

    static final Username ADMIN = new Username("admin");

    /** A bootstrap token guards the whole API; anything shorter is guessable. */
    static final int MINIMUM_TOKEN_LENGTH = 24;

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdministrator.class);

    private final StaffDirectory directory;
    private final StaffRepository repository;
    private final String token;
    private final String password;

    BootstrapAdministrator(
            StaffDirectory directory,
            StaffRepository repository,
            @Value("${putright.bootstrap.token:}") String token,
            @Value("${putright.bootstrap.password:}") String password) {
        this.directory = directory;
        this.repository = repository;
        this.token = token;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!repository.isEmpty()) {
            return;
        }
        if (!token.isBlank() && token.strip().length() < MINIMUM_TOKEN_LENGTH) {
            throw new IllegalStateException("PUTRIGHT_BOOTSTRAP_TOKEN must be at least " + MINIMUM_TOKEN_LENGTH
                    + " characters: it is the administrator's key to the API. Generate one with: openssl rand -hex 32");
        }
        if (token.isBlank() && password.isBlank()) {
            log.warn("No staff yet: set PUTRIGHT_BOOTSTRAP_TOKEN (and PUTRIGHT_BOOTSTRAP_PASSWORD for the web pages)"
                    + " on first start to create the administrator 'admin'.");
            return;
        }
        directory.add(
                ADMIN,
                new StaffDetails("Administrator", "admin@localhost", Set.of(Role.ADMIN), null, true),
                password.isBlank() ? null : password);
        if (!token.isBlank()) {
            directory.registerToken(ADMIN, "Bootstrap token", token);
        }
        log.info("Created the bootstrap administrator 'admin'. Its bootstrap token does not expire: once you have"
                + " issued personal tokens, revoke it with DELETE /api/v1/staff/admin/tokens/{id}.");
    }
}
