package org.putright.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Deadline alerts reach the people who must act, once each: the handler, and the managers when a
 * complaint is overdue; in their own inbox (API and page) and by email through GreenMail, retried
 * when the mail server was down.
 */
@PutrightIntegrationTest
class NotificationIT {

    private static final int SMTP_PORT = freePort();
    private static final String PASSWORD = "quiet harbour lantern morning";

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SMTP_PORT);
        properties.add("putright.letters.from", () -> "complaints@riverside.example");
        properties.add("putright.notifications.retry-interval", () -> "PT1H");
    }

    @LocalServerPort
    int port;

    @Autowired
    DeadlineWatch watch;

    @Autowired
    NotificationMailer mailer;

    @Test
    void anOverdueComplaintNotifiesItsHandlerAndTheManagersOnceInTheirInboxAndByEmail() throws Exception {
        Api admin = Api.at(port).asAdmin();
        Api hana = Api.at(port).as(staff(admin, "note-hana", "HANDLER"));
        Api maria = Api.at(port).as(staff(admin, "note-maria", "MANAGER"));
        Api tom = Api.at(port).as(staff(admin, "note-tom", "HANDLER"));
        String reference = overdueComplaint(hana, "note-hana", "The fence is down.");

        assertThat(watch.raiseAlerts()).isPositive();

        assertThat(SMTP.waitForIncomingEmail(10_000, 2)).isTrue();
        List<MimeMessage> overdue = Arrays.stream(SMTP.getReceivedMessages())
                .filter(message -> subject(message).equals("Complaint " + reference + " is overdue"))
                .toList();
        assertThat(overdue)
                .extracting(message -> recipient(message))
                .containsExactlyInAnyOrder("note-hana@example.org", "note-maria@example.org");
        assertThat(body(overdue.get(0))).contains(reference, "missed its deadline");

        JsonNode mine = only(hana.get("/api/v1/notifications").json(), reference);
        assertThat(mine.get("kind").asString()).isEqualTo("OVERDUE");
        assertThat(mine.get("read").asBoolean()).isFalse();
        assertThat(mine.get("complaint").asString()).isEqualTo("/api/v1/complaints/" + reference);
        assertThat(mine.get("email").get("state").asString()).isEqualTo("SENT");
        assertThat(mine.get("email").get("attempts").asInt()).isEqualTo(1);
        assertThat(hana.get("/api/v1/notifications/unread-count")
                        .json()
                        .get("unread")
                        .asInt())
                .isEqualTo(1);
        assertThat(only(maria.get("/api/v1/notifications").json(), reference)
                        .get("kind")
                        .asString())
                .isEqualTo("OVERDUE");
        assertThat(tom.get("/api/v1/notifications").json()).isEmpty();

        String read = "/api/v1/notifications/" + mine.get("id").asString() + "/read";
        assertThat(tom.post(read, Map.of()).status())
                .as("someone else's notification")
                .isEqualTo(404);
        Api.Response marked = hana.post(read, Map.of());
        assertThat(marked.status()).isEqualTo(200);
        assertThat(marked.json().get("read").asBoolean()).isTrue();
        assertThat(hana.get("/api/v1/notifications/unread-count")
                        .json()
                        .get("unread")
                        .asInt())
                .isZero();
        assertThat(hana.get("/api/v1/notifications?unread=true").json()).isEmpty();
        assertThat(hana.post("/api/v1/notifications/not-an-id/read", Map.of()).status())
                .isEqualTo(404);

        int emailsBefore = SMTP.getReceivedMessages().length;
        watch.raiseAlerts();
        assertThat(hana.get("/api/v1/notifications").json())
                .as("each alert notifies once")
                .hasSize(1);
        Thread.sleep(300);
        assertThat(SMTP.getReceivedMessages()).hasSize(emailsBefore);
    }

    @Test
    void aNotificationWhoseEmailFailedIsRetriedAndItsStateShown() throws Exception {
        Api admin = Api.at(port).asAdmin();
        Api ann = Api.at(port).as(staff(admin, "note-ann", "HANDLER"));
        SMTP.stop();
        String reference;
        try {
            reference = overdueComplaint(ann, "note-ann", "The gate is broken.");
            watch.raiseAlerts();
        } finally {
            SMTP.start();
        }

        JsonNode failed =
                only(ann.get("/api/v1/notifications").json(), reference).get("email");
        assertThat(failed.get("state").asString()).isEqualTo("PENDING");
        assertThat(failed.get("attempts").asInt()).isEqualTo(1);
        assertThat(failed.get("failure").asString()).isNotBlank();
        Instant next = Instant.parse(failed.get("nextAttemptAt").asString());
        assertThat(next).isEqualTo(Instant.parse(PutrightIntegrationTest.NOW).plus(Duration.ofMinutes(5)));

        assertThat(mailer.sendDue(next.minusSeconds(1))).as("not yet due").isZero();
        assertThat(mailer.sendDue(next)).isPositive();

        JsonNode sent = only(ann.get("/api/v1/notifications").json(), reference).get("email");
        assertThat(sent.get("state").asString()).isEqualTo("SENT");
        assertThat(sent.get("attempts").asInt()).isEqualTo(2);
        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        assertThat(Arrays.stream(SMTP.getReceivedMessages()).map(NotificationIT::recipient))
                .contains("note-ann@example.org");
    }

    @Test
    void theStaffPageListsTheirNotificationsAndMarksThemRead() throws Exception {
        Api admin = Api.at(port).asAdmin();
        Api bea = Api.at(port).as(staff(admin, "note-bea", "HANDLER"));
        assertThat(admin.put("/api/v1/staff/note-bea/password", Map.of("password", PASSWORD))
                        .status())
                .isBetween(200, 204);
        String reference = overdueComplaint(bea, "note-bea", "The bins were not collected.");
        watch.raiseAlerts();

        Browser browser = new Browser("http://localhost:" + port);
        browser.signIn("note-bea", PASSWORD);
        assertThat(browser.get("/staff").body()).contains("href=\"/staff/notifications\"");
        HttpResponse<String> page = browser.get("/staff/notifications");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(reference, "1 unread notification", "Mark as read");

        String id = only(bea.get("/api/v1/notifications").json(), reference)
                .get("id")
                .asString();
        HttpResponse<String> marked = browser.post("/staff/notifications/" + id + "/read", Map.of(), page.body());
        assertThat(marked.statusCode()).isEqualTo(302);
        assertThat(browser.get("/staff/notifications").body())
                .contains("0 unread notifications")
                .doesNotContain("Mark as read");
    }

    private static String overdueComplaint(Api handler, String username, String description) {
        Map<String, Object> complaint = new HashMap<>();
        complaint.put("receivedAt", "2026-11-02T09:00:00Z");
        complaint.put("channel", "PHONE");
        complaint.put("resident", Map.of("name", "Ada Lovelace", "phone", "01234 567890"));
        complaint.put("description", description);
        Api.Response received = handler.post("/api/v1/complaints", complaint);
        assertThat(received.status()).as(received.body()).isEqualTo(201);
        String reference = received.json().get("reference").asString();
        Api.Response acknowledged = handler.post(
                "/api/v1/complaints/" + reference + "/acknowledgement",
                Map.of(
                        "acknowledgedAt",
                        "2026-11-03T10:00:00Z",
                        "handler",
                        username,
                        "definition",
                        Map.of("points", List.of(Map.of("summary", description, "outcomeSought", "Fix it")))));
        assertThat(acknowledged.status()).as(acknowledged.body()).isEqualTo(200);
        return reference;
    }

    private static String staff(Api admin, String username, String role) {
        Api.Response added = admin.post(
                "/api/v1/staff",
                Map.of(
                        "username",
                        username,
                        "name",
                        username,
                        "email",
                        username + "@example.org",
                        "roles",
                        List.of(role)));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return admin.post("/api/v1/staff/" + username + "/tokens", Map.of())
                .json()
                .get("token")
                .asString();
    }

    private static JsonNode only(JsonNode notifications, String reference) {
        List<JsonNode> about = new java.util.ArrayList<>();
        notifications.forEach(notification -> {
            if (notification.get("reference").asString().equals(reference)) {
                about.add(notification);
            }
        });
        assertThat(about).hasSize(1);
        return about.get(0);
    }

    private static String subject(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (jakarta.mail.MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A browser with a session: signs in through the login form and posts forms with their token. */
    private static final class Browser {

        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

        private final String base;
        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        Browser(String base) {
            this.base = base;
        }

        void signIn(String username, String password) throws Exception {
            HttpResponse<String> login = get("/login");
            HttpResponse<String> signedIn =
                    post("/login", Map.of("username", username, "password", password), login.body());
            assertThat(signedIn.statusCode()).isEqualTo(302);
            assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        }

        HttpResponse<String> get(String path) throws Exception {
            return client.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .header("Accept", "text/html")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Map<String, String> fields, String pageWithForm) throws Exception {
            Matcher token = CSRF.matcher(pageWithForm);
            assertThat(token.find()).as("the page carries a CSRF token").isTrue();
            Map<String, String> all = new HashMap<>(fields);
            all.put("_csrf", token.group(1));
            String form = all.entrySet().stream()
                    .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                    .reduce((a, b) -> a + "&" + b)
                    .orElse("");
            return client.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Accept", "text/html")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
