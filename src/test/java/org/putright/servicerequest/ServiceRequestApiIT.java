package org.putright.servicerequest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.putright.testing.Api;
import org.putright.testing.PutrightIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@PutrightIntegrationTest
class ServiceRequestApiIT {

    private static final String REQUESTS = "/api/v1/service-requests";

    @LocalServerPort
    int port;

    @Autowired
    ServiceRequests serviceRequests;

    Api handler;
    Api governance;
    String residentId;

    @BeforeEach
    void connect() {
        handler = Api.at(port).as(tokenFor("sr-handler", "HANDLER"));
        governance = Api.at(port).as(tokenFor("sr-board", "GOVERNANCE"));
        residentId = newResident();
    }

    @Test
    void aHandlerRecordsARequestThatIsGivenAReferenceAndCanBeReadBack() {
        Api.Response created = handler.post(
                REQUESTS,
                Map.of(
                        "residentId", residentId,
                        "category", "REPAIRS",
                        "description", "Kitchen tap leaking under the sink",
                        "receivedAt", "2026-01-05T09:30:00Z",
                        "channel", "PHONE",
                        "targetOn", "2026-01-19"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.header("Location")).isEqualTo(REQUESTS + "/" + id);
        JsonNode read = governance.get(created.header("Location")).json();
        assertThat(read.get("reference").asString()).matches("SR-\\d{4}-\\d{6}");
        assertThat(read.get("status").asString()).isEqualTo("OPEN");
        assertThat(read.get("residentId").asString()).isEqualTo(residentId);
        assertThat(read.get("receivedAt").asString()).isEqualTo("2026-01-05T09:30:00Z");
        assertThat(read.get("targetOn").asString()).isEqualTo("2026-01-19");
        assertThat(read.get("createdBy").asString()).isEqualTo("sr-handler");
        assertThat(read.get("complaints")).isEmpty();
    }

    @Test
    void referencesAreUniqueAndCountUp() {
        String first = create(Map.of()).get("reference").asString();
        String second = create(Map.of()).get("reference").asString();

        assertThat(number(second)).isEqualTo(number(first) + 1);
        assertThat(second.substring(0, 8)).isEqualTo(first.substring(0, 8));
    }

    @Test
    void progressUpdatesStartWorkAndAreKeptInOrder() {
        String id = create(Map.of()).get("id").asString();

        Api.Response started = handler.post(
                REQUESTS + "/" + id + "/updates",
                Map.of("note", "Plumber booked for Tuesday", "status", "IN_PROGRESS"));
        Api.Response noted =
                handler.post(REQUESTS + "/" + id + "/updates", Map.of("note", "Resident asked for a morning slot"));

        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        assertThat(started.json().get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(noted.json().get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(noted.json().get("updates").findValuesAsString("note"))
                .containsExactly("Plumber booked for Tuesday", "Resident asked for a morning slot");
        assertThat(noted.json().get("updates").get(0).get("by").asString()).isEqualTo("sr-handler");
        assertThat(noted.json().get("version").asLong()).isEqualTo(2);
    }

    @Test
    void aRequestIsCompletedOnceAndACancelledOneCannotBeCompleted() {
        String done = create(Map.of()).get("id").asString();
        String dropped = create(Map.of()).get("id").asString();

        Api.Response completed =
                handler.post(REQUESTS + "/" + done + "/completion", Map.of("note", "Tap washer replaced"));
        Api.Response twice = handler.post(REQUESTS + "/" + done + "/completion", Map.of());
        Api.Response cancelled =
                handler.post(REQUESTS + "/" + dropped + "/cancellation", Map.of("reason", "Raised twice"));
        Api.Response completeCancelled = handler.post(REQUESTS + "/" + dropped + "/completion", Map.of());

        assertThat(completed.json().get("status").asString()).isEqualTo("COMPLETED");
        assertThat(completed.json().get("completedAt").isNull()).isFalse();
        assertThat(completed.json().get("completionNote").asString()).isEqualTo("Tap washer replaced");
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().get("cancellationReason").asString()).isEqualTo("Raised twice");
        for (Api.Response refused : List.of(twice, completeCancelled)) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("type").asString())
                    .endsWith("/problems/service-request-transition-not-allowed");
        }
        assertThat(completeCancelled.json().get("status").asInt()).isEqualTo(422);
        assertThat(completeCancelled.json().get("currentStatus").asString()).isEqualTo("CANCELLED");
        assertThat(completeCancelled.json().get("requestedStatus").asString()).isEqualTo("COMPLETED");
        assertThat(handler.get(REQUESTS + "/" + dropped).json().get("status").asString())
                .isEqualTo("CANCELLED");
    }

