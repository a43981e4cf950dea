package org.putright.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.putright.testing.Browser;
import org.putright.testing.PutrightIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** The resident pages turn away scripts: a filled honeypot and too many requests get a friendly page. */
@PutrightIntegrationTest
@TestPropertySource(properties = "putright.portal.limits.codes-per-hour=2")
class PortalAbuseIT {

    @LocalServerPort
    int port;

    @Test
    void refusesAFilledHoneypotAndLimitsCodeRequestsPerAddress() {
        try (Browser browser = Browser.open(port)) {
            browser.visit("/track")
                    .fill("Complaint reference", "CMP-2026-000001")
                    .fill("Email address or phone number", "someone@example.org");
            browser.script("document.getElementById('website').value = 'https://spam.example';");
            browser.press("Send me a code");
            assertThat(browser.heading()).isEqualTo("We could not accept this form");
            browser.assertAccessible();

            for (int attempt = 1; attempt <= 2; attempt++) {
                browser.visit("/track")
                        .fill("Complaint reference", "CMP-2026-00000" + attempt)
                        .fill("Email address or phone number", "someone@example.org")
                        .press("Send me a code");
                // Unknown details are not confirmed or denied: the same page as for a match.
                assertThat(browser.heading()).isEqualTo("Enter your code");
            }
            browser.visit("/track")
                    .fill("Complaint reference", "CMP-2026-000003")
                    .fill("Email address or phone number", "someone@example.org")
                    .press("Send me a code");
            assertThat(browser.heading()).isEqualTo("Please wait and try again");
            browser.assertAccessible();
        }
    }
}
