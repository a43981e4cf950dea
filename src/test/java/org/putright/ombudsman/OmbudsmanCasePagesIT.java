package org.putright.ombudsman;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.putright.testing.Api;
import org.putright.testing.Browser;
import org.putright.testing.PutrightIntegrationTest;
import org.putright.testing.StaffWeb;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Every step of an Ombudsman case recorded through the pages, over plain HTTP (no script) and in a
 * browser with axe-core, and read back through the API: a referral, an evidence request and its
 * sending, the determination with a finding per element and its orders, a complaint handling
 * failure order, and evidence of compliance. Refused forms come back with their errors; governance
 * reads but is refused every step; a form without its CSRF token is refused. Today is 23 November
 * 2026.
 */
@PutrightIntegrationTest
class OmbudsmanCasePagesIT {

    private static final String PASSWORD = "a long ombudsman pages password";

    @LocalServerPort
    int port;

    Api admin;

    @BeforeEach
    void staff() {
        admin = Api.at(port).asAdmin();
        person("hos-pages-manager", "MANAGER");
        person("hos-pages-board", "GOVERNANCE");
    }

    @Test
    void aManagerRecordsEveryStepThroughTheForms() {
        String complaint = closedComplaint("ada.pages@example.org");
        StaffWeb web = StaffWeb.signedIn(port, "hos-pages-manager", PASSWORD);

        StaffWeb.Page form = web.get("/staff/ombudsman-cases/new?complaint=" + complaint);
        assertThat(form.status()).isEqualTo(200);
        assertThat(inputValue(form, "complaintReference")).isEqualTo(complaint);
        assertThat(inputValue(form, "referredOn")).isEqualTo("2026-11-23");

        StaffWeb.Page blank = web.post(
                "/staff/ombudsman-cases",
                Map.of("complaintReference", complaint, "hosReference", "", "referredOn", "not a date"),
                form);
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body())
                .contains("govuk-error-summary", "href=\"#hosReference\"", "href=\"#referredOn\"")
                .contains("Enter the Ombudsman&#39;s reference", "Enter a real date, like 2026-11-23");
        assertThat(inputValue(blank, "complaintReference")).isEqualTo(complaint);

