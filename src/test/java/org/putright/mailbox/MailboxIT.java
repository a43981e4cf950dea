package org.putright.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.putright.testing.Api;
import org.putright.testing.PutrightIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Email to the complaints mailbox, read over IMAP from GreenMail, becomes complaints,
 * correspondence and documents that the API shows: a new complaint with attachments (one the
 * document checks refuse), a reply quoting the reference, the same message delivered twice, a
 * message that is not an email.
 */
@PutrightIntegrationTest
class MailboxIT {

    private static final String MAILBOX = "complaints@riverside.example";
    private static final String PASSWORD = "mailbox secret";

    @RegisterExtension
    static final GreenMailExtension IMAP = new GreenMailExtension(new ServerSetup(0, "127.0.0.1", "imap"))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(MAILBOX, MAILBOX, PASSWORD))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailbox(DynamicPropertyRegistry properties) {
        properties.add("putright.mailbox.host", () -> "127.0.0.1");
        properties.add("putright.mailbox.port", () -> IMAP.getImap().getPort());
        properties.add("putright.mailbox.username", () -> MAILBOX);
        properties.add("putright.mailbox.password", () -> PASSWORD);
        properties.add("putright.mailbox.tls", () -> "false");
        // The test polls when it has put mail in; the schedule must not race it.
        properties.add("putright.mailbox.poll-interval", () -> "PT1H");
    }

    @LocalServerPort
    int port;

    @Autowired
    ImapMailbox imap;

    Api admin;

    @BeforeEach
    void signIn() {
        admin = Api.at(port).asAdmin();
    }

    @Test
    void anEmailBecomesAComplaintWithItsAttachmentsAndAReplyQuotingTheReferenceJoinsItsRecordOnce() throws Exception {
        deliver("""
                From: Grace Hopper <grace@example.org>
                To: complaints@riverside.example
                Subject: Leaking roof
                Date: Mon, 16 Nov 2026 09:30:00 +0000
                Message-ID: <roof-1@example.org>
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="b1"

                --b1
                Content-Type: text/html; charset=UTF-8

                <html><body><p>Water is coming through the <b>ceiling</b> again.</p><p>Please send someone.</p></body></html>
                --b1
                Content-Type: application/pdf; name="survey.pdf"
                Content-Disposition: attachment; filename="survey.pdf"
                Content-Transfer-Encoding: base64

                %s
                --b1
                Content-Type: application/octet-stream; name="run.exe"
                Content-Disposition: attachment; filename="run.exe"
                Content-Transfer-Encoding: base64

                %s
                --b1--
                """.formatted(base64("%PDF-1.4\nsurvey of the roof\n%%EOF\n"), base64("MZ\u0090\u0000 program")));

        assertThat(imap.poll()).isEqualTo(1);

        JsonNode message = only(messagesWithSubject("Leaking roof"));
        assertThat(message.get("state").asString()).isEqualTo("PROCESSED");
        assertThat(message.get("outcome").asString()).isEqualTo("NEW_COMPLAINT");
        assertThat(message.get("sender").asString()).contains("grace@example.org");
        JsonNode attachments = message.get("attachments");
        assertThat(attachments).hasSize(2);
        assertThat(attachments.get(0).get("filename").asString()).isEqualTo("survey.pdf");
        assertThat(attachments.get(0).get("kept").asBoolean()).isTrue();
        assertThat(attachments.get(1).get("filename").asString()).isEqualTo("run.exe");
        assertThat(attachments.get(1).get("kept").asBoolean()).isFalse();
        assertThat(attachments.get(1).get("refusal").asString()).contains("must be one of");

        String reference = message.get("complaint").asString();
        JsonNode complaint = admin.get("/api/v1/complaints/" + reference).json();
        assertThat(complaint.get("channel").asString()).isEqualTo("EMAIL");
        assertThat(complaint.get("receivedAt").asString()).isEqualTo("2026-11-16T09:30:00Z");
        assertThat(complaint.get("resident").get("name").asString()).isEqualTo("Grace Hopper");
        assertThat(complaint.get("resident").get("email").asString()).isEqualTo("grace@example.org");
        assertThat(complaint.get("description").asString())
                .isEqualTo("Water is coming through the ceiling again.\n\nPlease send someone.");
        assertThat(complaint.get("documents")).hasSize(1);
        JsonNode survey = complaint.get("documents").get(0);
        assertThat(survey.get("filename").asString()).isEqualTo("survey.pdf");
        assertThat(survey.get("description").asString()).contains("grace@example.org", "Leaking roof");
        assertThat(admin.get(survey.get("href").asString()).body()).startsWith("%PDF-1.4");
        assertThat(summaries(complaint))
                .contains("Received from resident: Attachments not kept from the email making this complaint");

        String reply = """
                From: Grace Hopper <grace@example.org>
                Subject: Re: Your complaint %s
                Date: Fri, 20 Nov 2026 08:00:00 +0000
                Message-ID: <roof-2@example.org>
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="b2"

                --b2
                Content-Type: text/plain; charset=UTF-8

                Any news? Photo attached.
                --b2
                Content-Type: image/png; name="ceiling.png"
                Content-Disposition: attachment; filename="ceiling.png"
                Content-Transfer-Encoding: base64

                %s
                --b2--
                """.formatted(reference, base64("\u0089PNG\r\n\u001a\n picture"));
        deliver(reply);
        assertThat(imap.poll()).isEqualTo(1);

        JsonNode answered = admin.get("/api/v1/complaints/" + reference).json();
        assertThat(summaries(answered)).contains("Received from resident: Re: Your complaint " + reference);
        assertThat(byOf(answered, "CorrespondenceRecorded")).containsOnly("mailbox");
        assertThat(answered.get("documents")).hasSize(2);
        assertThat(answered.get("documents").get(1).get("filename").asString()).isEqualTo("ceiling.png");
        assertThat(answered.get("documents").get(1).get("at").asString()).isEqualTo("2026-11-20T08:00:00Z");
        JsonNode replyMessage = only(messagesWithSubject("Re: Your complaint " + reference));
        assertThat(replyMessage.get("outcome").asString()).isEqualTo("CORRESPONDENCE");
        assertThat(replyMessage.get("complaint").asString()).isEqualTo(reference);

        // The mail server delivers the same message again: it is recognised and changes nothing.
        deliver(reply);
        assertThat(imap.poll()).isEqualTo(1);
        JsonNode afterDuplicate = admin.get("/api/v1/complaints/" + reference).json();
        assertThat(afterDuplicate.get("version").asInt())
                .isEqualTo(answered.get("version").asInt());
        assertThat(afterDuplicate.get("documents")).hasSize(2);
        assertThat(messagesWithSubject("Re: Your complaint " + reference)).hasSize(1);

        // Every message taken is marked read on the server, so the next poll finds nothing.
        assertThat(imap.poll()).isZero();
    }

    @Test
    void aMessageThatIsNotAnEmailIsKeptAsFailedVisibleToStaffAndCanBeRetried() throws Exception {
        deliver("""
                Subject: Broken message
                Message-ID: <broken-1@example.org>
                Content-Type: text/plain

                There is no sender on this one.
                """);

        assertThat(imap.poll()).isEqualTo(1);

        Api.Response failed = admin.get("/api/v1/mailbox/messages?state=FAILED");
        assertThat(failed.status()).isEqualTo(200);
        JsonNode broken = only(withSubject(failed.json(), "Broken message"));
        assertThat(broken.get("failure").asString()).contains("no sender");
        assertThat(broken.get("attempts").asInt()).isEqualTo(1);
        assertThat(broken.get("complaint").isNull()).isTrue();
        assertThat(withSubject(
                        admin.get("/api/v1/mailbox/messages?state=PROCESSED").json(), "Broken message"))
                .isEmpty();

        Api.Response retried =
                admin.post("/api/v1/mailbox/messages/" + broken.get("id").asString() + "/retry", Map.of());
        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        assertThat(retried.json().get("state").asString()).isEqualTo("FAILED");
        assertThat(retried.json().get("attempts").asInt()).isEqualTo(2);

        assertThat(admin.get("/api/v1/mailbox/messages?state=LOST").status()).isEqualTo(400);
        assertThat(admin.get("/api/v1/mailbox/messages/not-a-message").status()).isEqualTo(404);
        assertThat(admin.get("/api/v1/mailbox/messages/00000000-0000-0000-0000-000000000000")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aKnownResidentIsMatchedByTheirAddressAndAnUnknownReferenceIsANewComplaint() throws Exception {
        Map<String, Object> complaint = new HashMap<>();
        complaint.put("receivedAt", "2026-11-02T09:00:00Z");
        complaint.put("channel", "PHONE");
        complaint.put("resident", Map.of("name", "Mary Somerville", "email", "mary@example.org"));
        complaint.put("description", "The lift is broken.");
        Api.Response made = admin.post("/api/v1/complaints", complaint);
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        String residentId = made.json().get("resident").get("id").asString();
        String processedBefore =
                admin.get("/api/v1/mailbox/messages?state=PROCESSED").body();
        assertThat(processedBefore).doesNotContain("CMP-2026-999999");

        deliver("""
                From: "M. Somerville" <MARY@example.org>
                Subject: About CMP-2026-999999 and the lift
                Date: Tue, 17 Nov 2026 10:00:00 +0000
                Message-ID: <lift-1@example.org>
                Content-Type: text/plain; charset=UTF-8

                The lift is still broken and I cannot get my shopping up.
                """);
        assertThat(imap.poll()).isEqualTo(1);

        JsonNode message = only(messagesWithSubject("About CMP-2026-999999 and the lift"));
        assertThat(message.get("outcome").asString()).isEqualTo("NEW_COMPLAINT");
        JsonNode second = admin.get(
                        "/api/v1/complaints/" + message.get("complaint").asString())
                .json();
        assertThat(second.get("resident").get("id").asString()).isEqualTo(residentId);
        assertThat(second.get("description").asString()).startsWith("The lift is still broken");
    }

    private static void deliver(String message) throws Exception {
        byte[] raw = message.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        GreenMailUser user = IMAP.getUserManager().getUser(MAILBOX);
        user.deliver(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw)));
    }

    private static String base64(String content) {
        return Base64.getMimeEncoder().encodeToString(content.getBytes(StandardCharsets.ISO_8859_1));
    }

    private List<JsonNode> messagesWithSubject(String subject) {
        Api.Response all = admin.get("/api/v1/mailbox/messages");
        assertThat(all.status()).as(all.body()).isEqualTo(200);
        return withSubject(all.json(), subject);
    }

    private static List<JsonNode> withSubject(JsonNode messages, String subject) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode message : messages) {
            if (!message.get("subject").isNull()
                    && message.get("subject").asString().equals(subject)) {
                found.add(message);
            }
        }
        return found;
    }

    private static JsonNode only(List<JsonNode> messages) {
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

    private static List<String> summaries(JsonNode complaint) {
        List<String> summaries = new ArrayList<>();
        complaint
                .get("timeline")
                .forEach(entry -> summaries.add(entry.get("summary").asString()));
        return summaries;
    }

    private static List<String> byOf(JsonNode complaint, String event) {
        List<String> by = new ArrayList<>();
        complaint.get("timeline").forEach(entry -> {
            if (entry.get("event").asString().equals(event)) {
                by.add(entry.get("by").asString());
            }
        });
        return by;
    }
}
