package org.putright.letter;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.putright.testing.Api;
import org.putright.testing.PutrightIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** Letters reach residents who asked for email, over SMTP, with the letter and its PDF. */
@PutrightIntegrationTest
class LetterEmailIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(0, "127.0.0.1", "smtp"))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        properties.add("putright.letters.from", () -> "complaints@riverside.example");
    }

    @LocalServerPort
    int port;

    @Test
    void aResidentWhoPrefersEmailGetsTheAcknowledgementByEmailAndTheRecordShowsItWent() throws Exception {
        Api admin = Api.at(port).asAdmin();
        Api hana = Api.at(port).as(handler(admin, "mail-hana"));
        Map<String, Object> complaint = new HashMap<>();
        complaint.put("receivedAt", "2024-06-07T09:00:00+01:00");
        complaint.put("channel", "EMAIL");
        complaint.put("resident", Map.of("name", "Mary Somerville", "email", "mary@example.org"));
        complaint.put("description", "Damp in the bedroom has come back.");
        Api.Response received = hana.post("/api/v1/complaints", complaint);
        assertThat(received.status()).as(received.toString()).isEqualTo(201);
        String reference = received.json().get("reference").asString();

        Api.Response acknowledged = hana.post(
                "/api/v1/complaints/" + reference + "/acknowledgement",
                Map.of(
                        "acknowledgedAt",
                        "2024-06-10T10:00:00+01:00",
                        "handler",
                        "mail-hana",
                        "definition",
                        Map.of(
                                "points",
                                List.of(Map.of("summary", "Damp in the bedroom", "outcomeSought", "Fix it")))));
        assertThat(acknowledged.status()).as(acknowledged.toString()).isEqualTo(200);

        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage mail = SMTP.getReceivedMessagesForDomain("example.org")[0];
        assertThat(mail.getAllRecipients()[0]).hasToString("mary@example.org");
        assertThat(mail.getFrom()[0]).hasToString("complaints@riverside.example");
        assertThat(mail.getSubject()).isEqualTo("We have received your stage 1 complaint (" + reference + ")");
        String everything = GreenMailUtil.getWholeMessage(mail);
        assertThat(everything).contains("application/pdf", reference + "-acknowledgement.pdf");
        assertThat(bodyParts((Multipart) mail.getContent()))
                .anySatisfy(part -> assertThat(part).contains("lang=\"en-GB\"", "Damp in the bedroom"));

        String href = acknowledged.json().get("letters").get(0).get("href").asString();
        JsonNode letter = hana.get(href).json();
        assertThat(letter.get("recipient").get("channel").asString()).isEqualTo("EMAIL");
        assertThat(letter.get("deliveries").get(0).get("outcome").asString()).isEqualTo("SENT");
        assertThat(letter.get("deliveries").get(0).get("sentTo").asString()).isEqualTo("mary@example.org");
    }

    @Test
    void aRefusedStepSendsNothing() throws Exception {
        Api admin = Api.at(port).asAdmin();
        Api hana = Api.at(port).as(handler(admin, "mail-hana"));
        int before = SMTP.getReceivedMessages().length;
        Map<String, Object> complaint = new HashMap<>();
        complaint.put("receivedAt", "2024-06-07T09:00:00+01:00");
        complaint.put("channel", "EMAIL");
        complaint.put("resident", Map.of("name", "Caroline Herschel", "email", "caroline@example.org"));
        complaint.put("description", "The lift is broken.");
        String reference = hana.post("/api/v1/complaints", complaint)
                .json()
                .get("reference")
                .asString();

        Api.Response beforeReceipt = hana.post(
                "/api/v1/complaints/" + reference + "/acknowledgement",
                Map.of(
                        "acknowledgedAt",
                        "2024-06-06T10:00:00+01:00",
                        "handler",
                        "mail-hana",
                        "definition",
                        Map.of("points", List.of(Map.of("summary", "The lift", "outcomeSought", "Fix it")))));

        assertThat(beforeReceipt.status()).isEqualTo(422);
        Thread.sleep(500);
        assertThat(SMTP.getReceivedMessages()).hasSize(before);
    }

    private static List<String> bodyParts(Multipart multipart) throws Exception {
        List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            Object content = part.getContent();
            if (content instanceof Multipart nested) {
                texts.addAll(bodyParts(nested));
            } else if (content instanceof String text) {
                texts.add(text);
            }
        }
        return texts;
    }

    private static String handler(Api admin, String username) {
        if (admin.get("/api/v1/staff/" + username).status() == 404) {
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
        }
        return admin.post("/api/v1/staff/" + username + "/tokens", Map.of())
                .json()
                .get("token")
                .asString();
    }
}
