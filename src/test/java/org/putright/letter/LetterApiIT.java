package org.putright.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.putright.system.pdf.TaggedPdf;
import org.putright.testing.Api;
import org.putright.testing.PutrightIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;

/**
 * Every letter the Code requires, issued by the steps of real complaints over the API, read back
 * as a PDF and as HTML, and checked for what the Code says it must contain.
 */
// The landlord's settings and templates change here, so this test has a database of its own.
@PutrightIntegrationTest
@DirtiesContext
class LetterApiIT {

    private static final String OMBUDSMAN_PHONE = "0300 111 3000";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api admin;
    Api hana;
    Api tom;

    @BeforeEach
    void staff() {
        admin = Api.at(port).asAdmin();
        hana = Api.at(port).as(handler("letter-hana", "Hana Patel"));
        tom = Api.at(port).as(handler("letter-tom", "Tom Okafor"));
        ok(admin.put(
                "/api/v1/settings",
                Map.of(
                        "name", "Riverside Homes",
                        "address", "1 River Street\nLeeds\nLS1 1AA",
                        "signatureRole", "Complaints Team Leader",
                        "logoAltText", "Riverside Homes")));
        ok(admin.sendBytes("PUT", "/api/v1/settings/logo", "image/png", png()));
    }

    @Test
    void aComplaintsLettersFromAcknowledgementToFinalResponseCarryWhatTheCodeRequires() throws IOException {
        // Made by a representative: the letters go to her, for the resident (1.3, 3.6).
        Map<String, Object> complaint = newComplaint("2024-06-07T00:30:00+01:00", null);
        complaint.put(
                "representative",
                Map.of(
                        "name",
                        "Grace Hopper",
                        "relationship",
                        "Daughter",
                        "authority",
                        "Consent form signed 6 June 2024"));
        String reference = created(hana.post("/api/v1/complaints", complaint));

        // Stage 1 acknowledgement: the definition with outcomes, what we are not responsible for,
        // the response date and who is handling it (5.6, 5.7, 6.2).
        ok(hana.post(
                "/api/v1/complaints/" + reference + "/acknowledgement",
                Map.of(
                        "acknowledgedAt", "2024-06-11T10:00:00+01:00",
                        "handler", "letter-hana",
                        "definition",
                                Map.of(
                                        "points",
                                                List.of(
                                                        Map.of(
                                                                "summary",
                                                                "The boiler was not repaired",
                                                                "outcomeSought",
                                                                "Repair the boiler"),
                                                        Map.of(
                                                                "summary",
                                                                "Nobody returned my calls",
                                                                "outcomeSought",
                                                                "An apology")),
                                        "notResponsibleFor",
                                                List.of(Map.of(
                                                        "aspect",
                                                        "The gas supply",
                                                        "responsibleParty",
                                                        "Northern Gas Networks"))))));
        // The extension: its reason, the new date and the Ombudsman's contact details (6.4, 6.5).
        ok(hana.post(
                "/api/v1/complaints/" + reference + "/extension",
                Map.of(
                        "notifiedAt",
                        "2024-06-24T16:00:00+01:00",
                        "workingDays",
                        10,
                        "reason",
                        "We are waiting for the engineer's report")));
        ok(hana.post(
                "/api/v1/complaints/" + reference + "/response",
                Map.of(
                        "respondedAt", "2024-07-05T12:00:00+01:00",
                        "findings",
                                List.of(
                                        Map.of(
                                                "point",
                                                1,
                                                "upheld",
                                                true,
                                                "reasons",
                                                "The repair log shows two missed visits."),
                                        Map.of(
                                                "point",
                                                2,
                                                "upheld",
                                                false,
                                                "reasons",
                                                "Our call records show we called back the same day.")),
                        "remedies",
                                List.of(Map.of(
                                        "type",
                                        "FINANCIAL",
                                        "description",
                                        "For the weeks without heating",
                                        "amount",
                                        "75.00",
                                        "dueBy",
                                        "2024-07-19")),
                        "outstandingActions",
                                List.of(Map.of(
                                        "description",
                                        "Replace the boiler",
                                        "owner",
                                        "letter-hana",
                                        "dueBy",
                                        "2024-08-30")))));
        ok(hana.post(
                "/api/v1/complaints/" + reference + "/escalation", Map.of("requestedAt", "2024-07-10T09:00:00+01:00")));
        ok(tom.post(
                "/api/v1/complaints/" + reference + "/acknowledgement",
                Map.of(
                        "acknowledgedAt", "2024-07-12T10:00:00+01:00",
                        "handler", "letter-tom",
                        "definition",
                                Map.of(
                                        "points",
                                        List.of(Map.of(
                                                "summary",
                                                "The compensation is too low",
                                                "outcomeSought",
                                                "More compensation"))))));
        JsonNode closed = ok(tom.post(
                "/api/v1/complaints/" + reference + "/response",
                Map.of(
                        "respondedAt",
                        "2024-08-08T15:00:00+01:00",
                        "findings",
                        List.of(Map.of(
                                "point",
                                1,
                                "upheld",
                                false,
                                "reasons",
                                "The payment follows our compensation policy.")))));

        assertThat(closed.get("letters").findValuesAsString("type"))
                .containsExactly("ACKNOWLEDGEMENT", "EXTENSION", "RESPONSE", "ACKNOWLEDGEMENT", "RESPONSE");
        assertThat(closed.get("letters").findValuesAsString("stage").stream().toList())
                .containsExactly("1", "1", "1", "2", "2");
        JsonNode letters = closed.get("letters");
        assertThat(closed.get("responses").get(0).get("letter").asString())
                .isEqualTo(letters.get(2).get("href").asString());
        assertThat(closed.get("responses").get(1).get("letter").asString())
                .isEqualTo(letters.get(4).get("href").asString());

        String acknowledgement = pdfText(letters.get(0).get("href").asString());
        assertThat(acknowledgement)
                .contains("Dear Grace Hopper", "acting for Ada Lovelace")
                .contains("The boiler was not repaired. What you would like to happen: Repair the boiler.")
                .contains("Nobody returned my calls. What you would like to happen: An apology.")
                .contains("The gas supply. This is the responsibility of Northern Gas Networks.")
                .contains("full response by Tuesday 25 June 2024")
                .contains("Hana Patel is handling your complaint")
                .contains("Complaints Team Leader", "1 River Street", reference);

        String extension = pdfText(letters.get(1).get("href").asString());
        assertThat(extension)
                .contains("We are waiting for the engineer's report.")
                .contains("full response by Tuesday 9 July 2024")
                .contains("Housing Ombudsman", OMBUDSMAN_PHONE);

        String stageOne = pdfText(letters.get(2).get("href").asString());
        assertThat(stageOne)
                .as("a. the complaint stage")
                .contains("This is our stage 1 response")
                .as("b. the complaint definition")
                .contains("The boiler was not repaired. What you would like to happen")
                .as("c. the decision")
                .contains("We have partly upheld your complaint")
                .as("d. the reasons")
                .contains("we upheld this point. Why: The repair log shows two missed visits.")
                .contains("we did not uphold this point. Why: Our call records show")
                .as("e. the remedy")
                .contains("We will pay you £75.00 by Friday 19 July 2024")
                .as("f. outstanding actions")
                .contains("Replace the boiler. Hana Patel will do this by Friday 30 August 2024.")
                .as("g. how to escalate")
                .contains("stage 2", "You do not have to tell us why", "Please ask by");

        String stageTwoAcknowledgement = pdfText(letters.get(3).get("href").asString());
        assertThat(stageTwoAcknowledgement)
                .contains(
                        "logged it at stage 2", "The compensation is too low", "Tom Okafor is handling your complaint")
                .contains("did not deal with your complaint at stage 1");

        String finalResponse = pdfText(letters.get(4).get("href").asString());
        assertThat(finalResponse)
                .as("a")
                .contains("This is our stage 2 response", "final response")
                .as("b")
                .contains("The compensation is too low. What you would like to happen: More compensation.")
                .as("c")
                .contains("We have not upheld your complaint")
                .as("d")
                .contains("Why: The payment follows our compensation policy.")
                .as("e")
                .contains("We have not offered a remedy because")
                .as("f")
                .contains("There are no outstanding actions.")
                .as("g")
                .contains("right to refer your complaint to the Housing Ombudsman", OMBUDSMAN_PHONE);

        // The same letter as HTML, by Accept, and what is known about it as JSON.
        String href = letters.get(2).get("href").asString();
        Api.Response html = hana.header("Accept", "text/html").get(href);
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(html.header("Content-Security-Policy")).contains("default-src 'none'");
        assertThat(html.body())
                .contains("lang=\"en-GB\"", "<title>Our stage 1 response to your complaint (" + reference + ")</title>")
                .contains("<h1>Our stage 1 response to your complaint</h1>", "<h2>Putting things right</h2>")
                .contains("alt=\"Riverside Homes\"", "data-item=\"remedy\"", "£75.00");
        JsonNode about = ok(hana.get(href));
        assertThat(about.get("type").asString()).isEqualTo("RESPONSE");
        assertThat(about.get("recipient").get("name").asString()).isEqualTo("Grace Hopper");
        assertThat(about.get("recipient").get("onBehalfOf").asString()).isEqualTo("Ada Lovelace");
        assertThat(about.get("readingAge").asDouble()).isBetween(5.0, 18.0);
        assertThat(about.get("maximumReadingAge").asDouble()).isEqualTo(11.0);
        assertThat(about.get("readingAgeWarning").asBoolean())
                .isEqualTo(about.get("readingAge").asDouble() > 11.0);

        // Re-rendering the stored letter gives the same document: same bytes, same checksum.
        Api.Binary pdf = hana.header("Accept", "application/pdf").download(href);
        assertThat(Letters.sha256(pdf.bytes())).isEqualTo(about.get("sha256").asString());
        byte[] again = TaggedPdf.render(
                html.body(), Instant.parse(about.get("issuedAt").asString()));
        assertThat(Letters.sha256(again)).isEqualTo(about.get("sha256").asString());
    }

