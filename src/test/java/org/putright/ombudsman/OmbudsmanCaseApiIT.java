package org.putright.ombudsman;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.putright.testing.Api;
import org.putright.testing.PutrightIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Two complaints made over the API are referred to the Ombudsman, which asks for evidence, issues a
 * complaint handling failure order and determines both; the landlord complies with some orders. The
 * period figures the annual report and the governing body read (8.1c, 8.1e, 9.7c) are checked
 * against numbers worked by hand. Today is 23 November 2026.
 */
@PutrightIntegrationTest
class OmbudsmanCaseApiIT {

    private static final String CASES = "/api/v1/ombudsman-cases";

    @LocalServerPort
    int port;

    Api admin;
    Api handler;
    Api manager;
    Api governance;

    @BeforeEach
    void staff() {
        admin = Api.at(port).asAdmin();
        handler = Api.at(port).as(tokenFor("hos-handler", "HANDLER"));
        manager = Api.at(port).as(tokenFor("hos-manager", "MANAGER"));
        governance = Api.at(port).as(tokenFor("hos-board", "GOVERNANCE"));
    }

    @Test
    void casesReferredDeterminedAndCompliedWithGiveTheFiguresOfAPeriod() {
        String closed = closedComplaint();
        String open = acknowledgedComplaint();

        // Case A: the landlord's process is over. Evidence asked for on 2 March by 16 March, sent a day late.
        JsonNode a = created(manager.post(
                CASES, Map.of("complaintReference", closed, "hosReference", "202600101", "referredOn", "2026-03-01")));
        assertThat(a.get("complaintReference").asString()).isEqualTo(closed);
        String aId = a.get("id").asString();
        JsonNode asked = ok(manager.post(
                CASES + "/" + aId + "/evidence-requests",
                Map.of("description", "Repair log and letters", "requestedOn", "2026-03-02", "dueOn", "2026-03-16")));
        String requestId = asked.get("evidenceRequests").get(0).get("id").asString();
        JsonNode sent = ok(manager.post(
                CASES + "/" + aId + "/evidence-requests/" + requestId + "/sent", Map.of("sentOn", "2026-03-17")));
        assertThat(sent.get("evidenceRequests").get(0).get("sentLate").asBoolean())
                .isTrue();

        // Determined on 1 June: maladministration and service failure; two orders and a recommendation.
        assertThat(manager.post(
                                CASES + "/" + aId + "/determination",
                                Map.of("determinedOn", "2026-06-01", "findings", List.of()))
                        .status())
                .isEqualTo(400);
        JsonNode determined = ok(manager.post(
                CASES + "/" + aId + "/determination",
                Map.of(
                        "determinedOn", "2026-06-01",
                        "findings",
                                List.of(
                                        finding("The landlord's handling of repairs", "MALADMINISTRATION"),
                                        finding("The landlord's complaint handling", "SERVICE_FAILURE")),
                        "orders",
                                List.of(
                                        made("ORDER", "Pay £400 compensation", "2026-07-01"),
                                        made("ORDER", "Complete the repairs", "2026-08-01"),
                                        made("RECOMMENDATION", "Review the repairs policy", "2026-07-01")))));
        JsonNode orders = determined.get("orders");
        assertThat(manager.post(
                                CASES + "/" + aId + "/determination",
                                Map.of(
                                        "determinedOn",
                                        "2026-06-02",
                                        "findings",
                                        List.of(finding("Repairs", "NO_MALADMINISTRATION"))))
                        .status())
                .isEqualTo(422);
        Api.Response tooEarly = manager.post(
                CASES + "/" + aId + "/orders/" + orders.get(0).get("id").asString() + "/compliance",
                Map.of("compliedOn", "2026-05-31", "evidence", "Paid"));
        assertThat(tooEarly.status()).as(tooEarly.toString()).isEqualTo(422);
        assertThat(tooEarly.contentType()).startsWith("application/problem+json");
        ok(manager.post(
                CASES + "/" + aId + "/orders/" + orders.get(0).get("id").asString() + "/compliance",
                Map.of("compliedOn", "2026-06-20", "evidence", "Paid on 20 June; remittance sent")));
        JsonNode a2 = ok(manager.post(
                CASES + "/" + aId + "/orders/" + orders.get(2).get("id").asString() + "/compliance",
                Map.of("compliedOn", "2026-10-10", "evidence", "Policy reviewed by the board")));
        assertThat(a2.get("orders").get(1).get("overdue").asBoolean()).isTrue();
        assertThat(a2.get("overdue").asBoolean()).isTrue();

        // Case B: referred early, at stage 1, with a note; a failure order, then severe maladministration.
        Map<String, Object> early = new HashMap<>(
                Map.of("complaintReference", open, "hosReference", "202600202", "referredOn", "2026-04-02"));
        assertThat(manager.post(CASES, early).status()).isEqualTo(422);
        early.put("referralNote", "The landlord did not respond at stage 1; the Ombudsman took the complaint.");
        String bId = created(manager.post(CASES, early)).get("id").asString();
        JsonNode chfo = ok(manager.post(
                CASES + "/" + bId + "/complaint-handling-failure-orders",
                Map.of("description", "Respond at stage 1", "issuedOn", "2026-04-03", "dueOn", "2026-04-17")));
        ok(manager.post(
                CASES + "/" + bId + "/orders/"
                        + chfo.get("orders").get(0).get("id").asString() + "/compliance",
                Map.of("compliedOn", "2026-04-17", "evidence", "Stage 1 response sent")));
        ok(manager.post(
                CASES + "/" + bId + "/determination",
                Map.of(
                        "determinedOn", "2026-10-01",
                        "findings", List.of(finding("Damp and mould", "SEVERE_MALADMINISTRATION")),
                        "orders", List.of(made("ORDER", "Treat the damp", "2026-10-15")))));
        assertThat(manager.post(CASES, early).status()).isEqualTo(409);

        // 1 April to 30 September: A's determination only; B's referral and its failure order.
        JsonNode half = ok(governance.get(CASES + "/figures?from=2026-04-01&to=2026-09-30"));
        assertThat(half.get("referrals").asLong()).isEqualTo(1);
        assertThat(half.get("determinations").asLong()).isEqualTo(1);
        assertThat(half.get("findings").get("MALADMINISTRATION").asLong()).isEqualTo(1);
        assertThat(half.get("findings").get("SERVICE_FAILURE").asLong()).isEqualTo(1);
        assertThat(half.get("findings").get("SEVERE_MALADMINISTRATION").asLong())
                .isZero();
        assertFigures(half.get("orders"), 2, 1, 1);
        assertFigures(half.get("recommendations"), 1, 0, 1);
        assertFigures(half.get("complaintHandlingFailureOrders"), 1, 1, 0);
        assertFigures(half.get("severeMaladministrationOrders"), 0, 0, 0);

        // The year from 1 April 2026, as it stands today: both determinations; B's order overdue since 15 October.
        JsonNode year = ok(governance.get(CASES + "/figures?from=2026-04-01&to=2027-03-31"));
        assertThat(year.get("asAt").asString()).isEqualTo("2026-11-23");
        assertThat(year.get("determinations").asLong()).isEqualTo(2);
        assertThat(year.get("findings").get("SEVERE_MALADMINISTRATION").asLong())
                .isEqualTo(1);
        assertFigures(year.get("orders"), 3, 1, 2);
        assertFigures(year.get("recommendations"), 1, 1, 0);
        assertFigures(year.get("complaintHandlingFailureOrders"), 1, 1, 0);
        assertFigures(year.get("severeMaladministrationOrders"), 1, 0, 1);

        JsonNode overdue = ok(governance.get(CASES + "?overdue=true"));
        assertThat(overdue.get("items").findValuesAsString("hosReference")).contains("202600101", "202600202");
        JsonNode severe = ok(governance.get(CASES + "?finding=SEVERE_MALADMINISTRATION"));
        assertThat(severe.get("items").findValuesAsString("hosReference")).containsExactly("202600202");
        assertThat(ok(governance.get(CASES + "/" + bId)).get("referralNote").asString())
                .startsWith("The landlord did not respond");
    }