    @Test
    void linkingAComplaintLeavesTheRequestOpen() {
        String id = create(Map.of()).get("id").asString();

        serviceRequests.linkComplaint(
                UUID.fromString(id),
                "CMP-2026-000042",
                Instant.parse(org.putright.testing.PutrightIntegrationTest.NOW));
        serviceRequests.linkComplaint(
                UUID.fromString(id),
                "CMP-2026-000042",
                Instant.parse(org.putright.testing.PutrightIntegrationTest.NOW));

        JsonNode read = handler.get(REQUESTS + "/" + id).json();
        assertThat(read.get("status").asString()).isEqualTo("OPEN");
        assertThat(read.get("complaints").findValuesAsString("complaintReference"))
                .containsExactly("CMP-2026-000042");
        Api.Response carriesOn = handler.post(
                REQUESTS + "/" + id + "/updates", Map.of("note", "Repair continues", "status", "IN_PROGRESS"));
        assertThat(carriesOn.json().get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(handler.post(REQUESTS + "/" + id + "/completion", Map.of())
                        .json()
                        .get("complaints"))
                .hasSize(1);
    }

    @Test
    void reviewsAreRecordedAndRequestsNotReviewedForAWhileAreListed() {
        Instant monthAgo =
                Instant.parse(org.putright.testing.PutrightIntegrationTest.NOW).minus(30, ChronoUnit.DAYS);
        String stale =
                create(Map.of("receivedAt", monthAgo.toString())).get("id").asString();
        String fresh = create(Map.of()).get("id").asString();
        String closed =
                create(Map.of("receivedAt", monthAgo.toString())).get("id").asString();
        handler.post(REQUESTS + "/" + closed + "/cancellation", Map.of("reason", "Withdrawn by resident"));
        String overdue = REQUESTS + "?overdueReview=true&residentId=" + residentId;

        assertThat(ids(governance.get(overdue))).containsExactly(stale);
        assertThat(ids(governance.get(overdue + "&reviewIntervalDays=40"))).isEmpty();

        Api.Response reviewed =
                handler.post(REQUESTS + "/" + stale + "/reviews", Map.of("note", "Chased the contractor"));
        assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(200);
        assertThat(reviewed.json().get("reviews").get(0).get("by").asString()).isEqualTo("sr-handler");
        assertThat(reviewed.json().get("lastReviewedAt").isNull()).isFalse();
        assertThat(ids(governance.get(overdue))).isEmpty();
        assertThat(ids(governance.get(REQUESTS + "?residentId=" + residentId)))
                .containsExactlyInAnyOrder(stale, fresh, closed);
        assertThat(ids(governance.get(REQUESTS + "?status=CANCELLED&residentId=" + residentId)))
                .containsExactly(closed);
        JsonNode page = governance
                .get(REQUESTS + "?residentId=" + residentId + "&size=2&page=1")
                .json();
        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(page.get("items")).hasSize(1);
    }

    @Test
    void aStaleVersionIsRefusedWith412() {
        String id = create(Map.of()).get("id").asString();

        Api.Response first = handler.header("If-Match", "\"0\"")
                .post(REQUESTS + "/" + id + "/reviews", Map.of("note", "Looked at it"));
        Api.Response stale = handler.header("If-Match", "\"0\"").post(REQUESTS + "/" + id + "/completion", Map.of());

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("ETag")).isEqualTo("\"1\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(1);
        assertThat(handler.get(REQUESTS + "/" + id).json().get("status").asString())
                .isEqualTo("OPEN");
    }

    @Test
    void aRequestNeedsAKnownResident() {
        Api.Response response = handler.post(
                REQUESTS, body(Map.of("residentId", UUID.randomUUID().toString())));

        assertThat(fields(response)).containsExactly("residentId");
    }

    @Test
    void missingAndInvalidFieldsAre400WithErrorsNamingThem() {
        assertThat(fields(handler.post(REQUESTS, Map.of())))
                .containsExactly("category", "channel", "description", "residentId");
        String id = create(Map.of()).get("id").asString();
        assertThat(fields(handler.post(REQUESTS + "/" + id + "/updates", Map.of())))
                .containsExactly("note");
        assertThat(fields(handler.post(REQUESTS + "/" + id + "/reviews", Map.of("note", " "))))
                .containsExactly("note");
        assertThat(fields(handler.post(REQUESTS + "/" + id + "/cancellation", Map.of())))
                .containsExactly("reason");
        assertThat(fields(handler.post(REQUESTS + "/" + id + "/updates", Map.of("note", "n", "status", "COMPLETED"))))
                .containsExactly("status");
    }

    @Test
    void textLongerThanItsColumnIs400NotADatabaseError() {
        Map<String, Object> tooLong = body(Map.of("category", "c".repeat(51), "description", "d".repeat(4001)));
        assertThat(fields(handler.post(REQUESTS, tooLong))).containsExactly("category", "description");

        String id = create(Map.of()).get("id").asString();
        String text = "x".repeat(4001);
        assertThat(fields(handler.post(REQUESTS + "/" + id + "/updates", Map.of("note", text))))
                .containsExactly("note");
        assertThat(fields(handler.post(REQUESTS + "/" + id + "/reviews", Map.of("note", text))))
                .containsExactly("note");
        assertThat(fields(handler.post(REQUESTS + "/" + id + "/completion", Map.of("note", text))))
                .containsExactly("note");
        assertThat(fields(handler.post(REQUESTS + "/" + id + "/cancellation", Map.of("reason", text))))
                .containsExactly("reason");
    }

    @Test
    void malformedJsonAndWrongTypesAre400Problems() {
        String id = create(Map.of()).get("id").asString();
        List<Api.Response> responses = List.of(
                handler.sendRaw("POST", REQUESTS, "application/json", "{\"residentId\": "),
                handler.sendRaw("POST", REQUESTS, "application/json", "\"just a string\""),
                handler.post(REQUESTS, body(Map.of("channel", "PIGEON"))),
                handler.post(REQUESTS, body(Map.of("residentId", "not-a-uuid"))),
                handler.post(REQUESTS, body(Map.of("receivedAt", "soon"))),
                handler.post(REQUESTS, body(Map.of("targetOn", "2026-13-01"))),
                handler.post(REQUESTS + "/" + id + "/updates", Map.of("note", "n", "status", "DONE")),
                handler.post(REQUESTS + "/" + id + "/reviews", Map.of("note", "n", "reviewedAt", true)));

        for (Api.Response response : responses) {
            assertThat(response.status()).as(response.toString()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        assertThat(fields(responses.get(2))).containsExactly("channel");
        assertThat(fields(responses.get(3))).containsExactly("residentId");
    }

    @Test
    void unknownRequestsAre404AndMalformedIdsAre400() {
        String unknown = REQUESTS + "/" + UUID.randomUUID();
        for (Api.Response response : List.of(
                handler.get(unknown),
                handler.post(unknown + "/updates", Map.of("note", "n")),
                handler.post(unknown + "/reviews", Map.of("note", "n")),
                handler.post(unknown + "/completion", Map.of()),
                handler.post(unknown + "/cancellation", Map.of("reason", "r")))) {
            assertThat(response.status()).as(response.toString()).isEqualTo(404);
            assertThat(response.json().get("type").asString()).endsWith("/not-found");
        }
        for (Api.Response response : List.of(
                handler.get(REQUESTS + "/SR-2026-000001"),
                handler.post(REQUESTS + "/42/completion", Map.of()),
                handler.get(REQUESTS + "?status=FIXED"),
                handler.get(REQUESTS + "?residentId=abc"),
                handler.get(REQUESTS + "?overdueReview=perhaps"),
                handler.get(REQUESTS + "?reviewIntervalDays=-1&overdueReview=true"),
                handler.get(REQUESTS + "?page=-1"),
                handler.get(REQUESTS + "?size=0"),
                handler.get(REQUESTS + "?size=99999999999"))) {
            assertThat(response.status()).as(response.toString()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void somethingThatHappenedCannotBeDatedInTheFutureNorBeforeTheRequest() {
        String tomorrow = Instant.parse(org.putright.testing.PutrightIntegrationTest.NOW)
                .plus(1, ChronoUnit.DAYS)
                .toString();
        String id =
                create(Map.of("receivedAt", "2026-01-05T09:30:00Z")).get("id").asString();

        List<Api.Response> future = List.of(
                handler.post(REQUESTS, body(Map.of("receivedAt", tomorrow))),
                handler.post(REQUESTS + "/" + id + "/updates", Map.of("note", "n", "at", tomorrow)),
                handler.post(REQUESTS + "/" + id + "/reviews", Map.of("note", "n", "reviewedAt", tomorrow)),
                handler.post(REQUESTS + "/" + id + "/completion", Map.of("completedAt", tomorrow)),
                handler.post(REQUESTS + "/" + id + "/cancellation", Map.of("reason", "r", "cancelledAt", tomorrow)));
        for (Api.Response response : future) {
            assertThat(response.status()).as(response.toString()).isEqualTo(422);
            assertThat(response.json().get("type").asString()).endsWith("/dated-in-future");
        }
        Api.Response early =
                handler.post(REQUESTS + "/" + id + "/completion", Map.of("completedAt", "2026-01-04T09:30:00Z"));
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.json().get("type").asString()).endsWith("/time-order");
        assertThat(handler.get(REQUESTS + "/" + id).json().get("version").asLong())
                .isZero();
    }

    @Test
    void governanceReadsRequestsButCannotChangeThem() {
        String id = create(Map.of()).get("id").asString();

        assertThat(governance.get(REQUESTS + "/" + id).status()).isEqualTo(200);
        assertThat(governance.get(REQUESTS).status()).isEqualTo(200);
        for (Api.Response response : List.of(
                governance.post(REQUESTS, body(Map.of())),
                governance.post(REQUESTS + "/" + id + "/updates", Map.of("note", "n")),
                governance.post(REQUESTS + "/" + id + "/reviews", Map.of("note", "n")),
                governance.post(REQUESTS + "/" + id + "/completion", Map.of()),
                governance.post(REQUESTS + "/" + id + "/cancellation", Map.of("reason", "r")))) {
            assertThat(response.status()).as(response.toString()).isEqualTo(403);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        assertThat(Api.at(port).get(REQUESTS).status()).isEqualTo(401);
    }

    @Test
    void aResidentUnderAContactRestrictionStillHasTheirRequestsRecorded() {
        Api.Response restricted = handler.post(
                "/api/v1/residents/" + residentId + "/restrictions",
                Map.of(
                        "reason",
                        "Abusive emails",
                        "evidence",
                        "Emails of 2 and 9 March",
                        "scope",
                        "Phone contact only",
                        "reviewOn",
                        "2099-01-01"));
        assertThat(restricted.status()).as(restricted.toString()).isEqualTo(201);

        assertThat(handler.post(REQUESTS, body(Map.of())).status()).isEqualTo(201);
    }

    @Test
    void noHostileInputGetsA5xx() {
        String id = create(Map.of()).get("id").asString();
        List<Api.Response> responses = List.of(
                handler.post(REQUESTS, body(Map.of("description", "leak\u0000"))),
                handler.post(REQUESTS, body(Map.of("category", "\u0000"))),
                handler.post(REQUESTS, body(Map.of("receivedAt", "-999999999-01-01T00:00:00Z"))),
                handler.post(REQUESTS, body(Map.of("receivedAt", "+1000000000-01-01T00:00:00Z"))),
                handler.post(REQUESTS, body(Map.of("targetOn", "+99999-01-01"))),
                handler.post(REQUESTS + "/" + id + "/updates", Map.of("note", "x\u0000y")),
                handler.post(REQUESTS + "/" + id + "/updates", Map.of("note", "n", "at", "1066-10-14T12:00:00Z")),
                handler.post(REQUESTS + "/" + id + "/reviews", Map.of("note", "😀 ' or 1=1 --")),
                handler.get(REQUESTS + "?reviewIntervalDays=2147483647&overdueReview=true"),
                handler.get(REQUESTS + "?page=1000000&size=100"),
                handler.sendRaw("POST", REQUESTS, "application/xml", "<request/>"));

        for (Api.Response response : responses) {
            assertThat(response.status()).as(response.toString()).isBetween(200, 499);
        }
        assertThat(responses.get(0).status()).isEqualTo(400);
        assertThat(responses.get(2).status()).isEqualTo(400);
        assertThat(responses.get(3).status())
                .as("a year of more than four digits is not a date API.md accepts")
                .isEqualTo(400);
        assertThat(responses.get(5).status()).isEqualTo(400);
        assertThat(responses.get(7).status()).isEqualTo(200);
    }

    private JsonNode create(Map<String, Object> overrides) {
        Api.Response response = handler.post(REQUESTS, body(overrides));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    private Map<String, Object> body(Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>();
        body.put("residentId", residentId);
        body.put("category", "REPAIRS");
        body.put("description", "Boiler not heating water");
        body.put("channel", "EMAIL");
        body.putAll(overrides);
        return body;
    }

    private String newResident() {
        Api.Response response = handler.post(
                "/api/v1/residents", Map.of("name", "Uma Ncube", "email", "uma." + UUID.randomUUID() + "@example.org"));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private static List<String> ids(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("items").findValuesAsString("id");
    }

    private static long number(String reference) {
        return Long.parseLong(reference.substring(reference.lastIndexOf('-') + 1));
    }

    private static List<String> fields(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        return response.json().get("errors").findValuesAsString("field");
    }

    private String tokenFor(String username, String role) {
        Api admin = Api.at(port).asAdmin();
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
