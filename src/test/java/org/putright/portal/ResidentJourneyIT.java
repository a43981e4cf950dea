package org.putright.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.putright.testing.Api;
import org.putright.testing.Browser;
import org.putright.testing.PutrightIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A resident's whole journey in a real browser: complaining at /complain, following the
 * complaint at /track with a code read from their email, reading the response letter once staff
 * issue it, and asking for stage 2 (6.11, 6.12), with axe-core on every page. Then the same
 * resident tries to reach someone else's complaint and letters by changing identifiers.
 */
@PutrightIntegrationTest
class ResidentJourneyIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(0, "127.0.0.1", "smtp"))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @LocalServerPort
    int port;

    @Test
    void residentComplainsFollowsTheComplaintAndAsksForStageTwo() throws Exception {
        Api admin = Api.at(port).asAdmin();
        try (Browser browser = Browser.open(port)) {
            browser.visit("/complain").assertAccessible();
            assertThat(browser.heading()).isEqualTo("Make a complaint");
            assertThat(browser.pageWeight())
                    .as("bytes /complain loads: %s", browser.loadedResources())
                    .isPositive()
                    .isLessThan(150_000);
            browser.assertFitsWidth(320).resize(1024, 768);

            browser.press("Start now");
            assertThat(browser.path()).isEqualTo("/complain/who");
            browser.assertAccessible().press("Continue");
            assertThat(browser.errors()).containsExactly("Select who the complaint is for");
            browser.assertAccessible().choose("Myself").press("Continue");

            assertThat(browser.heading()).isEqualTo("Your details");
            browser.press("Continue");
            assertThat(browser.errors())
                    .contains(
                            "Enter the full name", "Enter an email address, phone number or address, so we can reply");
            browser.assertAccessible().assertFitsWidth(320).resize(1024, 768);
            browser.fill("Full name", "Ada Lovelace")
                    .fill("Email address", "ada@example.org")
                    .fill("Phone number", "07700 900123")
                    .fill("Address", "12 Analytical Row, London SW1A 1AA")
                    .press("Continue");

            browser.assertAccessible()
                    .fill("What happened?", "The boiler broke twice and nobody came back to fix it.")
                    .press("Continue");
            // Two years ago: explained on the check page (2.3), never refused here.
            browser.assertAccessible()
                    .fill("Day", "1")
                    .fill("Month", "10")
                    .fill("Year", "2024")
                    .press("Continue");
            browser.assertAccessible()
                    .fill("What would you like us to do to put things right?", "Repair the boiler and say sorry.")
                    .press("Continue");
            browser.assertAccessible().choose("Email").choose("Large print").press("Continue");

            // Keyboard only: tab to the field, type, tab to the button and press Enter.
            browser.assertAccessible()
                    .tabTo("Do you need us to do anything differently? (optional)")
                    .type("Please phone after 2pm.")
                    .tabTo("Continue")
                    .pressEnter();

            assertThat(browser.path()).isEqualTo("/complain/check");
            assertThat(browser.text())
                    .contains("more than 12 months ago", "Ada Lovelace", "Large print", "Please phone after 2pm.");
            browser.assertAccessible().assertFitsWidth(320).resize(1024, 768);
            browser.press("Send complaint");

            assertThat(browser.heading()).isEqualTo("Complaint received");
            browser.assertAccessible();
            String reference = browser.find("#reference").getText();
            assertThat(reference).matches("CMP-2026-\\d{6}");
            // Received on Monday 23 November 2026: acknowledged within 5 working days (6.2).
            assertThat(browser.find("#acknowledge-by").getText()).isEqualTo("Monday 30 November 2026");

            var recorded = admin.get("/api/v1/complaints/" + reference).json();
            assertThat(recorded.get("channel").asString()).isEqualTo("WEB_FORM");
            assertThat(recorded.get("resident").get("name").asString()).isEqualTo("Ada Lovelace");

            // Following it: reference + email, then the code from the email.
            browser.visit("/track").assertAccessible();
            browser.fill("Complaint reference", reference)
                    .fill("Email address or phone number", "ada@example.org")
                    .press("Send me a code");
            assertThat(browser.heading()).isEqualTo("Enter your code");
            browser.assertAccessible();
            browser.fill("Code", "000000").press("Continue");
            assertThat(browser.errors()).hasSize(1);
            browser.fill("Code", codeFromEmail("ada@example.org", reference)).press("Continue");
            assertThat(browser.path()).isEqualTo("/track/" + reference);
            assertThat(browser.find("#status").getText()).isEqualTo("Received: we are reading it");
            assertThat(browser.find("#deadline").getText()).isEqualTo("Monday 30 November 2026");
            browser.assertAccessible().assertFitsWidth(320).resize(1024, 768);

            // Staff acknowledge and respond through the API; the response letter is issued.
            ok(admin.post(
                    "/api/v1/complaints/" + reference + "/acknowledgement",
                    Map.of(
                            "acknowledgedAt", "2026-11-23T12:00:00Z",
                            "handler", "admin",
                            // The resident first knew two years ago: discretion is recorded (2.3).
                            "discretionReason", "The boiler is still broken, so the issue is ongoing.",
                            "definition",
                                    Map.of(
                                            "points",
                                            List.of(Map.of(
                                                    "summary", "The boiler was not repaired",
                                                    "outcomeSought", "Repair the boiler"))))));
            ok(admin.post(
                    "/api/v1/complaints/" + reference + "/response",
                    Map.of(
                            "respondedAt", "2026-11-23T12:00:00Z",
                            "findings",
                                    List.of(Map.of("point", 1, "upheld", true, "reasons", "Two visits were missed.")),
                            "remedies",
                                    List.of(Map.of(
                                            "type",
                                            "APOLOGY",
                                            "description",
                                            "We apologise for the missed visits.")))));

            browser.visit("/track/" + reference);
            assertThat(browser.find("#status").getText()).isEqualTo("Stage 1: we have replied");
            assertThat(browser.text()).contains("Response letter, stage 1");
            browser.assertAccessible();
            String letterHref = java.util.Objects.requireNonNull(browser.driver()
                    .findElement(org.openqa.selenium.By.partialLinkText("Response letter"))
                    .getAttribute("href"));
            HttpResponse<byte[]> pdf = get(letterHref, browser.cookieHeader());
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(new String(Arrays.copyOf(pdf.body(), 5))).isEqualTo("%PDF-");

            browser.fill("Why are you unhappy with our reply? (optional)", "The boiler still does not work.")
                    .press("Ask for stage 2");
            assertThat(browser.text()).contains("You have asked us to look at your complaint again (stage 2).");
            assertThat(browser.find("#status").getText()).isEqualTo("Stage 2: you have asked us to look at it again");
            browser.assertAccessible();
            var escalated = admin.get("/api/v1/complaints/" + reference).json();
            assertThat(escalated.get("status").asString()).isEqualTo("STAGE_2_REQUESTED");

            // Someone else's complaint, with a letter of its own.
            String other = created(admin.post(
                    "/api/v1/complaints",
                    Map.of(
                            "receivedAt", "2026-11-20T09:00:00Z",
                            "channel", "PHONE",
                            "resident", Map.of("name", "Bob Other", "email", "bob@example.org"),
                            "description", "My window is broken.")));
            ok(admin.post(
                    "/api/v1/complaints/" + other + "/acknowledgement",
                    Map.of(
                            "acknowledgedAt", "2026-11-23T12:00:00Z",
                            "handler", "admin",
                            "definition",
                                    Map.of(
                                            "points",
                                            List.of(Map.of("summary", "Window broken", "outcomeSought", "Fix it"))))));
            String otherLetter = admin.get("/api/v1/complaints/" + other + "/letters")
                    .json()
                    .get(0)
                    .get("id")
                    .asString();
            String ownLetter = letterHref.substring(letterHref.lastIndexOf('/') + 1);

            // Changing any identifier reaches nothing of Bob's.
            for (String path : List.of(
                    "/track/" + other,
                    "/track/" + other + "/letters/" + otherLetter,
                    "/track/" + other + "/letters/" + ownLetter,
                    "/track/" + reference + "/letters/" + otherLetter,
                    "/track/" + reference + "/letters/not-a-letter",
                    "/track/" + reference.toLowerCase(java.util.Locale.ROOT),
                    "/track/" + reference + "?reference=" + other)) {
                HttpResponse<byte[]> answer = get("http://localhost:" + port + path, browser.cookieHeader());
                String body = new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8);
                if (path.contains("?reference=")) {
                    assertThat(answer.statusCode()).isEqualTo(200);
                    assertThat(body).contains(reference).doesNotContain(other);
                } else {
                    assertThat(answer.statusCode()).as(path).isEqualTo(404);
                    assertThat(body).doesNotContain("Bob Other").doesNotContain("%PDF");
                }
            }
            browser.visit("/track/" + other);
            assertThat(browser.heading()).isEqualTo("Page not found");
            browser.assertAccessible();

            // Asking for a code for Bob's complaint with Ada's email sends nothing.
            int mails = SMTP.getReceivedMessages().length;
            browser.visit("/track")
                    .fill("Complaint reference", other)
                    .fill("Email address or phone number", "ada@example.org")
                    .press("Send me a code");
            assertThat(SMTP.getReceivedMessages()).hasSize(mails);
            browser.fill("Code", "123456").press("Continue");
            assertThat(browser.errors()).hasSize(1);
            browser.visit("/track/" + other);
            assertThat(browser.heading()).isEqualTo("Page not found");
        }
    }

    private static String codeFromEmail(String to, String reference) throws Exception {
        Pattern code = Pattern.compile("Your code is (\\d{6})");
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            if (message.getSubject().equals("Your code to follow complaint " + reference)
                    && message.getAllRecipients()[0].toString().equals(to)) {
                Matcher found = code.matcher(GreenMailUtil.getBody(message));
                if (found.find()) {
                    return found.group(1);
                }
            }
        }
        throw new AssertionError("No code was emailed to " + to);
    }

    private static HttpResponse<byte[]> get(String url, String cookies) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Cookie", cookies)
                                .header("Accept", "text/html")
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("reference").asString();
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }
}
