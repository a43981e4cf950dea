package org.putright.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.putright.testing.Api;
import org.putright.testing.PutrightIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The full record and the follow-through around the lifecycle: representatives, service requests,
 * new issues, documents, remedies awaiting approval, outstanding actions, deadline alerts, and
 * deadlines that move when the calendar changes.
 */
@PutrightIntegrationTest
class ComplaintRecordIT {

    @LocalServerPort
    int port;

    @Autowired
    DeadlineWatch watch;

    Api admin;
    Api handler;

    @BeforeEach
    void staff() {
        admin = Api.at(port).asAdmin();
        if (admin.get("/api/v1/staff/rec-handler").status() == 404) {
            admin.post(
                    "/api/v1/staff",
                    Map.of(
                            "username",
                            "rec-handler",
                            "name",
                            "Rec Handler",
                            "email",
                            "r@example.org",
                            "roles",
                            List.of("HANDLER"),
                            "compensationLimit",
                            "100.00"));
        }
        handler = Api.at(port)
                .as(admin.post("/api/v1/staff/rec-handler/tokens", Map.of())
                        .json()
                        .get("token")
                        .asString());
    }

    @Test
    void aRepresentativeNeedsTheirAuthorityRecorded() {
        Map<String, Object> body = complaint("2025-03-03T09:00:00Z");
        body.put("representative", Map.of("name", "Cllr Jane Smith", "relationship", "ward councillor"));
        Api.Response without = handler.post("/api/v1/complaints", body);
        body.put(
                "representative",
                Map.of(
                        "name",
                        "Cllr Jane Smith",
                        "relationship",
                        "ward councillor",
                        "authority",
                        "Resident's signed consent received by email on 3 March 2025"));
        Api.Response with = handler.post("/api/v1/complaints", body);

        assertThat(without.status()).isEqualTo(422);
        assertThat(without.json().get("provision").asString()).isEqualTo("3.6");
        assertThat(with.status()).as(with.toString()).isEqualTo(201);
        assertThat(with.json().get("representative").get("authority").asString())
                .contains("signed consent");
        assertThat(handler.get(with.header("Location")).json())
                .as("the complaint as answered is the complaint as kept, representative and all")
                .isEqualTo(with.json());
    }

    @Test
    void aComplaintFromSomeoneNewIsAnsweredAsItIsKept() {
        Api.Response received = handler.post("/api/v1/complaints", complaint("2025-03-04T11:30:00Z"));

        assertThat(received.status()).as(received.toString()).isEqualTo(201);
        assertThat(handler.get(received.header("Location")).json()).isEqualTo(received.json());
    }

    @Test
    void aComplaintAboutAServiceRequestLeavesTheRequestOpen() {
        String residentId = handler.post("/api/v1/complaints", complaint("2025-03-03T09:00:00Z"))
                .json()
                .get("resident")
                .get("id")
                .asString();
        Api.Response request = handler.post(
                "/api/v1/service-requests",
                Map.of(
                        "residentId",
                        residentId,
                        "category",
                        "REPAIRS",
                        "description",
                        "Leaking tap",
                        "channel",
                        "PHONE",
                        "receivedAt",
                        "2025-03-01T10:00:00Z"));
        assertThat(request.status()).as(request.toString()).isEqualTo(201);
        String requestId = request.json().get("id").asString();

        Map<String, Object> body = complaint("2025-03-10T09:00:00Z");
        body.remove("resident");
        body.put("residentId", residentId);
        body.put("serviceRequestId", requestId);
        Api.Response complaint = handler.post("/api/v1/complaints", body);

        assertThat(complaint.status()).as(complaint.toString()).isEqualTo(201);
        assertThat(complaint.json().get("serviceRequestId").asString()).isEqualTo(requestId);
        JsonNode after = handler.get("/api/v1/service-requests/" + requestId).json();
        assertThat(after.get("status").asString()).isNotIn("COMPLETED", "CANCELLED");
        assertThat(after.toString()).contains(complaint.json().get("reference").asString());
    }

