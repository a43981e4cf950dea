package org.putright.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.putright.testing.Api;
import org.putright.testing.PutrightIntegrationTest;
import org.putright.testing.StaffWeb;
import org.putright.testing.WebRoutes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * Web security as a browser and an attacker meet it: headers on every page (a Content-Security-
 * Policy allowing no inline script, framing refused, HSTS over TLS), CSRF tokens on every form,
 * a new session at sign-in, sign-in throttling that reveals no accounts, NCSC password rules
 * wherever a password is set, and API tokens that expire and can be revoked.
 */
@PutrightIntegrationTest
class WebSecurityIT {

    private static final String PASSWORD = "a long web security password";
    private static final AtomicInteger UNIQUE = new AtomicInteger();
    private static final Pattern INLINE_SCRIPT =
            Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern EVENT_HANDLER = Pattern.compile("<[^>]+\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<SecurityFilterChain> chains;

    @Test
    void everyPageAndApiAnswerCarriesTheSecurityHeadersAndNoPageHasInlineScript() {
        StaffWeb admin = StaffWeb.signedIn(port, "admin", Api.ADMIN_PASSWORD);
        SoftAssertions softly = new SoftAssertions();
        int pages = 0;
        for (String path : List.of(
                "/",
                "/login",
                "/complain",
                "/track",
                "/reports",
                "/you-said-we-did",
                "/staff",
                "/cases",
                "/residents",
                "/service-requests",
                "/remedies",
                "/actions",
                "/staff/tokens",
                "/staff/admin/tokens",
                "/staff/audit-log",
                "/staff/notifications",
                "/staff/reports/dashboard",
                "/staff/learning")) {
            StaffWeb.Page page = admin.get(path);
            softly.assertThat(page.status()).as(path).isEqualTo(200);
            String csp = page.header("Content-Security-Policy");
            softly.assertThat(csp)
                    .as("CSP of " + path)
                    .contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
            softly.assertThat(csp).as("CSP of " + path).doesNotContain("unsafe-inline", "unsafe-eval");
            softly.assertThat(page.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            softly.assertThat(page.header("X-Frame-Options")).as(path).isEqualTo("DENY");
            softly.assertThat(page.header("Referrer-Policy")).as(path).isNotBlank();
            softly.assertThat(page.header("Strict-Transport-Security"))
                    .as("no HSTS over plain HTTP " + path)
                    .isEmpty();
            softly.assertThat(INLINE_SCRIPT.matcher(page.body()).find())
                    .as("inline <script> on " + path)
                    .isFalse();
            softly.assertThat(EVENT_HANDLER.matcher(page.body()).find())
                    .as("on*= attribute on " + path)
                    .isFalse();
            pages++;
        }
        Api.Response api = Api.at(port).asAdmin().get("/api/v1/staff/me");
        softly.assertThat(api.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
        softly.assertThat(api.header("X-Content-Type-Options")).isEqualTo("nosniff");
        softly.assertThat(api.header("Referrer-Policy")).isEqualTo("no-referrer");
        softly.assertAll();
        assertThat(pages).isEqualTo(18);
    }

    @Test
    void hstsIsSentWhenServedOverTls() {
        // A TLS-terminating proxy on this machine says the request came over HTTPS.
        Api.Response overTls = Api.at(port).header("X-Forwarded-Proto", "https").get("/login");
        Api.Response plain = Api.at(port).get("/login");

        assertThat(overTls.header("Strict-Transport-Security")).contains("max-age=31536000", "includeSubDomains");
        assertThat(plain.header("Strict-Transport-Security")).isEmpty();
        assertThat(Api.at(port)
                        .header("X-Forwarded-Proto", "https")
                        .get("/api/v1/staff/me")
                        .header("Strict-Transport-Security"))
                .contains("max-age=");
    }

    @Test
    void everyFormRefusesAPostWithoutItsCsrfToken() {
        StaffWeb admin = StaffWeb.signedIn(port, "admin", Api.ADMIN_PASSWORD);
        StaffWeb anonymous = StaffWeb.at(port);
        List<WebRoutes.Route> forms = WebRoutes.forms(mappings);
        SoftAssertions softly = new SoftAssertions();
        for (WebRoutes.Route form : forms) {
            String path = form.with("x1");
            softly.assertThat(admin.postWithoutToken(path, Map.of("note", "forged"))
                            .status())
                    .as("signed in, no CSRF token: " + form)
                    .isEqualTo(403);
            softly.assertThat(anonymous
                            .postWithoutToken(path, Map.of("note", "forged"))
                            .status())
                    .as("anonymous, no CSRF token: " + form)
                    .isEqualTo(403);
        }
        softly.assertThat(admin.get("/staff").status()).as("still signed in").isEqualTo(200);
        softly.assertAll();
        assertThat(forms).as("forms found in the controllers' mappings").hasSizeGreaterThan(30);
    }

    @Test
    void signingInIssuesANewSessionSoAPlantedSessionIdIsWorthless() {
        StaffWeb browser = StaffWeb.at(port);
        StaffWeb.Page login = browser.get("/login");
        String planted = browser.cookie("JSESSIONID");
        assertThat(planted)
                .as("the sign-in page starts a session for its CSRF token")
                .isNotEmpty();

        StaffWeb.Page signedIn =
                browser.post("/login", Map.of("username", "admin", "password", Api.ADMIN_PASSWORD), login);
        assertThat(signedIn.header("Location")).endsWith("/staff");
        String after = browser.cookie("JSESSIONID");

        assertThat(after).isNotEmpty().isNotEqualTo(planted);
        assertThat(browser.get("/staff").status()).isEqualTo(200);
        StaffWeb attacker = StaffWeb.at(port).withCookie("JSESSIONID", planted);
        assertThat(attacker.get("/staff").status())
                .as("the session id from before sign-in does not carry the sign-in")
                .isEqualTo(302);
    }

    @Test
    void signingOutEndsTheSession() {
        StaffWeb browser = StaffWeb.signedIn(port, "admin", Api.ADMIN_PASSWORD);
        String session = browser.cookie("JSESSIONID");
        StaffWeb.Page out = browser.post("/logout", Map.of(), browser.get("/staff"));
        assertThat(out.header("Location")).endsWith("/login?signedOut");
        assertThat(StaffWeb.at(port)
                        .withCookie("JSESSIONID", session)
                        .get("/staff")
                        .status())
                .isEqualTo(302);
    }

    @Test
    void repeatedFailuresAtOneAccountThrottleItWithoutRevealingWhetherItExists() {
        String real = staff("throttled");
        String invented = "nobody-" + UNIQUE.incrementAndGet();
        String address = "198.51.100." + UNIQUE.incrementAndGet();
        for (String username : List.of(real, invented)) {
            for (int i = 0; i < 5; i++) {
                assertThat(attempt(address, username, "wrong password " + i).header("Location"))
                        .endsWith("/login?error");
            }
        }
        StaffWeb.Page realAccount = attempt(address, real, PASSWORD);
        StaffWeb.Page inventedAccount = attempt(address, invented, PASSWORD);

        assertThat(realAccount.header("Location"))
                .as("even the right password is refused while the account is throttled")
                .endsWith("/login?throttled=15");
        assertThat(inventedAccount.header("Location"))
                .as("an account that does not exist is throttled just the same")
                .isEqualTo(realAccount.header("Location"));
        StaffWeb.Page page = StaffWeb.at(port).get(realAccount.header("Location"));
        assertThat(page.text()).contains("Too many attempts to sign in", "Wait 15 minutes");
        assertThat(page.text()).doesNotContain(real).doesNotContain("no such", "does not exist");

        String other = staff("unaffected");
        assertThat(attempt(address, other, PASSWORD).header("Location"))
                .as("another account from the same address is not throttled")
                .endsWith("/staff");
    }

    @Test
    void repeatedFailuresFromOneAddressThrottleThatAddress() {
        String guesser = "203.0.113." + UNIQUE.incrementAndGet();
        for (int i = 0; i < 50; i++) {
            // A different name each time: no one account reaches its own limit.
            attempt(guesser, "guess-" + UNIQUE.incrementAndGet(), "wrong password");
        }
        String real = staff("from-elsewhere");

        assertThat(attempt(guesser, real, PASSWORD).header("Location"))
                .as("the guessing address is refused even with a right password")
                .contains("/login?throttled=");
        assertThat(attempt("192.0.2." + UNIQUE.incrementAndGet(), real, PASSWORD)
                        .header("Location"))
                .as("the account signs in from anywhere else")
                .endsWith("/staff");
    }

    @Test
    void passwordRulesApplyWhereverAPasswordIsSet() {
        Api admin = Api.at(port).asAdmin();
        Api.Response common = admin.post("/api/v1/staff", newStaff("common-pw", "qwerty123456"));
        assertThat(common.status()).isEqualTo(400);
        assertThat(common.contentType()).startsWith("application/problem+json");
        assertThat(common.body()).contains("commonly used");

        Api.Response dressedUp = admin.post("/api/v1/staff", newStaff("dressed-pw", "Password12345!"));
        assertThat(dressedUp.status()).isEqualTo(400);

        Api.Response noCompositionRule =
                admin.post("/api/v1/staff", newStaff("plain-pw", "every lower case word here"));
        assertThat(noCompositionRule.status()).as(noCompositionRule.toString()).isEqualTo(201);

        Api.Response change = admin.put("/api/v1/staff/plain-pw/password", Map.of("password", "1qaz2wsx3edc"));
        assertThat(change.status()).isEqualTo(400);
        assertThat(change.body()).contains("commonly used");
        assertThat(admin.put("/api/v1/staff/plain-pw/password", Map.of("password", "short"))
                        .body())
                .contains("at least 12 characters");
    }

    @Test
    void anApiTokenStopsWorkingWhenRevokedOrExpired() {
        String owner = staff("token-owner");
        Api admin = Api.at(port).asAdmin();
        Api.Response issued =
                admin.post("/api/v1/staff/" + owner + "/tokens", Map.of("label", "Reports", "expiresInDays", 30));
        assertThat(issued.status()).isEqualTo(201);
        assertThat(issued.json().path("expiresAt").asString()).startsWith("2026-12-23");
        String secret = issued.json().path("token").asString();
        assertThat(Api.at(port).as(secret).get("/api/v1/staff/me").status()).isEqualTo(200);

        assertThat(admin.delete("/api/v1/staff/" + owner + "/tokens/"
                                + issued.json().path("id").asString())
                        .status())
                .isEqualTo(204);
        Api.Response revoked = Api.at(port).as(secret).get("/api/v1/staff/me");
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.contentType()).startsWith("application/problem+json");

        assertThat(admin.post("/api/v1/staff/" + owner + "/tokens", Map.of("expiresInDays", 367))
                        .status())
                .as("no token lives longer than a year and a day")
                .isEqualTo(400);

        String expiredSecret = "prt_expired-" + UUID.randomUUID();
        Instant yesterday = Instant.parse(PutrightIntegrationTest.NOW).minusSeconds(86_400);
        jdbc.sql("""
                        insert into api_token (id, username, token_digest, label, created_at, expires_at, revoked_at)
                        values (:id, :username, :digest, 'old', :created, :expires, null)
                        """)
                .param("id", UUID.randomUUID())
                .param("username", owner)
                .param("digest", TokenSecret.digest(expiredSecret))
                .param("created", Timestamp.from(yesterday.minusSeconds(86_400 * 30L)))
                .param("expires", Timestamp.from(yesterday))
                .update();
        assertThat(Api.at(port).as(expiredSecret).get("/api/v1/staff/me").status())
                .isEqualTo(401);
    }

    @Test
    void anApiTokenActsWithEveryRoleOfItsHolderUntilTheHolderIsDisabled() {
        String holder = staff("token-holder", "HANDLER", "MANAGER");
        String secret = Api.at(port)
                .asAdmin()
                .post("/api/v1/staff/" + holder + "/tokens", Map.of("label", "Scripts"))
                .json()
                .path("token")
                .asString();

        Api.Response me = Api.at(port).as(secret).get("/api/v1/staff/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("username").asString()).isEqualTo(holder);
        assertThat(me.json().path("roles").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("HANDLER", "MANAGER");

        jdbc.sql("update staff set enabled = false where username = :username")
                .param("username", holder)
                .update();
        assertThat(Api.at(port).as(secret).get("/api/v1/staff/me").status()).isEqualTo(401);
    }

    @Test
    void staffIssueAndRevokeTheirOwnTokensOnTheirPageAndAdministratorsRevokeAnyones() {
        String owner = staff("page-tokens");
        StaffWeb web = StaffWeb.signedIn(port, owner, PASSWORD);
        StaffWeb.Page page = web.get("/staff/tokens");
        StaffWeb.Page refused = web.post("/staff/tokens", Map.of("label", "Spreadsheet", "days", "400"), page);
        assertThat(refused.text()).contains("There is a problem", "from 1 to 366");

        StaffWeb.Page issued = web.post("/staff/tokens", Map.of("label", "Spreadsheet", "days", "7"), page);
        assertThat(issued.status()).isEqualTo(200);
        java.util.regex.Matcher token =
                Pattern.compile("value=\"(prt_[^\"]+)\"").matcher(issued.body());
        assertThat(token.find()).as("the new token is shown once").isTrue();
        String secret = token.group(1);
        assertThat(Api.at(port)
                        .as(secret)
                        .get("/api/v1/staff/me")
                        .json()
                        .path("username")
                        .asString())
                .isEqualTo(owner);
        assertThat(issued.text()).contains("Spreadsheet", "30 November 2026", "Active");

        StaffWeb handler = StaffWeb.signedIn(port, owner, PASSWORD);
        assertThat(handler.get("/staff/admin/tokens").status())
                .as("only administrators see everyone's")
                .isEqualTo(403);

        StaffWeb admin = StaffWeb.signedIn(port, "admin", Api.ADMIN_PASSWORD);
        StaffWeb.Page everyone = admin.get("/staff/admin/tokens");
        assertThat(everyone.text()).contains(owner, "Spreadsheet");
        java.util.regex.Matcher revoke = Pattern.compile(
                        "action=\"(/staff/admin/tokens/" + Pattern.quote(owner) + "/[^\"]+/revocation)\"")
                .matcher(everyone.body());
        assertThat(revoke.find()).isTrue();
        assertThat(admin.post(revoke.group(1), Map.of(), everyone).header("Location"))
                .endsWith("/staff/admin/tokens?revoked");
        assertThat(Api.at(port).as(secret).get("/api/v1/staff/me").status()).isEqualTo(401);
        assertThat(web.get("/staff/tokens").text()).contains("Revoked");
    }

    private StaffWeb.Page attempt(String address, String username, String password) {
        StaffWeb browser = StaffWeb.from(port, address);
        return browser.post("/login", Map.of("username", username, "password", password), browser.get("/login"));
    }

    private String staff(String prefix, String... roles) {
        String username = prefix + "-" + UNIQUE.incrementAndGet();
        Map<String, Object> details = new java.util.HashMap<>(newStaff(username, PASSWORD));
        if (roles.length > 0) {
            details.put("roles", List.of(roles));
        }
        Api.Response created = Api.at(port).asAdmin().post("/api/v1/staff", details);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return username;
    }

    private static Map<String, Object> newStaff(String username, String password) {
        return Map.of(
                "username",
                username,
                "name",
                "Sam " + username,
                "email",
                username + "@example.org",
                "roles",
                List.of("HANDLER"),
                "password",
                password);
    }

    @Test
    void theApiChainKeepsNoSessionAndHasNoAnonymousCaller() {
        MockHttpServletRequest apiRequest = new MockHttpServletRequest("POST", "/api/v1/complaints");
        SecurityFilterChain apiChain = chains.stream()
                .filter(chain -> chain.matches(apiRequest))
                .findFirst()
                .orElseThrow();

        assertThat(apiChain.getFilters())
                .extracting(filter -> filter.getClass().getSimpleName())
                .as("the bearer token sets each request's caller; nothing is kept between requests")
                .contains("BearerTokenFilter", "SecurityContextHolderAwareRequestFilter", "AuthorizationFilter")
                .doesNotContain("AnonymousAuthenticationFilter", "SessionManagementFilter", "DisableEncodeUrlFilter");
    }

    @Test
    void aSignedInSessionOpensNoApiAndNoApiAnswerStartsASession() {
        StaffWeb signedIn = StaffWeb.signedIn(port, "admin", Api.ADMIN_PASSWORD);
        Api.Response bySession = Api.at(port)
                .header("Cookie", "JSESSIONID=" + signedIn.cookie("JSESSIONID"))
                .get("/api/v1/staff/me");
        assertThat(bySession.status()).as("a page session is no API credential").isEqualTo(401);
        assertThat(bySession.contentType()).startsWith("application/problem+json");

        Api api = Api.at(port).asAdmin();
        Api.Response command = api.post(
                "/api/v1/complaints",
                Map.of(
                        "channel", "PHONE",
                        "category", "REPAIRS",
                        "description", "The boiler repair has not been done.",
                        "resident", Map.of("name", "Ann Example", "email", "ann@example.org")));
        Api.Response refusedByRole = Api.at(port)
                .asStaff("session-free-" + UNIQUE.incrementAndGet(), "HANDLER")
                .post("/api/v1/staff/admin/tokens", Map.of());
        Api.Response badInput = api.post("/api/v1/complaints", Map.of("channel", "CARRIER_PIGEON"));

        assertThat(command.status()).isEqualTo(201);
        assertThat(refusedByRole.status()).isEqualTo(403);
        assertThat(badInput.status()).isEqualTo(400);
        Map.of("a command", command, "a refusal by role", refusedByRole, "bad input", badInput, "a session", bySession)
                .forEach((what, answer) -> assertThat(answer.header("Set-Cookie"))
                        .as(what + " sets no cookie")
                        .isEmpty());
    }
}
