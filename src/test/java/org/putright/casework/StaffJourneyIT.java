package org.putright.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.putright.testing.Api;
import org.putright.testing.Browser;
import org.putright.testing.PutrightIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A handler's day in headless Chromium: sign in, find the complaint on the worklist, acknowledge
 * it, have an extension refused and then granted, and respond, with axe-core checking every staff
 * page on the way, error pages included.
 */
@PutrightIntegrationTest
class StaffJourneyIT {

    static final String PASSWORD = "a long browser test password";

    @LocalServerPort
    int port;

    @Test
    void aHandlerAcknowledgesExtendsAndRespondsThroughThePages() {
        Api admin = Api.at(port).asAdmin();
        Api.Response staff = admin.post(
                "/api/v1/staff",
                Map.of(
                        "username", "browser-hana",
                        "name", "Hana Browser",
                        "email", "browser-hana@example.org",
                        "roles", List.of("MANAGER"),
                        "compensationLimit", "500.00",
                        "password", PASSWORD));
        assertThat(staff.status()).as(staff.toString()).isIn(201, 409);
        Api.Response received = admin.post(
                "/api/v1/complaints",
                Map.of(
                        "receivedAt",
                        "2026-11-16T10:00:00Z",
                        "channel",
                        "PHONE",
                        "resident",
                        Map.of(
                                "name", "Ada Lovelace",
                                "email", "ada.browser@example.org",
                                "address", "1 High Street",
                                "postcode", "SE1 7PB",
                                "tenancyReference", "T-BROWSER-1"),
                        "description",
                        "My boiler broke twice and nobody came back."));
        assertThat(received.status()).as(received.toString()).isEqualTo(201);
        String reference = received.json().get("reference").asString();

        try (Browser browser = Browser.open(port)) {
            browser.visit("/login").assertAccessible();
            browser.fill("Username", "browser-hana").fill("Password", PASSWORD).press("Sign in");
            browser.assertAccessible();

            browser.visit("/cases").assertAccessible();
            assertThat(browser.text()).contains(reference, "Due soon");
            browser.fill("Search", "SE1 7PB").press("Show cases").assertAccessible();
            assertThat(browser.text()).contains(reference);

            browser.follow(reference).assertAccessible();
            assertThat(browser.heading()).isEqualTo(reference);

            browser.follow("Acknowledge and define the complaint").assertAccessible();
            browser.press("Acknowledge and issue the letter").assertAccessible();
            assertThat(browser.errors()).isNotEmpty();
            browser.fill("What the point is about", "The boiler was not repaired")
                    .fill("Outcome the resident wants", "Repair it")
                    .press("Acknowledge and issue the letter")
                    .assertAccessible();
            assertThat(browser.text()).contains("Complaint acknowledged");
            assertThat(read(admin, reference).get("status").asString()).isEqualTo("STAGE_1_OPEN");

            browser.follow("Extend the response deadline").assertAccessible();
            browser.fill("Working days to add", "11")
                    .fill("Why more time is needed", "Waiting for a survey")
                    .press("Extend and issue the letter")
                    .assertAccessible();
            assertThat(browser.text()).contains("Why this was refused", "provision 6.4");
            browser.fill("Working days to add", "5")
                    .press("Extend and issue the letter")
                    .assertAccessible();
            assertThat(browser.text()).contains("Response deadline extended", "Then extended by 5 working days");
            assertThat(read(admin, reference).get("deadlines").get("respondBy").asString())
                    .isEqualTo("2026-12-14");

            browser.follow("Respond to the complaint").assertAccessible();
            browser.choose("Yes")
                    .fill("Reasons", "The repair was late and we are sorry.")
                    .press("Respond and issue the letter")
                    .assertAccessible();
            assertThat(browser.text()).contains("Response recorded and letter issued");
            assertThat(read(admin, reference).get("status").asString()).isEqualTo("STAGE_1_RESPONDED");

            String residentId = read(admin, reference).get("resident").get("id").asString();
            for (String page : List.of(
                    "/staff",
                    "/residents",
                    "/residents?q=Lovelace",
                    "/residents/" + residentId,
                    "/service-requests",
                    "/remedies",
                    "/actions",
                    "/cases?overdue=yes",
                    "/cases/" + reference + "/escalate",
                    "/cases/" + reference + "/correspondence",
                    "/cases/" + reference + "/document",
                    "/cases/" + reference + "/issue",
                    "/cases/" + reference + "/refuse",
                    "/cases/" + reference + "/withdraw",
                    "/cases/" + reference + "/close",
                    "/cases/" + reference + "/clarify",
                    "/cases/" + reference + "/updates",
                    "/cases/CMP-2026-999999")) {
                browser.visit(page).assertAccessible();
            }
            browser.resize(320, 640).visit("/cases").assertAccessible().assertFitsWidth(320);
        }
    }

    private static JsonNode read(Api admin, String reference) {
        return admin.get("/api/v1/complaints/" + reference).json();
    }
}