    @Test
    void aRefusalAndAnEscalationRefusalGiveTheReasonsAndTheRightToGoToTheOmbudsman() throws IOException {
        Api.Response resident = hana.post(
                "/api/v1/residents",
                Map.of(
                        "name",
                        "Alan Turing",
                        "address",
                        "7 Enigma Way",
                        "postcode",
                        "MK3 6EB",
                        "preferredFormat",
                        "LARGE_PRINT"));
        assertThat(resident.status()).as(resident.toString()).isEqualTo(201);
        String largePrintResident = resident.json().get("id").asString();
        String refused =
                created(hana.post("/api/v1/complaints", newComplaint("2024-06-03T09:00:00+01:00", largePrintResident)));
        JsonNode refusal = ok(hana.post(
                "/api/v1/complaints/" + refused + "/refusal",
                Map.of(
                        "decidedAt",
                        "2024-06-04T11:00:00+01:00",
                        "ground",
                        "LEGAL_PROCEEDINGS",
                        "reasons",
                        "Your solicitor has started a claim about the same repairs.")));
        JsonNode letter = refusal.get("letters").get(0);
        assertThat(letter.get("type").asString()).isEqualTo("REFUSAL");
        assertThat(pdfText(letter.get("href").asString()))
                .contains("Legal proceedings about this issue have started.", "Your solicitor has started a claim")
                .contains("right to take it to the Housing Ombudsman", OMBUDSMAN_PHONE);
        JsonNode about = ok(hana.get(letter.get("href").asString()));
        assertThat(about.get("largePrint").asBoolean()).isTrue();
        assertThat(hana.header("Accept", "text/html")
                        .get(letter.get("href").asString())
                        .body())
                .contains("font-size: 16pt");

        String escalated = acknowledgedAndAnswered();
        ok(hana.post(
                "/api/v1/complaints/" + escalated + "/escalation", Map.of("requestedAt", "2024-06-20T09:00:00+01:00")));
        JsonNode escalationRefused = ok(tom.post(
                "/api/v1/complaints/" + escalated + "/refusal",
                Map.of(
                        "decidedAt",
                        "2024-06-21T09:00:00+01:00",
                        "ground",
                        "OTHER",
                        "reasons",
                        "You asked us to review a decision the tribunal has made.")));
        JsonNode last = escalationRefused
                .get("letters")
                .get(escalationRefused.get("letters").size() - 1);
        assertThat(last.get("type").asString()).isEqualTo("ESCALATION_REFUSAL");
        assertThat(last.get("stage").asInt()).isEqualTo(2);
        assertThat(pdfText(last.get("href").asString()))
                .contains("You asked us to review a decision the tribunal has made.")
                .contains("look at your complaint at stage 2", OMBUDSMAN_PHONE);
    }