    @Test
    void managersRecordGovernanceReadsAndBadInputIsAProblem() {
        Map<String, Object> unknown = Map.of(
                "complaintReference", "CMP-2099-999999", "hosReference", "202699999", "referredOn", "2026-03-01");
        assertThat(governance.post(CASES, unknown).status()).isEqualTo(403);
        assertThat(handler.get(CASES).status()).isEqualTo(403);
        Api.Response refused = manager.post(CASES, unknown);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("complaintReference");
        assertThat(governance
                        .get(CASES + "/figures?from=2026-04-01&to=2026-03-31")
                        .status())
                .isEqualTo(400);
        assertThat(governance.get(CASES + "/not-a-case").status()).isIn(400, 404);
    }

    @Test
    void theCasesAreListedAndShownAsPages() throws Exception {
        // Referred in 2025 and not determined, so the figures of 2026 above never count it.
        String id = created(manager.post(
                        CASES,
                        Map.of(
                                "complaintReference", closedComplaint(),
                                "hosReference", "202500303",
                                "referredOn", "2025-12-01")))
                .get("id")
                .asString();
        ok(manager.post(
                CASES + "/" + id + "/evidence-requests",
                Map.of("description", "Photographs of the damp", "requestedOn", "2025-12-02", "dueOn", "2025-12-16")));
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String base = "http://localhost:" + port;
        String login = page(browser, base + "/login").body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(login);
        assertThat(csrf.find()).isTrue();
        String form = "username=admin&password=" + URLEncoder.encode(Api.ADMIN_PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = browser.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");

        HttpResponse<String> list = page(browser, base + "/staff/ombudsman-cases");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("202500303", "/staff/ombudsman-cases/" + id);
        HttpResponse<String> one = page(browser, base + "/staff/ombudsman-cases/" + id);
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.body()).contains("Photographs of the damp", "Overdue", "not yet determined");
        assertThat(page(browser, base + "/staff/ombudsman-cases/not-a-case").statusCode())
                .isEqualTo(404);
    }