    @Test
    void aRelatedIssueJoinsStageOneAndAnUnrelatedOneBecomesANewComplaint() {
        String reference = acknowledged("2025-03-03T09:00:00Z", "2025-03-04T09:00:00Z");

        Api.Response joined = handler.post(
                "/api/v1/complaints/" + reference + "/additional-issue",
                Map.of(
                        "raisedAt",
                        "2025-03-05T09:00:00Z",
                        "summary",
                        "The repair left a hole in the wall",
                        "outcomeSought",
                        "Make good the wall",
                        "related",
                        true));
        Api.Response separate = handler.post(
                "/api/v1/complaints/" + reference + "/additional-issue",
                Map.of(
                        "raisedAt",
                        "2025-03-06T09:00:00Z",
                        "summary",
                        "Neighbour's dog barks at night",
                        "related",
                        false));

        assertThat(joined.status()).isEqualTo(200);
        assertThat(joined.json().get("definition").get("points")).hasSize(2);
        assertThat(separate.status()).as(separate.toString()).isEqualTo(201);
        assertThat(separate.json().get("raisedFrom").asString()).isEqualTo(reference);
        assertThat(handler.get("/api/v1/complaints/" + reference)
                        .json()
                        .get("relatedComplaints")
                        .toString())
                .contains(separate.json().get("reference").asString());
    }

    @Test
    void aDocumentIsKeptWholeWithItsChecksum() throws Exception {
        String reference = handler.post("/api/v1/complaints", complaint("2025-03-03T09:00:00Z"))
                .json()
                .get("reference")
                .asString();
        byte[] pdf = "%PDF-1.4\n% a tiny test document\n".getBytes(StandardCharsets.ISO_8859_1);

        HttpResponse<String> uploaded = upload(reference, "inspection.pdf", pdf);
        HttpResponse<String> disguised =
                upload(reference, "photo.png", "MZ\u0090 not a png".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
        assertThat(disguised.statusCode()).isEqualTo(400);
        JsonNode document = handler.get("/api/v1/complaints/" + reference)
                .json()
                .get("documents")
                .get(0);
        assertThat(document.get("sha256").asString())
                .isEqualTo(java.util.HexFormat.of()
                        .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                .digest(pdf)));
        Api.Response download =
                handler.header("Accept", "*/*").get(document.get("href").asString());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("application/pdf");
        assertThat(download.header("Content-Disposition")).startsWith("attachment");
    }

    @Test
    void aRemedyAboveTheHandlersLimitAwaitsAManagersApproval() {
        String reference = acknowledged("2025-03-03T09:00:00Z", "2025-03-04T09:00:00Z");
        JsonNode responded = handler.post(
                        "/api/v1/complaints/" + reference + "/response",
                        Map.of(
                                "respondedAt", "2025-03-10T09:00:00Z",
                                "findings",
                                        List.of(Map.of("point", 1, "upheld", true, "reasons", "The repair was late.")),
                                "remedies",
                                        List.of(Map.of(
                                                "type",
                                                "FINANCIAL",
                                                "description",
                                                "Compensation",
                                                "amount",
                                                "350.00",
                                                "dueBy",
                                                "2025-03-24")),
                                "outstandingActions",
                                        List.of(Map.of(
                                                "description",
                                                "Fit a new boiler",
                                                "owner",
                                                "rec-handler",
                                                "dueBy",
                                                "2025-04-30"))))
                .json();
        String remedy = responded.get("remedies").get(0).get("id").asString();

        assertThat(responded.get("status").asString())
                .as("the response is issued all the same")
                .isEqualTo("STAGE_1_RESPONDED");
        assertThat(responded.get("remedies").get(0).get("status").asString()).isEqualTo("AWAITING_APPROVAL");
        assertThat(handler.get("/api/v1/remedies?status=AWAITING_APPROVAL")
                        .json()
                        .findValuesAsString("reference"))
                .contains(reference);
        assertThat(handler.get("/api/v1/actions?owner=rec-handler").json().findValuesAsString("reference"))
                .contains(reference);
        assertThat(handler.post("/api/v1/complaints/" + reference + "/remedies/" + remedy + "/approval", Map.of())
                        .status())
                .as("a handler cannot approve")
                .isEqualTo(403);

        JsonNode approved = admin.post(
                        "/api/v1/complaints/" + reference + "/remedies/" + remedy + "/approval",
                        Map.of("approvedAt", "2025-03-11T09:00:00Z"))
                .json();
        assertThat(approved.get("remedies").get(0).get("status").asString()).isEqualTo("AGREED");
        assertThat(approved.get("remedies").get(0).get("approvedBy").asString()).isEqualTo("admin");
        JsonNode paid = handler.post(
                        "/api/v1/complaints/" + reference + "/remedies/" + remedy + "/completion",
                        Map.of("completedAt", "2025-03-20T09:00:00Z", "note", "Paid by BACS"))
                .json();
        assertThat(paid.get("remedies").get(0).get("status").asString()).isEqualTo("COMPLETED");
    }

