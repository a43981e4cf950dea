package org.putright.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.putright.testing.Api;
import org.putright.testing.PutrightIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The complaint API as an integration uses it, on real dates and the real calendar. */
@PutrightIntegrationTest
class ComplaintApiIT {

    @LocalServerPort
    int port;

    Api admin;
    Api hana;
    Api tom;

    @BeforeEach
    void staff() {
        admin = Api.at(port).asAdmin();
        hana = Api.at(port).as(handler("api-hana"));
        tom = Api.at(port).as(handler("api-tom"));
    }

    @Test
    void aComplaintGoesThroughBothStagesOverTheApi() {
        // Received at 00:30 BST on Friday 7 June 2024: acknowledge by Friday 14 June (6.2).
        Api.Response received = hana.post("/api/v1/complaints", newComplaint("2024-06-07T00:30:00+01:00"));
        assertThat(received.status()).as(received.toString()).isEqualTo(201);
        String reference = received.json().get("reference").asString();
        assertThat(received.header("Location")).isEqualTo("/api/v1/complaints/" + reference);
        assertThat(received.json().get("status").asString()).isEqualTo("RECEIVED");
        assertThat(received.json().get("deadlines").get("acknowledgeBy").asString())
                .isEqualTo("2024-06-14");
        assertThat(received.json().get("deadlines").get("respondBy").isNull()).isTrue();
        assertThat(received.json().get("resident").get("name").asString()).isEqualTo("Ada Lovelace");

        JsonNode acknowledged = ok(hana.post(
                "/api/v1/complaints/" + reference + "/acknowledgement",
                Map.of(
                        "acknowledgedAt", "2024-06-11T10:00:00+01:00",
                        "handler", "api-hana",
                        "definition", definition("The boiler was not repaired", "No one returned calls"))));
        assertThat(acknowledged.get("status").asString()).isEqualTo("STAGE_1_OPEN");
        assertThat(acknowledged
                        .get("definition")
                        .get("points")
                        .get(1)
                        .get("number")
                        .asInt())
                .isEqualTo(2);
        assertThat(acknowledged.get("deadlines").get("respondBy").asString()).isEqualTo("2024-06-25");

        JsonNode extended = ok(hana.post(
                "/api/v1/complaints/" + reference + "/extension",
                Map.of(
                        "notifiedAt",
                        "2024-06-24T16:00:00+01:00",
                        "workingDays",
                        10,
                        "reason",
                        "Waiting for the engineer's report")));
        assertThat(extended.get("deadlines").get("respondBy").asString()).isEqualTo("2024-07-09");
        assertThat(extended.get("extensions").get(0).get("newRespondBy").asString())
                .isEqualTo("2024-07-09");

        JsonNode responded = ok(hana.post(
                "/api/v1/complaints/" + reference + "/response",
                Map.of(
                        "respondedAt", "2024-07-05T12:00:00+01:00",
                        "findings", List.of(finding(1, true), finding(2, false)),
                        "remedies",
                                List.of(Map.of(
                                        "type",
                                        "FINANCIAL",
                                        "description",
                                        "Compensation",
                                        "amount",
                                        "75.00",
                                        "dueBy",
                                        "2024-07-19")),
                        "outstandingActions",
                                List.of(Map.of(
                                        "description",
                                        "Replace the boiler",
                                        "owner",
                                        "api-hana",
                                        "dueBy",
                                        "2024-08-30")))));
        assertThat(responded.get("status").asString()).isEqualTo("STAGE_1_RESPONDED");
        assertThat(responded.get("responses").get(0).get("decision").asString()).isEqualTo("PARTLY_UPHELD");
        assertThat(responded.get("remedies").get(0).get("amount").asString()).isEqualTo("75.00");
        assertThat(responded.get("deadlines").get("acknowledgeBy").isNull()).isTrue();

        JsonNode escalated = ok(hana.post(
                "/api/v1/complaints/" + reference + "/escalation", Map.of("requestedAt", "2024-07-10T09:00:00+01:00")));
        assertThat(escalated.get("status").asString()).isEqualTo("STAGE_2_REQUESTED");
        assertThat(escalated.get("deadlines").get("acknowledgeBy").asString()).isEqualTo("2024-07-17");

        Api.Response sameHandler = tom.post(
                "/api/v1/complaints/" + reference + "/acknowledgement",
                Map.of(
                        "acknowledgedAt",
                        "2024-07-12T10:00:00+01:00",
                        "handler",
                        "api-hana",
                        "definition",
                        definition("Stage 1 was wrong")));
        assertThat(sameHandler.status()).isEqualTo(422);
        assertThat(sameHandler.json().get("type").asString()).endsWith("/problems/stage-two-handler-not-independent");
        assertThat(sameHandler.json().get("provision").asString()).isEqualTo("6.13");

        JsonNode stageTwo = ok(tom.post(
                "/api/v1/complaints/" + reference + "/acknowledgement",
                Map.of(
                        "acknowledgedAt",
                        "2024-07-12T10:00:00+01:00",
                        "handler",
                        "api-tom",
                        "definition",
                        definition("Compensation too low"))));
        assertThat(stageTwo.get("handlers").get("stage1").asString()).isEqualTo("api-hana");
        assertThat(stageTwo.get("handlers").get("stage2").asString()).isEqualTo("api-tom");
        assertThat(stageTwo.get("deadlines").get("respondBy").asString()).isEqualTo("2024-08-09");

        ok(tom.post(
                "/api/v1/complaints/" + reference + "/response",
                Map.of("respondedAt", "2024-08-08T15:00:00+01:00", "findings", List.of(finding(1, true)))));
        JsonNode closed = ok(tom.post(
                "/api/v1/complaints/" + reference + "/closure", Map.of("closedAt", "2024-08-09T09:00:00+01:00")));

        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("timeline").findValuesAsString("event"))
                .containsExactly(
                        "ComplaintReceived",
                        "ComplaintAcknowledged",
                        "ResponseExtended",
                        "ComplaintResponded",
                        "EscalationRequested",
                        "ComplaintAcknowledged",
                        "ComplaintResponded",
                        "ComplaintClosed");
        assertThat(closed.get("timeline").get(1).get("by").asString()).isEqualTo("api-hana");
        assertThat(hana.post("/api/v1/complaints/" + reference + "/escalation", Map.of())
                        .json()
                        .get("provision")
                        .asString())
                .as("there is no stage 3")
                .isEqualTo("5.3");
    }

    @Test
    void anExtensionAfterTheDeadlineIsRefusedNamingTheProvision() {
        String reference = acknowledgedComplaint();

        Api.Response late = hana.post(
                "/api/v1/complaints/" + reference + "/extension",
                Map.of("notifiedAt", "2024-06-26T09:00:00+01:00", "workingDays", 5, "reason", "Too late"));

        assertThat(late.status()).isEqualTo(422);
        assertThat(late.contentType()).startsWith("application/problem+json");
        assertThat(late.json().get("type").asString()).endsWith("/problems/extension-after-deadline");
        assertThat(late.json().get("provision").asString()).isEqualTo("6.4");
        assertThat(hana.get("/api/v1/complaints/" + reference).json().get("extensions"))
                .isEmpty();
    }

    @Test
    void futureAndOutOfOrderTimesAreRefused() {
        Api.Response future = hana.post("/api/v1/complaints", newComplaint("2099-01-01T09:00:00Z"));
        String reference = hana.post("/api/v1/complaints", newComplaint("2024-06-07T10:00:00+01:00"))
                .json()
                .get("reference")
                .asString();
        Api.Response beforeReceipt = hana.post(
                "/api/v1/complaints/" + reference + "/acknowledgement",
                Map.of(
                        "acknowledgedAt",
                        "2024-06-06T10:00:00+01:00",
                        "handler",
                        "api-hana",
                        "definition",
                        definition("x")));

        assertThat(future.status()).isEqualTo(422);
        assertThat(future.json().get("type").asString()).endsWith("/problems/dated-in-future");
        assertThat(beforeReceipt.status()).isEqualTo(422);
        assertThat(beforeReceipt.json().get("type").asString()).endsWith("/problems/time-order");
    }

    @Test
    void aTimeOrDateWhoseYearIsNotFourDigitsIsA400NamingTheField() {
        // Before, the first reached London-day arithmetic and overflowed, the second made a reference
        // for year 999999999, and the third reached PostgreSQL: all were 500s.
        Api.Response farPast = hana.post("/api/v1/complaints", newComplaint("-999999999-01-01T00:00:00Z"));
        Api.Response farFuture = hana.post("/api/v1/complaints", newComplaint("+999999999-12-31T23:59:59Z"));
        Api.Response dueBefore = hana.get("/api/v1/complaints?dueBefore=%2B999999999-12-31");

        for (Api.Response response : List.of(farPast, farFuture, dueBefore)) {
            assertThat(response.status()).as(response.toString()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        assertThat(farPast.json().get("errors").findValuesAsString("field")).containsExactly("receivedAt");
        assertThat(farFuture.json().get("errors").findValuesAsString("field")).containsExactly("receivedAt");
        assertThat(dueBefore.json().get("errors").findValuesAsString("field")).containsExactly("dueBefore");
    }

    @Test
    void aStaleVersionIsRefusedAndNothingIsLost() {
        String reference = hana.post("/api/v1/complaints", newComplaint("2024-06-07T10:00:00+01:00"))
                .json()
                .get("reference")
                .asString();
        Map<String, Object> note =
                Map.of("direction", "IN", "party", "RESIDENT", "channel", "PHONE", "summary", "Called for an update");

        Api.Response first =
                hana.header("If-Match", "\"1\"").post("/api/v1/complaints/" + reference + "/correspondence", note);
        Api.Response stale =
                hana.header("If-Match", "\"1\"").post("/api/v1/complaints/" + reference + "/correspondence", note);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("ETag")).isEqualTo("\"2\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(hana.get("/api/v1/complaints/" + reference)
                        .json()
                        .get("version")
                        .asInt())
                .isEqualTo(2);
    }

    @Test
    void aRepeatedIdempotencyKeyCreatesNothingNew() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = newComplaint("2024-06-07T10:00:00+01:00");

        Api.Response first = hana.header("Idempotency-Key", key).post("/api/v1/complaints", body);
        Api.Response again = hana.header("Idempotency-Key", key).post("/api/v1/complaints", body);
        Map<String, Object> different = new HashMap<>(body);
        different.put("description", "Something else entirely");
        Api.Response reused = hana.header("Idempotency-Key", key).post("/api/v1/complaints", different);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("reference").asString())
                .isEqualTo(first.json().get("reference").asString());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(reused.status()).isEqualTo(422);
    }

    @Test
    void aRetryAfterAStaleVersionIsCarriedOutAfresh() {
        String reference = hana.post("/api/v1/complaints", newComplaint("2024-06-07T10:00:00+01:00"))
                .json()
                .get("reference")
                .asString();
        Map<String, Object> note =
                Map.of("direction", "OUT", "party", "RESIDENT", "channel", "PHONE", "summary", "Called back");
        String key = UUID.randomUUID().toString();

        Api.Response stale = hana.header("Idempotency-Key", key)
                .header("If-Match", "\"7\"")
                .post("/api/v1/complaints/" + reference + "/correspondence", note);
        Api.Response retried = hana.header("Idempotency-Key", key)
                .header("If-Match", "\"1\"")
                .post("/api/v1/complaints/" + reference + "/correspondence", note);
        Api.Response replayed = hana.header("Idempotency-Key", key)
                .header("If-Match", "\"1\"")
                .post("/api/v1/complaints/" + reference + "/correspondence", note);

        assertThat(stale.status()).isEqualTo(412);
        assertThat(retried.status()).isEqualTo(200);
        assertThat(replayed.status()).isEqualTo(200);
        assertThat(replayed.header("ETag")).isEqualTo(retried.header("ETag"));
        assertThat(hana.get("/api/v1/complaints/" + reference)
                        .json()
                        .get("version")
                        .asInt())
                .isEqualTo(2);
    }

    @Test
    void aRefusedIntakeLeavesNothingBehind() {
        Map<String, Object> body = newComplaint("2024-06-07T10:00:00+01:00");
        String residentId = hana.post("/api/v1/complaints", body)
                .json()
                .get("resident")
                .get("id")
                .asString();
        String request = hana.post(
                        "/api/v1/service-requests",
                        Map.of(
                                "residentId",
                                residentId,
                                "category",
                                "REPAIRS",
                                "description",
                                "Broken gate",
                                "channel",
                                "PHONE",
                                "receivedAt",
                                "2024-09-10T10:00:00+01:00"))
                .json()
                .get("id")
                .asString();
        long before = hana.get("/api/v1/complaints?residentId=" + residentId)
                .json()
                .get("total")
                .asLong();

        Map<String, Object> tooEarly = newComplaint("2024-09-01T10:00:00+01:00");
        tooEarly.put("serviceRequestId", request);
        Api.Response refused = hana.post("/api/v1/complaints", tooEarly);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(hana.get("/api/v1/complaints?residentId=" + residentId)
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(before);
    }

    @Test
    void theWorklistIsSortedByTheDeadlineNowDue() {
        String later = hana.post("/api/v1/complaints", newComplaint("2024-09-02T10:00:00+01:00"))
                .json()
                .get("reference")
                .asString();
        String sooner = hana.post("/api/v1/complaints", newComplaint("2024-08-01T10:00:00+01:00"))
                .json()
                .get("reference")
                .asString();

        JsonNode page = hana.get("/api/v1/complaints?status=RECEIVED&size=100").json();
        List<String> references = page.get("items").findValuesAsString("reference");

        assertThat(references).containsSubsequence(sooner, later);
        assertThat(page.get("items").get(0).get("deadlines").get("state").asString())
                .isEqualTo("OVERDUE");
        assertThat(hana.get("/api/v1/complaints?overdue=true&size=100")
                        .json()
                        .get("items")
                        .findValuesAsString("reference"))
                .contains(sooner, later);
    }

    @Test
    void malformedAndHostileInputGets4xxProblems() {
        String reference = hana.post("/api/v1/complaints", newComplaint("2024-06-07T10:00:00+01:00"))
                .json()
                .get("reference")
                .asString();
        List<Api.Response> responses = List.of(
                hana.sendRaw("POST", "/api/v1/complaints", "application/json", "{\"channel\": "),
                hana.sendRaw("POST", "/api/v1/complaints", "application/json", "[]"),
                hana.sendRaw(
                        "POST",
                        "/api/v1/complaints",
                        "application/json",
                        "{\"channel\": \"CARRIER_PIGEON\", \"description\": \"x\"}"),
                hana.sendRaw(
                        "POST",
                        "/api/v1/complaints",
                        "application/json",
                        "{\"channel\": \"PHONE\", \"description\": \"x\", \"receivedAt\": \"yesterday\"}"),
                hana.sendRaw("POST", "/api/v1/complaints", "text/plain", "hello"),
                hana.post(
                        "/api/v1/complaints",
                        Map.of("channel", "PHONE", "description", "x".repeat(20_000), "resident", Map.of("name", "A"))),
                hana.post("/api/v1/complaints", Map.of("channel", "PHONE", "description", "no resident")),
                hana.get("/api/v1/complaints/not-a-reference"),
                hana.get("/api/v1/complaints/CMP-2024-999999"),
                hana.get("/api/v1/complaints/%27%3B%20drop%20table%20complaint%3B--"),
                hana.get("/api/v1/complaints?status=NOPE"),
                hana.get("/api/v1/complaints?size=100000"),
                hana.get("/api/v1/complaints?page=-1"),
                hana.post("/api/v1/complaints/" + reference + "/extension", Map.of("workingDays", "ten")),
                hana.post(
                        "/api/v1/complaints/" + reference + "/response",
                        Map.of("findings", List.of(Map.of("point", "one")))),
                hana.post("/api/v1/complaints/" + reference + "/remedies/not-a-uuid/completion", Map.of()),
                hana.post(
                        "/api/v1/complaints/" + reference + "/acknowledgement",
                        Map.of("handler", "nobody-here", "definition", definition("x"))),
                hana.sendRaw(
                        "POST",
                        "/api/v1/complaints/" + reference + "/correspondence",
                        "application/json",
                        "{\"direction\":\"IN\",\"party\":\"RESIDENT\",\"channel\":\"EMAIL\",\"summary\":\"\\u0000\\uD83D\\uDE00<script>alert(1)</script>\"}"));

        for (Api.Response response : responses) {
            assertThat(response.status())
                    .as(response.raw().uri() + " → " + response)
                    .isBetween(400, 499);
            assertThat(response.contentType())
                    .as(response.raw().uri().toString())
                    .startsWith("application/problem+json");
        }
    }

    @Test
    void governanceReadsButDoesNotAct() {
        admin.post(
                "/api/v1/staff",
                Map.of(
                        "username",
                        "api-mrc",
                        "name",
                        "MRC",
                        "email",
                        "mrc@example.org",
                        "roles",
                        List.of("GOVERNANCE")));
        Api mrc = Api.at(port)
                .as(admin.post("/api/v1/staff/api-mrc/tokens", Map.of())
                        .json()
                        .get("token")
                        .asString());
        String reference = hana.post("/api/v1/complaints", newComplaint("2024-06-07T10:00:00+01:00"))
                .json()
                .get("reference")
                .asString();

        assertThat(mrc.get("/api/v1/complaints/" + reference).status()).isEqualTo(200);
        assertThat(mrc.post("/api/v1/complaints", newComplaint("2024-06-07T10:00:00+01:00"))
                        .status())
                .isEqualTo(403);
    }

    private String acknowledgedComplaint() {
        String reference = hana.post("/api/v1/complaints", newComplaint("2024-06-07T00:30:00+01:00"))
                .json()
                .get("reference")
                .asString();
        ok(hana.post(
                "/api/v1/complaints/" + reference + "/acknowledgement",
                Map.of(
                        "acknowledgedAt",
                        "2024-06-11T10:00:00+01:00",
                        "handler",
                        "api-hana",
                        "definition",
                        definition("Repair delay"))));
        return reference;
    }

    private static Map<String, Object> newComplaint(String receivedAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("receivedAt", receivedAt);
        body.put("channel", "PHONE");
        body.put("resident", Map.of("name", "Ada Lovelace", "email", "ada@example.org", "tenancyReference", "T-1815"));
        body.put("description", "My boiler broke twice and nobody came back.");
        body.put("category", "REPAIRS");
        return body;
    }

    private static Map<String, Object> definition(String... points) {
        return Map.of(
                "points",
                java.util.Arrays.stream(points)
                        .map(point -> Map.of("summary", point, "outcomeSought", "Put it right"))
                        .toList());
    }

    private static Map<String, Object> finding(int point, boolean upheld) {
        return Map.of("point", point, "upheld", upheld, "reasons", "The repair log shows it.");
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private String handler(String username) {
        if (admin.get("/api/v1/staff/" + username).status() == 404) {
            admin.post(
                    "/api/v1/staff",
                    Map.of(
                            "username",
                            username,
                            "name",
                            username,
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
}