    private static HttpResponse<String> page(HttpClient browser, String url) throws Exception {
        return browser.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Accept", "text/html")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void assertFigures(JsonNode figures, long made, long complied, long overdue) {
        assertThat(List.of(
                        figures.get("made").asLong(),
                        figures.get("complied").asLong(),
                        figures.get("overdue").asLong()))
                .as(figures.toString())
                .containsExactly(made, complied, overdue);
    }

    private static Map<String, Object> finding(String element, String finding) {
        return Map.of("element", element, "finding", finding);
    }

    private static Map<String, Object> made(String kind, String description, String dueOn) {
        return Map.of("kind", kind, "description", description, "dueOn", dueOn);
    }

    private String acknowledgedComplaint() {
        Map<String, Object> body = new HashMap<>();
        body.put("receivedAt", "2026-01-05T09:00:00Z");
        body.put("channel", "PHONE");
        body.put("resident", Map.of("name", "Ada Lovelace", "email", "ada@example.org"));
        body.put("description", "Damp and mould in the bedroom, reported three times.");
        body.put("category", "REPAIRS");
        Api.Response received = handler.post("/api/v1/complaints", body);
        assertThat(received.status()).as(received.toString()).isEqualTo(201);
        String reference = received.json().get("reference").asString();
        ok(handler.post(
                "/api/v1/complaints/" + reference + "/acknowledgement",
                Map.of(
                        "acknowledgedAt", "2026-01-07T10:00:00Z",
                        "handler", "hos-handler",
                        "definition",
                                Map.of("points", List.of(Map.of("summary", "Damp", "outcomeSought", "Treat it"))))));
        return reference;
    }

    private String closedComplaint() {
        String reference = acknowledgedComplaint();
        ok(handler.post(
                "/api/v1/complaints/" + reference + "/response",
                Map.of(
                        "respondedAt",
                        "2026-01-20T12:00:00Z",
                        "findings",
                        List.of(Map.of("point", 1, "upheld", false, "reasons", "The survey found none.")))));
        ok(handler.post("/api/v1/complaints/" + reference + "/closure", Map.of("closedAt", "2026-01-21T09:00:00Z")));
        return reference;
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    private String tokenFor(String username, String role) {
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
                            List.of(role)));
            assertThat(added.status()).as(added.toString()).isEqualTo(201);
        }
        return admin.post("/api/v1/staff/" + username + "/tokens", Map.of())
                .json()
                .get("token")
                .asString();
    }
}
