package org.putright.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.putright.testing.Api;
import org.putright.testing.PutrightIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * UK GDPR (ADR 0011) over the API: the retention policy anonymises exactly the complaints that
 * ended more than its years ago (today is 23 November 2026, so before 23 November 2020 under the
 * default six) while reports count them as before; a subject access export holds all of one
 * resident's data and none of another's; erasure is refused while the record must be kept and
 * carried out when it need not be, both in the audit trail.
 */
@PutrightIntegrationTest
class PrivacyIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api admin;

    @BeforeEach
    void signIn() {
        admin = Api.at(port).asAdmin();
    }

    @Test
    void retentionAnonymisesExactlyTheExpiredComplaintsAndKeepsTheirFigures() {
        Person alice = new Person("Alice Expired");
        Person carol = new Person("Carol Mixed");
        Person bob = new Person("Bob Recent");
        String expired = closedComplaint(alice, "2019-06-03", "Mould in the bathroom for months");
        String carolsExpired = closedComplaint(carol, "2019-07-01", "Broken fence never mended");
        String carolsOpen = received(carol, "2026-11-02", "Noisy boiler again");
        String recent = closedComplaint(bob, "2024-06-03", "Damp in the bedroom");
        String tsmBefore = tsm("2019-04-01", "2020-03-31");
        List<Map<String, @Nullable Object>> factsBefore = stageFacts(expired, carolsExpired);

        JsonNode run = ok(admin.post("/api/v1/privacy/retention-runs", Map.of()));

        List<String> anonymised = strings(run.get("complaintsAnonymised"));
        assertThat(anonymised).contains(expired, carolsExpired).doesNotContain(carolsOpen, recent);
        for (String reference : anonymised) {
            String endedAt = jdbc.sql("select max(occurred_at) from complaint_event where reference = :r"
                            + " and event_type in ('ComplaintClosed', 'ComplaintRefused', 'ComplaintWithdrawn')")
                    .param("r", reference)
                    .query(java.sql.Timestamp.class)
                    .single()
                    .toInstant()
                    .toString();
            assertThat(endedAt).as(reference).isLessThan("2020-11-23");
        }
        String expiredNow = admin.get("/api/v1/complaints/" + expired).body();
        assertThat(expiredNow).doesNotContain("Mould in the bathroom").doesNotContain(alice.name);
        assertThat(expiredNow).contains("CLOSED", "REPAIRS", "PersonalDataRedacted");
        assertThat(admin.get("/api/v1/complaints/" + recent).body()).contains("Damp in the bedroom");
        assertThat(admin.get("/api/v1/complaints/" + carolsOpen).body()).contains("Noisy boiler again");
        assertThat(resident(alice).get("name").asString()).isEqualTo("Former resident");
        assertThat(resident(alice).get("email").isNull()).isTrue();
        assertThat(resident(carol).get("name").asString())
                .as("still has an open complaint")
                .isEqualTo(carol.name);
        assertThat(resident(bob).get("name").asString()).isEqualTo(bob.name);
        assertThat(ok(admin.get("/api/v1/complaints/" + expired + "/integrity"))
                        .get("intact")
                        .asBoolean())
                .isTrue();
        String letter = ok(admin.get("/api/v1/complaints/" + expired)).toString();
        assertThat(letter).doesNotContain(alice.email);

        assertThat(tsm("2019-04-01", "2020-03-31")).isEqualTo(tsmBefore);
        assertThat(stageFacts(expired, carolsExpired)).isEqualTo(factsBefore);
        assertThat(strings(ok(admin.post("/api/v1/privacy/retention-runs", Map.of()))
                        .get("complaintsAnonymised")))
                .as("a second run finds nothing left")
                .doesNotContain(expired, carolsExpired);
        assertThat(audit(alice.id)).contains("COMPLAINT_ANONYMISED", "RESIDENT_ANONYMISED");
    }

    @Test
    void aSubjectAccessExportHoldsEverythingAboutTheResidentAndNothingOfAnother() throws Exception {
        Person dora = new Person("Dora Subject");
        Person eve = new Person("Eve Other");
        String doras = closedComplaint(dora, "2025-03-03", "Leaking roof over the kitchen");
        String evesComplaint = closedComplaint(eve, "2025-03-03", "Lift out of order");
        Api.Response request = admin.post(
                "/api/v1/service-requests",
                Map.of(
                        "residentId", dora.id,
                        "category", "REPAIRS",
                        "description", "Roof tiles slipped",
                        "channel", "PHONE",
                        "receivedAt", "2025-02-20T10:00:00Z"));
        assertThat(request.status()).as(request.toString()).isEqualTo(201);

        Api.Response export = admin.get("/api/v1/residents/" + dora.id + "/subject-access");

        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        JsonNode json = export.json();
        assertThat(json.get("resident").get("details").get("email").asString()).isEqualTo(dora.email);
        assertThat(json.get("complaints")).hasSize(1);
        JsonNode complaint = json.get("complaints").get(0);
        assertThat(complaint.get("reference").asString()).isEqualTo(doras);
        assertThat(complaint.get("timeline").findValuesAsString("event"))
                .containsExactly("ComplaintReceived", "ComplaintAcknowledged", "ComplaintResponded", "ComplaintClosed");
        assertThat(complaint
                        .get("timeline")
                        .get(0)
                        .get("details")
                        .get("description")
                        .asString())
                .isEqualTo("Leaking roof over the kitchen");
        assertThat(complaint.get("letters").isEmpty()).isFalse();
        assertThat(complaint.get("letters").get(0).get("text").asString()).contains(dora.name);
        assertThat(json.get("serviceRequests").findValuesAsString("description"))
                .containsExactly("Roof tiles slipped");
        assertThat(export.body())
                .doesNotContain(eve.name)
                .doesNotContain(eve.email)
                .doesNotContain(evesComplaint)
                .doesNotContain("Lift out of order");
        assertThat(audit(dora.id)).contains("SUBJECT_ACCESS_EXPORTED");

        Api.Binary pdf = admin.download("/api/v1/residents/" + dora.id + "/subject-access?format=pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked())
                    .as("tagged")
                    .isTrue();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(dora.name, doras, "Leaking roof over the kitchen", "Roof tiles slipped");
            assertThat(text).doesNotContain(eve.name).doesNotContain(evesComplaint);
        }
    }

    @Test
    void onlyManagersAndAdministratorsExportAndOnlyAdministratorsErase() {
        Person fay = new Person("Fay Guarded");
        received(fay, "2026-11-02", "Window will not close");
        Api handler = Api.at(port).as(token("privacy-handler", "HANDLER"));
        Api manager = Api.at(port).as(token("privacy-manager", "MANAGER"));

        assertThat(handler.get("/api/v1/residents/" + fay.id + "/subject-access")
                        .status())
                .isEqualTo(403);
        assertThat(manager.get("/api/v1/residents/" + fay.id + "/subject-access")
                        .status())
                .isEqualTo(200);
        assertThat(manager.post("/api/v1/residents/" + fay.id + "/erasure", Map.of())
                        .status())
                .isEqualTo(403);
        assertThat(admin.get("/api/v1/residents/" + UUID.randomUUID() + "/subject-access")
                        .status())
                .isEqualTo(404);
        assertThat(admin.get("/api/v1/residents/" + fay.id + "/subject-access?format=doc")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void erasureIsRefusedWhileAComplaintIsOpenOrWithinRetention() {
        Person gus = new Person("Gus Open");
        String open = received(gus, "2026-11-02", "Heating off for a week");
        Person hal = new Person("Hal Kept");
        String kept = closedComplaint(hal, "2024-06-03", "Rats in the bin store");

        Api.Response refusedOpen = admin.post("/api/v1/residents/" + gus.id + "/erasure", Map.of());
        Api.Response refusedKept = admin.post("/api/v1/residents/" + hal.id + "/erasure", Map.of());

        assertThat(refusedOpen.status()).as(refusedOpen.toString()).isEqualTo(409);
        assertThat(refusedOpen.contentType()).startsWith("application/problem+json");
        assertThat(refusedOpen.json().get("detail").asString()).contains(open + " is open");
        assertThat(refusedKept.status()).isEqualTo(409);
        assertThat(refusedKept.json().get("detail").asString()).contains(kept).contains("until 17 June 2030");
        assertThat(resident(gus).get("name").asString()).isEqualTo(gus.name);
        assertThat(audit(gus.id)).contains("ERASURE_REFUSED");
        assertThat(ok(admin.get("/api/v1/residents/" + hal.id + "/erasure"))
                        .get("lawful")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void erasureIsCarriedOutWhenNothingNeedsTheRecord() {
        Person ida = new Person("Ida Gone");
        String old = closedComplaint(ida, "2019-03-04", "Gutter overflowing");
        Api.Response created = admin.post(
                "/api/v1/residents",
                Map.of("name", "Jo Nocomplaint", "email", "jo." + UUID.randomUUID() + "@example.org"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String jo = created.json().get("id").asString();

        JsonNode erased = ok(admin.post("/api/v1/residents/" + ida.id + "/erasure", Map.of()));
        ok(admin.post("/api/v1/residents/" + jo + "/erasure", Map.of()));

        assertThat(strings(erased.get("complaintsAnonymised"))).containsExactly(old);
        assertThat(resident(ida).get("name").asString()).isEqualTo("Former resident");
        assertThat(ok(admin.get("/api/v1/residents/" + jo)).get("name").asString())
                .isEqualTo("Former resident");
        assertThat(admin.get("/api/v1/complaints/" + old).body()).doesNotContain("Gutter overflowing");
        JsonNode integrity = ok(admin.get("/api/v1/complaints/" + old + "/integrity"));
        assertThat(integrity.get("intact").asBoolean()).isTrue();
        assertThat(integrity.get("redacted").isEmpty()).isFalse();
        assertThat(audit(ida.id)).contains("ERASURE_CARRIED_OUT");
    }

    @Test
    void theRetentionPolicyIsSetInWholeYears() {
        assertThat(ok(admin.get("/api/v1/privacy/retention-policy"))
                        .get("years")
                        .asInt())
                .isEqualTo(6);
        assertThat(admin.put("/api/v1/privacy/retention-policy", Map.of("years", 0))
                        .status())
                .isEqualTo(400);
        assertThat(admin.put("/api/v1/privacy/retention-policy", Map.of("years", 101))
                        .status())
                .isEqualTo(400);
        assertThat(ok(admin.put("/api/v1/privacy/retention-policy", Map.of("years", 6)))
                        .get("years")
                        .asInt())
                .isEqualTo(6);
    }

    // --- fixtures --------------------------------------------------------------------------------

    /** A resident, made known by their first complaint. */
    final class Person {
        final String name;
        final String email;
        String id = "";

        Person(String name) {
            this.name = name;
            this.email = name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "." + UUID.randomUUID()
                    + "@example.org";
        }
    }

    private String received(Person person, String day, String description) {
        Map<String, Object> body = new HashMap<>();
        body.put("receivedAt", day + "T09:00:00Z");
        body.put("channel", "EMAIL");
        body.put("resident", Map.of("name", person.name, "email", person.email));
        body.put("description", description);
        body.put("category", "REPAIRS");
        Api.Response created = admin.post("/api/v1/complaints", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        person.id = created.json().get("resident").get("id").asString();
        return created.json().get("reference").asString();
    }

    /** Received on {@code day} (a Monday), acknowledged on the Wednesday, answered that Friday, closed the Monday after. */
    private String closedComplaint(Person person, String day, String description) {
        String reference = received(person, day, description);
        java.time.LocalDate monday = java.time.LocalDate.parse(day);
        ok(admin.post(
                "/api/v1/complaints/" + reference + "/acknowledgement",
                Map.of(
                        "acknowledgedAt",
                        monday.plusDays(2) + "T10:00:00Z",
                        "handler",
                        "admin",
                        "definition",
                        Map.of("points", List.of(Map.of("summary", description, "outcomeSought", "Fix it"))))));
        ok(admin.post(
                "/api/v1/complaints/" + reference + "/response",
                Map.of(
                        "respondedAt", monday.plusDays(4) + "T12:00:00Z",
                        "findings", List.of(Map.of("point", 1, "upheld", true, "reasons", "Our records agree.")),
                        "remedies",
                                List.of(Map.of(
                                        "type",
                                        "FINANCIAL",
                                        "description",
                                        "Compensation for " + description,
                                        "amount",
                                        "50.00",
                                        "dueBy",
                                        monday.plusDays(18).toString())))));
        ok(admin.post(
                "/api/v1/complaints/" + reference + "/closure",
                Map.of(
                        "closedAt",
                        monday.plusDays(14) + "T09:00:00Z",
                        "note",
                        "Closed after talking to " + person.name)));
        return reference;
    }

    private String tsm(String from, String to) {
        Api.Response response = admin.get("/api/v1/reports/tsm?from=" + from + "&to=" + to + "&homes=5000");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.body();
    }

    private List<Map<String, @Nullable Object>> stageFacts(String... references) {
        return jdbc.sql("select * from complaint_stage_fact where reference in (:references) order by reference, stage")
                .param("references", List.of(references))
                .query()
                .listOfRows();
    }

    private JsonNode resident(Person person) {
        return ok(admin.get("/api/v1/residents/" + person.id));
    }

    private String audit(String residentId) {
        return ok(admin.get("/api/v1/privacy/audit?residentId=" + residentId)).toString();
    }

    private String token(String username, String role) {
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
                            List.of(role),
                            "compensationLimit",
                            "100.00"));
        }
        return admin.post("/api/v1/staff/" + username + "/tokens", Map.of())
                .json()
                .get("token")
                .asString();
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
