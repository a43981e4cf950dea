package org.putright.letter;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.putright.complaint.DeadlineWatch;
import org.putright.testing.Api;
import org.putright.testing.PutrightIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Updates at the agreed interval (5.9) go out without anyone remembering them: when one falls
 * due, Putright issues the UPDATE letter from the record, emails it to a resident who prefers
 * email, keeps it on the record and moves the next update on. And a letter whose email failed is
 * tried again until it goes, each attempt kept with the letter.
 */
@PutrightIntegrationTest
class AgreedUpdateIT {

    private static final int SMTP_PORT = freePort();

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SMTP_PORT);
        properties.add("putright.letters.from", () -> "complaints@riverside.example");
        properties.add("putright.letters.retry-interval", () -> "PT1H");
    }

    @LocalServerPort
    int port;

    @Autowired
    DeadlineWatch watch;

    @Autowired
    EmailDelivery delivery;

    @Test
    void anUpdateThatFallsDueIsIssuedFromTheRecordEmailedAndMovesTheNextUpdateOn() throws Exception {
        Api admin = Api.at(port).asAdmin();
        Api hana = Api.at(port).as(handler(admin, "update-hana"));
        String reference = acknowledged(hana, "update-hana", "Emmy Noether", "emmy@example.org");
        // Acknowledged on 16 November; updates every 3 working days from 17 November: one was due
        // on 20 November, before "today", 23 November.
        Api.Response agreed = hana.post(
                "/api/v1/complaints/" + reference + "/update-interval",
                Map.of("agreedAt", "2026-11-17T10:00:00Z", "everyWorkingDays", 3, "how", "by email"));
        assertThat(agreed.status()).as(agreed.body()).isEqualTo(200);
        assertThat(agreed.json().get("updateInterval").toString()).contains("2026-11-20");

        watch.raiseAlerts();

        JsonNode complaint = hana.get("/api/v1/complaints/" + reference).json();
        List<JsonNode> updates = letters(complaint, "UPDATE");
        assertThat(updates).hasSize(1);
        JsonNode letter = hana.get(updates.get(0).get("href").asString()).json();
        assertThat(letter.get("issuedBy").asString()).isEqualTo("putright");
        assertThat(letter.get("recipient").get("channel").asString()).isEqualTo("EMAIL");
        assertThat(letter.get("deliveries").get(0).get("outcome").asString()).isEqualTo("SENT");
        String html = hana.header("Accept", "text/html")
                .get(updates.get(0).get("href").asString())
                .body();
        assertThat(html).contains("We are still looking into your stage 1 complaint, which we acknowledged on");
        assertThat(timeline(complaint)).contains("Sent to resident: Update letter");
        assertThat(complaint.get("updateInterval").toString())
                .as("the next update is the agreed interval after this one")
                .contains("2026-11-26");

        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage mail = Arrays.stream(SMTP.getReceivedMessages())
                .filter(message -> GreenMailUtil.getWholeMessage(message).contains(reference + "-update.pdf"))
                .findFirst()
                .orElseThrow();
        assertThat(mail.getAllRecipients()[0]).hasToString("emmy@example.org");
        assertThat(mail.getSubject()).contains(reference);

        watch.raiseAlerts();
        assertThat(letters(hana.get("/api/v1/complaints/" + reference).json(), "UPDATE"))
                .as("the update is sent once; the next is not yet due")
                .hasSize(1);
    }

    @Test
    void aLetterWhoseEmailFailedIsTriedAgainUntilItGoes() throws Exception {
        Api admin = Api.at(port).asAdmin();
        Api hana = Api.at(port).as(handler(admin, "retry-hana"));
        String reference;
        SMTP.stop();
        try {
            reference = acknowledged(hana, "retry-hana", "Lise Meitner", "lise@example.org");
        } finally {
            SMTP.start();
        }
        String href = letters(hana.get("/api/v1/complaints/" + reference).json(), "ACKNOWLEDGEMENT")
                .get(0)
                .get("href")
                .asString();
        JsonNode failed = hana.get(href).json().get("deliveries");
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).get("outcome").asString()).isEqualTo("FAILED");
        Instant now = Instant.parse(PutrightIntegrationTest.NOW);

        assertThat(delivery.retryDue(now.plus(Duration.ofMinutes(4))))
                .as("not yet due")
                .isZero();
        assertThat(delivery.retryDue(now.plus(Duration.ofMinutes(5)))).isEqualTo(1);

        JsonNode deliveries = hana.get(href).json().get("deliveries");
        assertThat(deliveries).hasSize(2);
        assertThat(deliveries.get(1).get("outcome").asString()).isEqualTo("SENT");
        assertThat(deliveries.get(1).get("attemptedAt").asString()).isEqualTo("2026-11-23T12:05:00Z");
        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        assertThat(delivery.retryDue(now.plus(Duration.ofDays(2))))
                .as("a delivered letter is not sent again")
                .isZero();
    }

    private static String acknowledged(Api handler, String username, String name, String email) {
        Map<String, Object> complaint = new HashMap<>();
        complaint.put("receivedAt", "2026-11-13T09:00:00Z");
        complaint.put("channel", "EMAIL");
        complaint.put("resident", Map.of("name", name, "email", email));
        complaint.put("description", "The heating has failed.");
        Api.Response received = handler.post("/api/v1/complaints", complaint);
        assertThat(received.status()).as(received.body()).isEqualTo(201);
        String reference = received.json().get("reference").asString();
        Api.Response acknowledged = handler.post(
                "/api/v1/complaints/" + reference + "/acknowledgement",
                Map.of(
                        "acknowledgedAt",
                        "2026-11-16T10:00:00Z",
                        "handler",
                        username,
                        "definition",
                        Map.of("points", List.of(Map.of("summary", "Heating failed", "outcomeSought", "Repair")))));
        assertThat(acknowledged.status()).as(acknowledged.body()).isEqualTo(200);
        return reference;
    }

    private static List<JsonNode> letters(JsonNode complaint, String type) {
        List<JsonNode> found = new ArrayList<>();
        complaint.get("letters").forEach(letter -> {
            if (letter.get("type").asString().equals(type)) {
                found.add(letter);
            }
        });
        return found;
    }

    private static List<String> timeline(JsonNode complaint) {
        List<String> summaries = new ArrayList<>();
        complaint
                .get("timeline")
                .forEach(entry -> summaries.add(entry.get("summary").asString()));
        return summaries;
    }

    private static String handler(Api admin, String username) {
        admin.post(
                "/api/v1/staff",
                Map.of(
                        "username",
                        username,
                        "name",
                        "Hana Patel",
                        "email",
                        username + "@example.org",
                        "roles",
                        List.of("HANDLER")));
        return admin.post("/api/v1/staff/" + username + "/tokens", Map.of())
                .json()
                .get("token")
                .asString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