    @Test
    void overdueDeadlinesRaiseOneAlertEachHoweverOftenTheWatchRuns() {
        String reference = handler.post("/api/v1/complaints", complaint("2025-01-06T09:00:00Z"))
                .json()
                .get("reference")
                .asString();

        watch.raiseAlerts();
        watch.raiseAlerts();

        List<JsonNode> mine = new java.util.ArrayList<>();
        handler.get("/api/v1/alerts").json().forEach(alert -> {
            if (alert.get("reference").asString().equals(reference)) {
                mine.add(alert);
            }
        });
        assertThat(mine).hasSize(1);
        assertThat(mine.getFirst().get("kind").asString()).isEqualTo("OVERDUE");
        assertThat(mine.getFirst().get("deadline").asString()).isEqualTo("2025-01-13");
    }

    @Test
    void aNewClosureDayMovesTheDeadlineOfAnOpenComplaint() {
        // Received Monday 23 November 2026 (today here): acknowledge by Monday 30 November,
        // until the office closes on Thursday 26th.
        String reference = handler.post("/api/v1/complaints", complaint("2026-11-23T09:00:00Z"))
                .json()
                .get("reference")
                .asString();
        assertThat(deadline(reference)).isEqualTo("2026-11-30");

        Api.Response closed =
                admin.post("/api/v1/calendar/closure-days", Map.of("date", "2026-11-26", "name", "Office move"));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(201);

        assertThat(deadline(reference)).isEqualTo("2026-12-01");
        assertThat(handler.get("/api/v1/complaints?status=RECEIVED&size=100")
                        .json()
                        .get("items")
                        .toString())
                .as("the worklist's stored deadline was recomputed too")
                .contains("\"reference\":\"" + reference + "\"")
                .contains("2026-12-01");
        admin.delete("/api/v1/calendar/closure-days/2026-11-26");
    }

    private String deadline(String reference) {
        return handler.get("/api/v1/complaints/" + reference)
                .json()
                .get("deadlines")
                .get("acknowledgeBy")
                .asString();
    }

    private String acknowledged(String receivedAt, String acknowledgedAt) {
        String reference = handler.post("/api/v1/complaints", complaint(receivedAt))
                .json()
                .get("reference")
                .asString();
        Api.Response response = handler.post(
                "/api/v1/complaints/" + reference + "/acknowledgement",
                Map.of(
                        "acknowledgedAt",
                        acknowledgedAt,
                        "handler",
                        "rec-handler",
                        "definition",
                        Map.of(
                                "points",
                                List.of(Map.of("summary", "Boiler repair delay", "outcomeSought", "Repair it")))));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return reference;
    }

    private HttpResponse<String> upload(String reference, String filename, byte[] content) throws Exception {
        String token = admin.post("/api/v1/staff/rec-handler/tokens", Map.of())
                .json()
                .get("token")
                .asString();
        String boundary = "putright-test-boundary";
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"description\"\r\n\r\nSurveyor's report\r\n--"
                        + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/complaints/" + reference + "/documents"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, Object> complaint(String receivedAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("receivedAt", receivedAt);
        body.put("channel", "EMAIL");
        body.put(
                "resident", Map.of("name", "Grace Hopper", "email", "grace." + receivedAt.hashCode() + "@example.org"));
        body.put("description", "The repair to my boiler took three weeks.");
        body.put("category", "REPAIRS");
        return body;
    }
}