    @Test
    void aTemplateThatDropsARequiredItemIsRefusedAndAResponseCannotBeIssuedWithoutIt() throws IOException {
        JsonNode template = ok(admin.get("/api/v1/letter-templates/RESPONSE"));
        assertThat(template.get("requiredItems").findValuesAsString("label"))
                .containsExactly("a", "b", "c", "d", "e", "f", "g");
        String text = template.get("text").asString();
        String withoutRemedy = text.replace("<div pr:item=\"remedy\"/>", "");

        Api.Response refused = admin.put("/api/v1/letter-templates/RESPONSE", Map.of("text", withoutRemedy));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().get("type").asString()).endsWith("/problems/letter-incomplete");
        assertThat(refused.json().get("provision").asString()).isEqualTo("6.9");
        assertThat(refused.json().get("detail").asString()).contains("item e: the details of any remedy");
        assertThat(hana.put("/api/v1/letter-templates/RESPONSE", Map.of("text", text))
                        .status())
                .isEqualTo(403);

        // In the landlord's own words, with every item kept: accepted, and used.
        String ownWords = text.replace("<h2>Putting things right</h2>", "<h2>How we will put things right</h2>");
        JsonNode changed = ok(admin.put("/api/v1/letter-templates/RESPONSE", Map.of("text", ownWords)));
        assertThat(changed.get("customised").asBoolean()).isTrue();
        String reference = acknowledgedComplaint("2024-06-03T09:00:00+01:00");