        StaffWeb.Page future = web.post(
                "/staff/ombudsman-cases",
                Map.of("complaintReference", complaint, "hosReference", "202600555", "referredOn", "2026-12-01"),
                form);
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.body()).contains("href=\"#referredOn\"", "is after today");

        StaffWeb.Page referred = web.post(
                "/staff/ombudsman-cases",
                Map.of("complaintReference", complaint, "hosReference", "202600555", "referredOn", "2026-11-02"),
                form);
        assertThat(referred.status()).as(referred.toString()).isEqualTo(302);
        String casePath = referred.header("Location").replaceAll("^https?://[^/]+", "");
        String id = casePath.substring(casePath.lastIndexOf('/') + 1);
        StaffWeb.Page shown = web.get(casePath);
        assertThat(shown.text()).contains("The referral is recorded", "202600555", complaint);

        StaffWeb.Page duplicate = web.post(
                "/staff/ombudsman-cases",
                Map.of("complaintReference", complaint, "hosReference", "202600555", "referredOn", "2026-11-02"),
                form);
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.text()).contains("Another case already has the Ombudsman reference 202600555");

        StaffWeb.Page evidenceForm = web.get(casePath + "/evidence-request");
        assertThat(evidenceForm.status()).isEqualTo(200);
        StaffWeb.Page backwards = web.post(
                casePath + "/evidence-request",
                step(evidenceForm, "description", "Repair logs", "requestedOn", "2026-11-05", "dueOn", "2026-11-01"),
                evidenceForm);
        assertThat(backwards.status()).isEqualTo(422);
        assertThat(backwards.body()).contains("href=\"#dueOn\"");
        StaffWeb.Page requested = web.post(
                casePath + "/evidence-request",
                step(evidenceForm, "description", "Repair logs", "requestedOn", "2026-11-05", "dueOn", "2026-11-19"),
                evidenceForm);
        assertThat(requested.status()).as(requested.toString()).isEqualTo(302);

        // The form opened before the request was recorded is now stale.
        StaffWeb.Page stale = web.post(
                casePath + "/evidence-request",
                step(evidenceForm, "description", "More logs", "requestedOn", "2026-11-05", "dueOn", "2026-11-19"),
                evidenceForm);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.text()).contains("Someone else changed this case");

        JsonNode afterRequest = read(id);
        String requestId = afterRequest.get("evidenceRequests").get(0).get("id").asString();
        StaffWeb.Page sentForm = web.get(casePath + "/evidence-requests/" + requestId + "/sent");
        assertThat(sentForm.text()).contains("Repair logs");
        assertThat(web.post(
                                casePath + "/evidence-requests/" + requestId + "/sent",
                                step(sentForm, "sentOn", "2026-11-20"),
                                sentForm)
                        .status())
                .isEqualTo(302);
        JsonNode sent = read(id).get("evidenceRequests").get(0);
        assertThat(sent.get("sentOn").asString()).isEqualTo("2026-11-20");
        assertThat(sent.get("sentLate").asBoolean()).isTrue();

        StaffWeb.Page determinationForm = web.get(casePath + "/determination");
        StaffWeb.Page noFinding = web.post(
                casePath + "/determination",
                step(determinationForm, "determinedOn", "2026-11-21", "element-1", "Repairs"),
                determinationForm);
        assertThat(noFinding.status()).isEqualTo(400);
        assertThat(noFinding.body()).contains("href=\"#finding-1\"");
        StaffWeb.Page determined = web.post(
                casePath + "/determination",
                step(
                        determinationForm,
                        "determinedOn",
                        "2026-11-21",
                        "element-1",
                        "Repairs to the boiler",
                        "finding-1",
                        "MALADMINISTRATION",
                        "element-2",
                        "Complaint handling",
                        "finding-2",
                        "SERVICE_FAILURE",
                        "order-1-kind",
                        "ORDER",
                        "order-1-description",
                        "Pay £300 compensation",
                        "order-1-dueOn",
                        "2026-12-19",
                        "order-2-kind",
                        "RECOMMENDATION",
                        "order-2-description",
                        "Review the repairs policy",
                        "order-2-dueOn",
                        "2027-01-21"),
                determinationForm);
        assertThat(determined.status()).as(determined.toString()).isEqualTo(302);
        JsonNode determination = read(id).get("determination");
        assertThat(determination.get("determinedOn").asString()).isEqualTo("2026-11-21");
        assertThat(values(determination.get("findings"), "finding"))
                .containsExactly("MALADMINISTRATION", "SERVICE_FAILURE");
        assertThat(web.get(casePath).text()).doesNotContain("The determination, with its orders");

        StaffWeb.Page again = web.get(casePath + "/determination");
        StaffWeb.Page twice = web.post(
                casePath + "/determination",
                step(again, "determinedOn", "2026-11-21", "element-1", "Repairs", "finding-1", "WITHDRAWN"),
                again);
        assertThat(twice.status()).isEqualTo(422);

        StaffWeb.Page failureForm = web.get(casePath + "/failure-order");
        assertThat(web.post(
                                casePath + "/failure-order",
                                step(
                                        failureForm,
                                        "description",
                                        "Respond to the stage 2 request",
                                        "issuedOn",
                                        "2026-11-10",
                                        "dueOn",
                                        "2026-11-24"),
                                failureForm)
                        .status())
                .isEqualTo(302);

        JsonNode orders = read(id).get("orders");
        assertThat(values(orders, "kind"))
                .containsExactlyInAnyOrder("ORDER", "RECOMMENDATION", "COMPLAINT_HANDLING_FAILURE_ORDER");
        String orderId = null;
        for (JsonNode order : orders) {
            if (order.get("kind").asString().equals("ORDER")) {
                orderId = order.get("id").asString();
            }
        }
        StaffWeb.Page complianceForm = web.get(casePath + "/orders/" + orderId + "/compliance");
        assertThat(complianceForm.text()).contains("Pay £300 compensation");
        StaffWeb.Page noEvidence = web.post(
                casePath + "/orders/" + orderId + "/compliance",
                step(complianceForm, "compliedOn", "2026-11-22", "evidence", " "),
                complianceForm);
        assertThat(noEvidence.status()).isEqualTo(400);
        assertThat(noEvidence.body()).contains("href=\"#evidence\"");
        assertThat(web.post(
                                casePath + "/orders/" + orderId + "/compliance",
                                step(complianceForm, "compliedOn", "2026-11-22", "evidence", "Paid by BACS"),
                                complianceForm)
                        .status())
                .isEqualTo(302);
        for (JsonNode order : read(id).get("orders")) {
            if (order.get("id").asString().equals(orderId)) {
                assertThat(order.get("compliance").get("evidence").asString()).isEqualTo("Paid by BACS");
            }
        }

        assertThat(web.get(casePath + "/orders/not-an-id/compliance").status()).isEqualTo(404);
        assertThat(web.get("/staff/ombudsman-cases/not-an-id/determination").status())
                .isEqualTo(404);
        assertThat(web.postWithoutToken(casePath + "/failure-order", Map.of("description", "Forged"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void governanceReadsTheCaseButIsRefusedEveryStep() {
        String complaint = closedComplaint("grace.pages@example.org");
        Api.Response referred = admin.post(
                "/api/v1/ombudsman-cases",
                Map.of("complaintReference", complaint, "hosReference", "202600777", "referredOn", "2026-11-02"));
        assertThat(referred.status()).as(referred.toString()).isEqualTo(201);
        String casePath = "/staff/ombudsman-cases/" + referred.json().get("id").asString();

        StaffWeb board = StaffWeb.signedIn(port, "hos-pages-board", PASSWORD);
        StaffWeb.Page page = board.get(casePath);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("202600777").doesNotContain("An evidence request");
        assertThat(board.get("/staff/ombudsman-cases").text()).doesNotContain("Record a referral");
        for (String step : List.of("/evidence-request", "/determination", "/failure-order")) {
            assertThat(board.get(casePath + step).status()).as(step).isEqualTo(403);
            assertThat(board.post(casePath + step, Map.of("description", "x"), page)
                            .status())
                    .as(step)
                    .isEqualTo(403);
        }
        assertThat(board.get("/staff/ombudsman-cases/new").status()).isEqualTo(403);
    }

    @Test
    void theFormsAreAccessibleInABrowser() {
        String complaint = closedComplaint("mary.pages@example.org");
        try (Browser browser = Browser.open(port)) {
            browser.visit("/login");
            browser.fill("Username", "hos-pages-manager")
                    .fill("Password", PASSWORD)
                    .press("Sign in");

            browser.visit("/staff/ombudsman-cases").assertAccessible();
            browser.follow("Record a referral").assertAccessible();
            browser.fill("Complaint reference", complaint)
                    .press("Record the referral")
                    .assertAccessible();
            assertThat(browser.errors()).isNotEmpty();
            browser.fill("Ombudsman's reference", "202600999")
                    .press("Record the referral")
                    .assertAccessible();
            assertThat(browser.text()).contains("The referral is recorded");

            browser.follow("An evidence request").assertAccessible();
            browser.fill("What the Ombudsman asked for", "Letters sent");
            set(browser, "dueOn", "2026-12-07");
            browser.press("Record the request").assertAccessible();
            assertThat(browser.text()).contains("The evidence request is recorded", "Letters sent");

            browser.visit(href(browser, "a[href$='/sent']")).assertAccessible();
            browser.press("Record it as sent").assertAccessible();
            assertThat(browser.text()).contains("The evidence is recorded as sent");

            browser.follow("The determination, with its orders and recommendations")
                    .assertAccessible();
            browser.press("Record the determination").assertAccessible();
            assertThat(browser.errors()).isNotEmpty();
            browser.fill("Element 1", "Communication");
            set(browser, "finding-1", "SERVICE_FAILURE");
            set(browser, "order-1-kind", "ORDER");
            set(browser, "order-1-dueOn", "2026-12-21");
            browser.fill("What order or recommendation 1 asks", "Apologise in writing")
                    .press("Record the determination")
                    .assertAccessible();
            assertThat(browser.text()).contains("The determination is recorded", "Service failure");

            browser.visit(href(browser, "a[href$='/compliance']")).assertAccessible();
            browser.fill("Evidence sent to the Ombudsman", "Letter of apology sent")
                    .press("Record compliance")
                    .assertAccessible();
            assertThat(browser.text()).contains("The evidence of compliance is recorded", "Letter of apology sent");

            browser.follow("A complaint handling failure order").assertAccessible();
            browser.resize(320, 640).assertAccessible().assertFitsWidth(320);
        }
    }

    /** Sets a select or date field as a person would choose it (typing into a date field depends on the locale). */
    private static void set(Browser browser, String id, String value) {
        browser.script("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    /** The path a link on the page leads to. */
    private static String href(Browser browser, String css) {
        return java.util.Objects.requireNonNull(browser.find(css).getAttribute("href"))
                .replaceAll("^https?://[^/]+", "");
    }

    private static List<String> values(JsonNode array, String field) {
        List<String> values = new java.util.ArrayList<>();
        array.forEach(item -> values.add(item.get(field).asString()));
        return values;
    }

    private static Map<String, String> step(StaffWeb.Page form, String... fields) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("version", form.field("version"));
        for (int i = 0; i < fields.length; i += 2) {
            values.put(fields[i], fields[i + 1]);
        }
        return values;
    }

    private JsonNode read(String id) {
        Api.Response response = admin.get("/api/v1/ombudsman-cases/" + id);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private String closedComplaint(String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("receivedAt", "2026-09-01T09:00:00Z");
        body.put("channel", "PHONE");
        body.put("resident", Map.of("name", "Ada Lovelace", "email", email));
        body.put("description", "The boiler failed twice and nobody came back.");
        Api.Response received = admin.post("/api/v1/complaints", body);
        assertThat(received.status()).as(received.toString()).isEqualTo(201);
        String reference = received.json().get("reference").asString();
        ok(admin.post(
                "/api/v1/complaints/" + reference + "/acknowledgement",
                Map.of(
                        "acknowledgedAt", "2026-09-02T10:00:00Z",
                        "handler", "admin",
                        "definition",
                                Map.of("points", List.of(Map.of("summary", "Boiler", "outcomeSought", "Fix it"))))));
        ok(admin.post(
                "/api/v1/complaints/" + reference + "/response",
                Map.of(
                        "respondedAt",
                        "2026-09-15T12:00:00Z",
                        "findings",
                        List.of(Map.of("point", 1, "upheld", true, "reasons", "It was late.")))));
        ok(admin.post("/api/v1/complaints/" + reference + "/closure", Map.of("closedAt", "2026-09-16T09:00:00Z")));
        return reference;
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    private void person(String username, String role) {
        if (admin.get("/api/v1/staff/" + username).status() == 404) {
            Api.Response added = admin.post(
                    "/api/v1/staff",
                    Map.of(
                            "username",
                            username,
                            "name",
                            "Test " + username,
                            "email",
                            username + "@example.org",
                            "roles",
                            List.of(role),
                            "password",
                            PASSWORD));
            assertThat(added.status()).as(added.toString()).isEqualTo(201);
        }
    }

    /** The value of the input named {@code name}, whatever order its attributes are written in. */
    private static String inputValue(StaffWeb.Page page, String name) {
        java.util.regex.Matcher input = java.util.regex.Pattern.compile(
                        "<input[^>]*name=\"" + java.util.regex.Pattern.quote(name) + "\"[^>]*>")
                .matcher(page.body());
        assertThat(input.find()).as("an input named %s on %s", name, page).isTrue();
        java.util.regex.Matcher value =
                java.util.regex.Pattern.compile("value=\"([^\"]*)\"").matcher(input.group());
        return value.find() ? value.group(1) : "";
    }
}
