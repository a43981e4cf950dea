package org.putright.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.putright.testing.Api;
import org.putright.testing.PutrightIntegrationTest;
import org.putright.testing.StaffWeb;
import org.putright.testing.StaffWeb.Page;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on against an OpenID Connect provider running in the test: staff already known to
 * Putright sign in through it, matched by username or email, with Putright's roles; anyone else is
 * sent back to the sign-in page.
 */
@PutrightIntegrationTest
class SingleSignOnIT {

    static final String CLIENT_ID = "putright-test";
    static final MockOAuth2Server PROVIDER = started();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        properties.add(
                "putright.oidc.issuer-uri", () -> PROVIDER.issuerUrl("landlord").toString());
        properties.add("putright.oidc.client-id", () -> CLIENT_ID);
        properties.add("putright.oidc.client-secret", () -> "a-test-secret");
        properties.add("putright.oidc.name", () -> "Riverside Homes account");
    }

    @AfterAll
    static void stop() {
        PROVIDER.shutdown();
    }

    @BeforeEach
    void staff() {
        Api admin = Api.at(port).asAdmin();
        for (var member : List.of(
                Map.of("username", "sso-hana", "email", "Hana.Patel@example.org", "role", "HANDLER"),
                Map.of("username", "sso-board", "email", "board@example.org", "role", "GOVERNANCE"))) {
            Api.Response response = admin.post(
                    "/api/v1/staff",
                    Map.of(
                            "username", member.get("username"),
                            "name", member.get("username"),
                            "email", member.get("email"),
                            "roles", List.of(member.get("role"))));
            assertThat(response.status()).as(response.toString()).isIn(201, 409);
        }
    }

    @Test
    void theSignInPageOffersSingleSignOn() {
        Page login = StaffWeb.at(port).get("/login");
        assertThat(login.text()).contains("Sign in with Riverside Homes account");
        assertThat(login.body()).contains("href=\"/oauth2/authorization/oidc\"");
    }

    @Test
    void aMemberOfStaffMatchedByUsernameSignsInWithTheirRoles() {
        StaffWeb web = signIn(Map.of("preferred_username", "sso-hana"));
        Page home = web.get("/staff");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.text()).contains("sso-hana", "HANDLER");
        assertThat(web.get("/cases").status()).isEqualTo(200);
    }

    @Test
    void aMemberOfStaffMatchedByEmailSignsInAndGovernanceStaysReadOnly() {
        StaffWeb web = signIn(Map.of("preferred_username", "someone-else-entirely", "email", "BOARD@example.org"));
        assertThat(web.get("/staff").text()).contains("sso-board", "GOVERNANCE");
        assertThat(web.get("/cases").status()).isEqualTo(200);
        assertThat(web.get("/cases/CMP-2026-000001/extend").status()).isEqualTo(403);
    }

    @Test
    void anAccountThatIsNotStaffIsRefused() {
        StaffWeb web = StaffWeb.at(port);
        Page back = finish(web, Map.of("preferred_username", "stranger", "email", "stranger@example.org"));
        assertThat(back.status()).isEqualTo(302);
        assertThat(back.header("Location")).contains("/login?error");
        assertThat(web.get("/staff").status()).isEqualTo(302);
    }

    private StaffWeb signIn(Map<String, Object> claims) {
        StaffWeb web = StaffWeb.at(port);
        Page done = finish(web, claims);
        assertThat(done.status()).as(done.toString()).isEqualTo(302);
        assertThat(done.header("Location")).endsWith("/staff");
        return web;
    }

    /** Follows the authorisation code flow: Putright, the provider, and back to Putright. */
    private Page finish(StaffWeb web, Map<String, Object> claims) {
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(
                "landlord", "subject-" + claims.hashCode(), "JWT", List.of(CLIENT_ID), claims, 3600));
        Page start = web.get("/oauth2/authorization/oidc");
        assertThat(start.status()).as(start.toString()).isEqualTo(302);
        assertThat(start.header("Location")).startsWith(PROVIDER.issuerUrl("landlord") + "/authorize");
        Page provider = web.get(start.header("Location"));
        assertThat(provider.status()).as(provider.toString()).isEqualTo(302);
        assertThat(provider.header("Location")).contains("/login/oauth2/code/oidc");
        return web.get(provider.header("Location"));
    }

    private static MockOAuth2Server started() {
        MockOAuth2Server server = new MockOAuth2Server();
        server.start();
        return server;
    }
}