        // Even a template changed behind Putright's back cannot issue a response without item e.
        jdbc.sql("update letter_template set body = :body where letter_type = 'RESPONSE'")
                .param("body", withoutRemedy)
                .update();
        try {
            Api.Response response = hana.post(
                    "/api/v1/complaints/" + reference + "/response", stageOneResponse("2024-06-14T12:00:00+01:00"));

            assertThat(response.status()).as(response.toString()).isEqualTo(422);
            assertThat(response.json().get("type").asString()).endsWith("/problems/letter-incomplete");
            assertThat(response.json().get("provision").asString()).isEqualTo("6.9");
            assertThat(response.json().get("detail").asString()).contains("item e");
            JsonNode unchanged = ok(hana.get("/api/v1/complaints/" + reference));
            assertThat(unchanged.get("status").asString())
                    .as("the step was not recorded")
                    .isEqualTo("STAGE_1_OPEN");
            assertThat(unchanged.get("letters").findValuesAsString("type")).containsExactly("ACKNOWLEDGEMENT");
        } finally {
            jdbc.sql("update letter_template set body = :body where letter_type = 'RESPONSE'")
                    .param("body", ownWords)
                    .update();
        }
        JsonNode responded = ok(hana.post(
                "/api/v1/complaints/" + reference + "/response", stageOneResponse("2024-06-14T12:00:00+01:00")));
        assertThat(pdfText(responded.get("responses").get(0).get("letter").asString()))
                .contains("How we will put things right");
        assertThat(ok(admin.delete("/api/v1/letter-templates/RESPONSE"))
                        .get("customised")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void anUpdateLetterGoesOutAtTheAgreedIntervalAndIsKeptOnTheRecord() throws IOException {
        String reference = acknowledgedComplaint("2024-06-03T09:00:00+01:00");

        Api.Response sent = hana.post(
                "/api/v1/complaints/" + reference + "/update-letter",
                Map.of("sentAt", "2024-06-10T09:00:00+01:00", "progress", "The engineer visits on Thursday."));

        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        assertThat(sent.json().get("type").asString()).isEqualTo("UPDATE");
        assertThat(pdfText(sent.header("Location"))).contains("The engineer visits on Thursday.", "full response by");
        JsonNode complaint = ok(hana.get("/api/v1/complaints/" + reference));
        assertThat(complaint.get("letters").findValuesAsString("type")).containsExactly("ACKNOWLEDGEMENT", "UPDATE");
        assertThat(complaint.get("timeline").findValuesAsString("event")).contains("CorrespondenceRecorded");
    }

    @Test
    void anUnknownLetterIsNotFoundWhateverFormatIsAskedFor() {
        assertThat(hana.header("Accept", "application/pdf")
                        .download("/api/v1/letters/00000000-0000-0000-0000-000000000000")
                        .status())
                .isEqualTo(404);
        assertThat(hana.get("/api/v1/letters/not-a-letter").status()).isEqualTo(404);
        assertThat(Api.at(port)
                        .header("Accept", "application/pdf")
                        .download("/api/v1/letters/00000000-0000-0000-0000-000000000000")
                        .status())
                .isEqualTo(401);
    }

    private String pdfText(String href) throws IOException {
        Api.Binary pdf = hana.header("Accept", "application/pdf").download(href);
        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            var catalog = document.getDocumentCatalog();
            assertThat(catalog.getStructureTreeRoot()).as("tagged").isNotNull();
            assertThat(catalog.getMarkInfo()).isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("en-GB");
            assertThat(document.getDocumentInformation().getTitle()).isNotBlank();
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private String acknowledgedAndAnswered() {
        String reference = acknowledgedComplaint("2024-06-03T09:00:00+01:00");
        ok(hana.post("/api/v1/complaints/" + reference + "/response", stageOneResponse("2024-06-14T12:00:00+01:00")));
        return reference;
    }

    private String acknowledgedComplaint(String receivedAt) {
        String reference = created(hana.post("/api/v1/complaints", newComplaint(receivedAt, null)));
        ok(hana.post(
                "/api/v1/complaints/" + reference + "/acknowledgement",
                Map.of(
                        "acknowledgedAt", "2024-06-05T10:00:00+01:00",
                        "handler", "letter-hana",
                        "definition",
                                Map.of(
                                        "points",
                                        List.of(Map.of(
                                                "summary",
                                                "The boiler was not repaired",
                                                "outcomeSought",
                                                "Repair it"))))));
        return reference;
    }

    private static Map<String, Object> stageOneResponse(String respondedAt) {
        return Map.of(
                "respondedAt", respondedAt,
                "findings", List.of(Map.of("point", 1, "upheld", true, "reasons", "The repair log shows it.")),
                "remedies", List.of(Map.of("type", "APOLOGY", "description", "We apologise for the missed visits.")));
    }

    private static Map<String, Object> newComplaint(
            String receivedAt, @org.jspecify.annotations.Nullable String residentId) {
        Map<String, Object> body = new HashMap<>();
        body.put("receivedAt", receivedAt);
        body.put("channel", "PHONE");
        if (residentId == null) {
            body.put(
                    "resident",
                    Map.of(
                            "name",
                            "Ada Lovelace",
                            "email",
                            "ada@example.org",
                            "address",
                            "12 Analytical Row",
                            "postcode",
                            "SW1A 1AA",
                            "tenancyReference",
                            "T-1815"));
        } else {
            body.put("residentId", residentId);
        }
        body.put("description", "My boiler broke twice and nobody came back.");
        return body;
    }

    private static String created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("reference").asString();
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private String handler(String username, String name) {
        if (admin.get("/api/v1/staff/" + username).status() == 404) {
            admin.post(
                    "/api/v1/staff",
                    Map.of(
                            "username",
                            username,
                            "name",
                            name,
                            "email",
                            username + "@example.org",
                            "roles",
                            List.of("HANDLER"),
                            "compensationLimit",
                            "100.00"));
        }
        return admin.post("/api/v1/staff/" + username + "/tokens", Map.of())
                .json()
                .get("token")
                .asString();
    }

    private static byte[] png() {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 40; x++) {
            for (int y = 0; y < 20; y++) {
                image.setRGB(x, y, x < 20 ? 0x1d5c63 : 0xffffff);
            }
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
