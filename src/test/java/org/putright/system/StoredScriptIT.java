package org.putright.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.NoAlertPresentException;
import org.putright.testing.Api;
import org.putright.testing.Browser;
import org.putright.testing.PutrightIntegrationTest;
import org.putright.testing.StaffWeb;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Stored cross-site scripting, checked where it matters, in a browser: script, event-handler and
 * javascript: payloads are stored through the API, the forms and the sign-in page, then every page
 * that shows them is opened in Chromium, which must show each payload as text and run none of it
 * (no flag set on the window, no alert). Two defences are at work: Thymeleaf escapes what it
 * prints, and the Content-Security-Policy forbids inline script; this checks the outcome.
 */
@PutrightIntegrationTest
class StoredScriptIT {

    /** Each payload sets window.__xss to its own name if it ever runs. */
    private static final List<String> PAYLOADS = List.of(
            "<script>window.__xss='script'</script>",
            "<img src=x onerror=\"window.__xss='onerror'\">",
            "\"><svg onload=\"window.__xss='svg'\">",
            "javascript:window.__xss='href'",
            "'><a href=\"javascript:window.__xss='link'\" id=xsslink>x</a>");

    private static final String ALL = String.join(" ", PAYLOADS);

    @LocalServerPort
    int port;

    @Test
    void storedPayloadsAreShownAsTextAndNeverRun() {
        Api admin = Api.at(port).asAdmin();
        Api.Response created = admin.post(
                "/api/v1/complaints",
                Map.of(
                        "receivedAt",
                        "2026-11-20T09:00:00Z",
                        "channel",
                        "PHONE",
                        "resident",
                        Map.of("name", "Ada " + PAYLOADS.get(0), "email", "ada.xss@example.org"),
                        "description",
                        "The boiler " + ALL));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String reference = created.json().path("reference").asString();
        String residentId = created.json().path("resident").path("id").asString();
        Api.Response noted = admin.post(
                "/api/v1/complaints/" + reference + "/correspondence",
                Map.of(
                        "at", "2026-11-23T10:00:00Z",
                        "direction", "IN",
                        "party", "RESIDENT",
                        "channel", "EMAIL",
                        "summary", "Note " + PAYLOADS.get(3),
                        "body", ALL));
        assertThat(noted.status()).as(noted.toString()).isEqualTo(200);
        Api.Response staff = admin.post(
                "/api/v1/staff",
                Map.of(
                        "username", "xss-handler",
                        "name", "Sam " + PAYLOADS.get(1),
                        "email", "xss@example.org",
                        "roles", List.of("HANDLER"),
                        "password", "a long stored script password"));
        assertThat(staff.status()).as(staff.toString()).isEqualTo(201);
        admin.post("/api/v1/staff/xss-handler/tokens", Map.of("label", "Token " + ALL));
        // A sign-in attempt under a hostile name is stored in the audit log.
        StaffWeb attempt = StaffWeb.from(port, "192.0.2.77");
        attempt.post(
                "/login", Map.of("username", PAYLOADS.get(2), "password", "wrong password"), attempt.get("/login"));
        // And through a form: the member of staff labels a token of their own.
        StaffWeb handler = StaffWeb.signedIn(port, "xss-handler", "a long stored script password");
        handler.post(
                "/staff/tokens",
                Map.of("label", "Form " + PAYLOADS.get(4), "days", "30"),
                handler.get("/staff/tokens"));

        List<String> pages = List.of(
                "/cases",
                "/cases/" + reference,
                "/residents",
                "/residents/" + residentId,
                "/staff/admin/tokens",
                "/staff/audit-log",
                "/staff");
        try (Browser browser = Browser.open(port)) {
            browser.visit("/login")
                    .fill("Username", "admin")
                    .fill("Password", Api.ADMIN_PASSWORD)
                    .press("Sign in");
            int payloadsSeen = 0;
            for (String page : pages) {
                browser.visit(page);
                assertNothingRan(browser, page);
                for (String payload : PAYLOADS) {
                    if (browser.text().contains(payload)) {
                        payloadsSeen++;
                    }
                }
                if (!browser.findAll("#xsslink").isEmpty()) {
                    browser.find("#xsslink").click();
                    assertNothingRan(browser, page + " after clicking a stored link");
                }
            }
            assertThat(browser.visit("/cases/" + reference).text())
                    .as("the description is shown as the resident wrote it")
                    .contains(PAYLOADS.get(0), PAYLOADS.get(1));
            assertThat(browser.visit("/staff/audit-log").text()).contains(PAYLOADS.get(2));
            assertThat(payloadsSeen)
                    .as("payloads shown as text across the pages")
                    .isGreaterThanOrEqualTo(8);
        }
        try (Browser browser = Browser.open(port)) {
            browser.visit("/login")
                    .fill("Username", "xss-handler")
                    .fill("Password", "a long stored script password")
                    .press("Sign in");
            browser.visit("/staff/tokens");
            assertNothingRan(browser, "/staff/tokens");
            assertThat(browser.text()).contains(PAYLOADS.get(4));
        }
    }

    private static void assertNothingRan(Browser browser, String page) {
        assertThat(browser.script("return typeof window.__xss === 'undefined' ? 'none' : String(window.__xss);"))
                .as("a stored payload ran on " + page)
                .isEqualTo("none");
        try {
            String text = browser.driver().switchTo().alert().getText();
            throw new AssertionError("An alert opened on " + page + ": " + text);
        } catch (NoAlertPresentException expected) {
            // No script opened an alert.
        }
    }
}
