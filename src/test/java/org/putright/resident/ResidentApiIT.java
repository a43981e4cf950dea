package org.putright.resident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
class ResidentApiIT {

    private static final String RESIDENTS = "/api/v1/residents";

    @LocalServerPort
    int port;

    @Autowired
    Residents residents;

    Api handler;
    Api governance;

    @BeforeEach
    void connect() {
        handler = Api.at(port).as(tokenFor("res-handler", "HANDLER"));
        governance = Api.at(port).as(tokenFor("res-board", "GOVERNANCE"));
    }

    @Test
    void aHandlerAddsAResidentWhoCanBeReadBack() {
        Api.Response created = handler.post(
                RESIDENTS,
                Map.of(
                        "name", "Ada Okafor",
                        "email", "ada.okafor@example.org",
                        "phone", "0161 496 0000",
                        "address", "Flat 3, 12 Mill Lane, Salford",
                        "postcode", "m5 4wt",
                        "tenancyReference", "T-" + unique(),
                        "preferredFormat", "LARGE_PRINT"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.header("Location")).isEqualTo(RESIDENTS + "/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        JsonNode read = handler.get(created.header("Location")).json();
        assertThat(read).as("the resident as answered is the resident as kept").isEqualTo(created.json());
        assertThat(read.get("name").asString()).isEqualTo("Ada Okafor");
        assertThat(read.get("postcode").asString()).isEqualTo("M5 4WT");
        assertThat(read.get("preferredChannel").asString()).isEqualTo("EMAIL");
        assertThat(read.get("preferredFormat").asString()).isEqualTo("LARGE_PRINT");
        assertThat(read.get("createdBy").asString()).isEqualTo("res-handler");
        assertThat(read.get("adjustments").isArray()).isTrue();
    }

    @Test
    void residentsAreFoundByNamePostcodeTenancyReferenceOrEmailIgnoringCase() {
        String tag = unique();
        String id = createResident(Map.of(
                "name", "Bartholomew Q" + tag,
                "email", "bq." + tag + "@Example.org",
                "postcode", "LS1 4AP",
                "tenancyReference", "TEN-" + tag));
        createResident(Map.of("name", "Other Q" + tag, "address", "2 Park Row"));

        for (String q : List.of("bartholomew%20q" + tag, "ten-" + tag.toUpperCase(), "BQ." + tag + "@example")) {
            JsonNode page = handler.get(RESIDENTS + "?q=" + q).json();
            assertThat(page.get("items").findValuesAsString("id")).as(q).containsExactly(id);
        }
        assertThat(handler.get(RESIDENTS + "?q=ls14ap").json().get("items").findValuesAsString("id"))
                .contains(id);
        JsonNode both = handler.get(RESIDENTS + "?q=q" + tag + "&size=1").json();
        assertThat(both.get("total").asLong()).isEqualTo(2);
        assertThat(both.get("items")).hasSize(1);
        assertThat(handler.get(RESIDENTS + "?q=q" + tag + "&size=1&page=1")
                        .json()
                        .get("items"))
                .hasSize(1);
    }

    @Test
    void searchTextIsTakenLiterallyNotAsWildcardsOrSql() {
        for (String q : List.of("%25", "_", "%27%20or%201%3D1%20--", "%5C")) {
            Api.Response response = handler.get(RESIDENTS + "?q=" + q);
            assertThat(response.status()).as(q).isEqualTo(200);
            assertThat(response.json().get("items").findValuesAsString("name"))
                    .as(q)
                    .allMatch(name ->
                            name.contains(java.net.URLDecoder.decode(q, java.nio.charset.StandardCharsets.UTF_8)));
        }
    }

    @Test
    void changingAResidentNeedsTheCurrentVersion() {
        String id = createResident(Map.of("name", "Carys Jones", "phone", "029 2018 0000"));
        Map<String, Object> change =
                Map.of("name", "Carys Jones-Evans", "phone", "029 2018 0000", "preferredChannel", "PHONE");

        Api.Response first = handler.header("If-Match", "\"0\"").put(RESIDENTS + "/" + id, change);
        Api.Response stale = handler.header("If-Match", "\"0\"").put(RESIDENTS + "/" + id, change);
        Api.Response garbled = handler.header("If-Match", "yesterday").put(RESIDENTS + "/" + id, change);

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().get("name").asString()).isEqualTo("Carys Jones-Evans");
        assertThat(first.json().get("version").asLong()).isEqualTo(1);
        assertThat(first.header("ETag")).isEqualTo("\"1\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(1);
        assertThat(garbled.status()).isEqualTo(400);
        assertThat(handler.put(RESIDENTS + "/" + id, change).status())
                .as("without If-Match the change applies to the current version")
                .isEqualTo(200);
    }

    @Test
    void everyRecordAboutAResidentIsAddedAndReadBack() {
        String id = createResident(Map.of("name", "Dev Patel", "email", "dev." + unique() + "@example.org"));
        String base = RESIDENTS + "/" + id;

        Api.Response adjustment = handler.post(
                base + "/adjustments",
                Map.of(
                        "description",
                        "Letters in large print",
                        "agreedAt",
                        "2024-05-01T10:00:00Z",
                        "reviewOn",
                        "2030-05-01"));
        Api.Response disability = handler.post(
                base + "/disabilities", Map.of("description", "Partially sighted", "reviewOn", "2030-05-01"));
        Api.Response vulnerability = handler.post(
                base + "/vulnerabilities", Map.of("kind", "MENTAL_HEALTH", "note", "Anxiety; prefers written contact"));
        Api.Response restriction = handler.post(
                base + "/restrictions",
                Map.of(
                        "reason", "Repeated abusive calls to the repairs line",
                        "evidence", "Call recordings 12 and 19 March 2024",
                        "scope", "Contact only by email to the complaints team",
                        "equalityConsiderations",
                                "Email suits the resident's disclosed sight loss with a screen reader",
                        "startsOn", "2024-03-20",
                        "reviewOn", "2030-09-20"));
        Api.Response representative = handler.post(
                base + "/representatives",
                Map.of(
                        "name", "Priya Patel",
                        "relationship", "daughter",
                        "authority", "Signed consent form received 2024-05-01",
                        "email", "priya@example.org",
                        "authorityEvidencedAt", "2024-05-01T09:00:00+01:00",
                        "expiresOn", "2030-05-01"));

        for (Api.Response created : List.of(adjustment, disability, vulnerability, restriction, representative)) {
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            assertThat(created.header("Location")).startsWith(base + "/");
            Api.Response read = governance.get(created.header("Location"));
            assertThat(read.status()).as(created.header("Location")).isEqualTo(200);
            assertThat(read.json().get("id").asString())
                    .isEqualTo(created.json().get("id").asString());
        }
        assertThat(restriction.json().get("inForce").asBoolean()).isTrue();
        assertThat(restriction.json().get("recordedBy").asString()).isEqualTo("res-handler");
        assertThat(representative.json().get("acting").asBoolean()).isTrue();
        assertThat(adjustment.json().get("status").asString()).isEqualTo("ACTIVE");

        JsonNode resident = handler.get(base).json();
        assertThat(resident.get("adjustments")).hasSize(1);
        assertThat(resident.get("disabilities")).hasSize(1);
        assertThat(resident.get("vulnerabilities").get(0).get("kind").asString())
                .isEqualTo("MENTAL_HEALTH");
        assertThat(resident.get("restrictions").get(0).get("scope").asString())
                .isEqualTo("Contact only by email to the complaints team");
        assertThat(resident.get("representatives").get(0).get("authority").asString())
                .isEqualTo("Signed consent form received 2024-05-01");
        assertThat(resident.get("version").asLong())
                .as("each record added is a change")
                .isEqualTo(5);
    }

    @Test
    void anAdjustmentIsReviewedNeverEditedAndEndsForGood() {
        String id = createResident(Map.of("name", "Elif Demir", "address", "4 Canal Street"));
        String base = RESIDENTS + "/" + id;
        LocalDate today = residents.today();
        JsonNode adjustment = handler.post(
                        base + "/adjustments",
                        Map.of(
                                "description", "Calls after 2pm only",
                                "agreedAt", "2024-01-10T10:00:00Z",
                                "reviewOn", "2024-07-10"))
                .json();
        String location = base + "/adjustments/" + adjustment.get("id").asString();
        assertThat(adjustment.get("dueForReview").asBoolean()).isTrue();
        assertThat(dueRecordIds(today)).contains(adjustment.get("id").asString());

        Api.Response continued = handler.post(
                location + "/review",
                Map.of(
                        "outcome",
                        "CONTINUES",
                        "note",
                        "Resident still works mornings",
                        "nextReviewOn",
                        today.plusMonths(6).toString()));

        assertThat(continued.status()).as(continued.toString()).isEqualTo(200);
        assertThat(continued.json().get("reviewOn").asString())
                .as("first review date kept")
                .isEqualTo("2024-07-10");
        assertThat(continued.json().get("nextReviewOn").asString())
                .isEqualTo(today.plusMonths(6).toString());
        assertThat(continued.json().get("dueForReview").asBoolean()).isFalse();
        assertThat(continued.json().get("reviews").get(0).get("reviewedBy").asString())
                .isEqualTo("res-handler");
        assertThat(dueRecordIds(today)).doesNotContain(adjustment.get("id").asString());
        assertThat(dueRecordIds(today.plusMonths(6)))
                .contains(adjustment.get("id").asString());

        Api.Response ended = handler.post(location + "/review", Map.of("outcome", "ENDED", "note", "Resident retired"));
        Api.Response again = handler.post(
                location + "/review",
                Map.of(
                        "outcome",
                        "CONTINUES",
                        "note",
                        "again",
                        "nextReviewOn",
                        today.plusYears(1).toString()));

        assertThat(ended.json().get("status").asString()).isEqualTo("ENDED");
        assertThat(ended.json().get("reviews")).hasSize(2);
        assertThat(dueRecordIds(today.plusYears(5)))
                .doesNotContain(adjustment.get("id").asString());
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().get("type").asString()).endsWith("/review-of-ended-record");
    }

    @Test
    void everyKindOfRecordKeptUnderReviewFallsDueAndCanBeReviewed() {
        String id = createResident(Map.of("name", "Finn Murphy", "phone", "01632 960000"));
        String base = RESIDENTS + "/" + id;
        Map<String, String> locations = new LinkedHashMap<>();
        locations.put(
                "DISABILITY",
                handler.post(
                                base + "/disabilities",
                                Map.of(
                                        "description",
                                        "Deaf",
                                        "disclosedAt",
                                        "2024-01-01T09:00:00Z",
                                        "reviewOn",
                                        "2024-06-01"))
                        .header("Location"));
        locations.put(
                "VULNERABILITY",
                handler.post(
                                base + "/vulnerabilities",
                                Map.of(
                                        "kind",
                                        "FINANCIAL",
                                        "note",
                                        "Arrears plan",
                                        "identifiedAt",
                                        "2024-01-01T09:00:00Z",
                                        "reviewOn",
                                        "2024-06-01"))
                        .header("Location"));
        locations.put(
                "RESTRICTION",
                handler.post(
                                base + "/restrictions",
                                Map.of(
                                        "reason",
                                        "Threats",
                                        "evidence",
                                        "Incident 7",
                                        "scope",
                                        "Email only",
                                        "startsOn",
                                        "2024-01-01",
                                        "reviewOn",
                                        "2024-06-01"))
                        .header("Location"));

        List<JsonNode> due = List.copyOf(governance
                .get(RESIDENTS + "/due-for-review?on=2024-06-01")
                .json()
                .valueStream()
                .filter(item -> item.get("residentId").asString().equals(id))
                .toList());
        assertThat(due)
                .extracting(item -> item.get("subject").asString())
                .containsExactlyInAnyOrder(locations.keySet().toArray(String[]::new));
        assertThat(due)
                .extracting(item -> item.get("href").asString())
                .containsExactlyInAnyOrderElementsOf(locations.values());
        assertThat(due).allSatisfy(item -> assertThat(item.get("residentName").asString())
                .isEqualTo("Finn Murphy"));

        for (String location : locations.values()) {
            Api.Response reviewed = handler.post(
                    location + "/review",
                    Map.of(
                            "reviewedAt",
                            "2024-06-02T10:00:00Z",
                            "outcome",
                            "CONTINUES",
                            "note",
                            "Checked with resident",
                            "nextReviewOn",
                            "2099-01-01"));
            assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(200);
            assertThat(reviewed.json().get("nextReviewOn").asString()).isEqualTo("2099-01-01");
        }
        assertThat(governance
                        .get(RESIDENTS + "/due-for-review?on=2030-01-01")
                        .json()
                        .findValuesAsString("residentId"))
                .doesNotContain(id);
    }

    @Test
    void anAdjustmentWithoutAReviewDateBreaksProvision5_10() {
        String id = createResident(Map.of("name", "Gita Rao", "email", "gita." + unique() + "@example.org"));

        Api.Response response =
                handler.post(RESIDENTS + "/" + id + "/adjustments", Map.of("description", "Braille letters"));

        assertRuleBroken(response, "adjustment-without-review", "5.10");
    }

    @Test
    void aRestrictionWithoutAnEvidencedReasonOrAReviewDateBreaksProvision5_14() {
        String base = RESIDENTS + "/" + createResident(Map.of("name", "Harry Lee", "address", "9 Dock Road"));

        assertRuleBroken(
                handler.post(
                        base + "/restrictions",
                        Map.of("scope", "Email only", "evidence", "Log 3", "reviewOn", "2030-01-01")),
                "restriction-without-reason-or-review",
                "5.14");
        assertRuleBroken(
                handler.post(
                        base + "/restrictions",
                        Map.of("scope", "Email only", "reason", "Threats", "reviewOn", "2030-01-01")),
                "restriction-without-reason-or-review",
                "5.14");
        assertRuleBroken(
                handler.post(
                        base + "/restrictions",
                        Map.of("scope", "Email only", "reason", "Threats", "evidence", "Log 3")),
                "restriction-without-reason-or-review",
                "5.14");
        assertRuleBroken(
                handler.post(
                        base + "/restrictions",
                        Map.of(
                                "scope",
                                "Email only",
                                "reason",
                                "Threats",
                                "evidence",
                                "Log 3",
                                "startsOn",
                                "2030-01-01",
                                "reviewOn",
                                "2029-01-01")),
                "restriction-without-reason-or-review",
                "5.14");
        assertThat(handler.get(base).json().get("restrictions")).isEmpty();
    }

    @Test
    void aRepresentativeWithoutTheResidentsAuthorityBreaksProvision3_6() {
        String base = RESIDENTS + "/" + createResident(Map.of("name", "Iris Cole", "address", "1 Elm Way"));

        assertRuleBroken(
                handler.post(base + "/representatives", Map.of("name", "Tom Cole", "relationship", "son")),
                "representative-without-authority",
                "3.6");
    }

    @Test
    void somethingThatHappenedCannotBeDatedInTheFuture() {
        String base = RESIDENTS + "/" + createResident(Map.of("name", "Jo Hart", "address", "3 Oak Lane"));
        String tomorrow = Instant.parse(PutrightIntegrationTest.NOW)
                .plus(1, ChronoUnit.DAYS)
                .toString();

        List<Api.Response> responses = List.of(
                handler.post(
                        base + "/adjustments",
                        Map.of("description", "Large print", "agreedAt", tomorrow, "reviewOn", "2099-01-01")),
                handler.post(
                        base + "/disabilities",
                        Map.of("description", "Deaf", "disclosedAt", tomorrow, "reviewOn", "2099-01-01")),
                handler.post(base + "/vulnerabilities", Map.of("kind", "AGE", "note", "94", "identifiedAt", tomorrow)),
                handler.post(
                        base + "/representatives",
                        Map.of(
                                "name",
                                "Al",
                                "relationship",
                                "friend",
                                "authority",
                                "Letter",
                                "authorityEvidencedAt",
                                tomorrow)));

        for (Api.Response response : responses) {
            assertThat(response.status()).as(response.toString()).isEqualTo(422);
            assertThat(response.json().get("type").asString()).endsWith("/dated-in-future");
        }
        assertThat(handler.post(
                                base + "/adjustments",
                                Map.of(
                                        "description",
                                        "Large print",
                                        "agreedAt",
                                        Instant.parse(PutrightIntegrationTest.NOW)
                                                .plusSeconds(30)
                                                .toString(),
                                        "reviewOn",
                                        "2099-01-01"))
                        .status())
                .as("a few seconds of clock skew are tolerated")
                .isEqualTo(201);
    }

    @Test
    void missingOrInvalidFieldsAre400WithErrorsNamingEachField() {
        Api.Response response = handler.post(
                RESIDENTS,
                Map.of(
                        "name",
                        "",
                        "email",
                        "not-an-email",
                        "phone",
                        "call me",
                        "postcode",
                        "!!",
                        "preferredChannel",
                        "EMAIL"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(fields(response)).contains("name", "email", "phone", "postcode");

        Api.Response noContact = handler.post(RESIDENTS, Map.of("name", "Kay Noone"));
        assertThat(noContact.status()).isEqualTo(400);
        assertThat(fields(noContact)).containsExactly("contact");

        Api.Response wrongChannel =
                handler.post(RESIDENTS, Map.of("name", "Kay", "address", "1 Road", "preferredChannel", "EMAIL"));
        assertThat(fields(wrongChannel)).containsExactly("preferredChannel");

        String base = RESIDENTS + "/" + createResident(Map.of("name", "Lee Ray", "address", "5 Ash Close"));
        assertThat(fields(handler.post(base + "/adjustments", Map.of("reviewOn", "2099-01-01"))))
                .containsExactly("description");
        assertThat(fields(handler.post(base + "/disabilities", Map.of("description", "Deaf"))))
                .containsExactly("reviewOn");
        assertThat(fields(handler.post(base + "/vulnerabilities", Map.of("note", "x"))))
                .containsExactly("kind");
        assertThat(fields(handler.post(
                        base + "/restrictions", Map.of("reason", "r", "evidence", "e", "reviewOn", "2099-01-01"))))
                .containsExactly("scope");
        assertThat(fields(handler.post(base + "/representatives", Map.of("authority", "form"))))
                .containsExactly("name", "relationship");
    }

    @Test
    void textLongerThanItsColumnIs400NotADatabaseError() {
        Map<String, Object> tooLong = new HashMap<>();
        tooLong.put("name", "n".repeat(201));
        tooLong.put("email", "e".repeat(320) + "@example.org");
        tooLong.put("phone", "1".repeat(41));
        tooLong.put("address", "a".repeat(501));
        tooLong.put("postcode", "A".repeat(11));
        tooLong.put("tenancyReference", "t".repeat(51));
        tooLong.put("formatLanguage", "l".repeat(101));

        Api.Response response = handler.post(RESIDENTS, tooLong);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(fields(response))
                .contains("name", "email", "phone", "address", "postcode", "tenancyReference", "formatLanguage");

        String base = RESIDENTS + "/" + createResident(Map.of("name", "Max Long", "address", "6 Birch Road"));
        String text = "x".repeat(2001);
        assertThat(fields(handler.post(base + "/adjustments", Map.of("description", text, "reviewOn", "2099-01-01"))))
                .containsExactly("description");
        assertThat(fields(handler.post(base + "/disabilities", Map.of("description", text, "reviewOn", "2099-01-01"))))
                .containsExactly("description");
        assertThat(fields(handler.post(base + "/vulnerabilities", Map.of("kind", "OTHER", "note", text))))
                .containsExactly("note");
        assertThat(fields(handler.post(
                        base + "/restrictions",
                        Map.of(
                                "reason",
                                text,
                                "evidence",
                                text,
                                "scope",
                                text,
                                "equalityConsiderations",
                                text,
                                "reviewOn",
                                "2099-01-01"))))
                .containsExactly("equalityConsiderations", "evidence", "reason", "scope");
        assertThat(fields(handler.post(
                        base + "/representatives",
                        Map.of("name", "n".repeat(201), "relationship", "r".repeat(101), "authority", text))))
                .containsExactly("authority", "name", "relationship");
    }

    @Test
    void malformedJsonAndWrongTypesAre400Problems() {
        String base = RESIDENTS + "/" + createResident(Map.of("name", "Nia Ball", "address", "7 Pine Street"));
        List<Api.Response> responses = List.of(
                handler.sendRaw("POST", RESIDENTS, "application/json", "{\"name\": "),
                handler.sendRaw("POST", RESIDENTS, "application/json", "[]"),
                handler.sendRaw("POST", RESIDENTS, "application/json", ""),
                handler.post(RESIDENTS, Map.of("name", "X", "address", "Y", "preferredChannel", "CARRIER_PIGEON")),
                handler.post(RESIDENTS, Map.of("name", List.of("X"), "address", "Y")),
                handler.post(
                        base + "/adjustments",
                        Map.of("description", "d", "agreedAt", "yesterday", "reviewOn", "2099-01-01")),
                handler.post(base + "/adjustments", Map.of("description", "d", "reviewOn", "2024-02-30")),
                handler.post(base + "/vulnerabilities", Map.of("kind", 42, "note", "n")),
                handler.post(
                        base + "/restrictions/" + UUID.randomUUID() + "/review",
                        Map.of("outcome", "MAYBE", "note", "n")));

        for (Api.Response response : responses) {
            assertThat(response.status()).as(response.toString()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        assertThat(fields(responses.get(3))).containsExactly("preferredChannel");
        assertThat(fields(responses.get(5))).containsExactly("agreedAt");
    }

    @Test
    void unknownResidentsAndRecordsAre404Problems() {
        String unknown = RESIDENTS + "/" + UUID.randomUUID();
        String known = RESIDENTS + "/" + createResident(Map.of("name", "Omar Said", "address", "8 Cedar Road"));
        List<Api.Response> responses = List.of(
                handler.get(unknown),
                handler.put(unknown, Map.of("name", "X", "address", "Y")),
                handler.post(unknown + "/adjustments", Map.of("description", "d", "reviewOn", "2099-01-01")),
                handler.post(unknown + "/representatives", Map.of("name", "n", "relationship", "r", "authority", "a")),
                handler.get(known + "/adjustments/" + UUID.randomUUID()),
                handler.get(known + "/representatives/" + UUID.randomUUID()),
                handler.post(
                        known + "/restrictions/" + UUID.randomUUID() + "/review",
                        Map.of("outcome", "ENDED", "note", "n")));

        for (Api.Response response : responses) {
            assertThat(response.status()).as(response.toString()).isEqualTo(404);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("type").asString()).endsWith("/not-found");
        }
    }

    @Test
    void aRecordIsFoundOnlyUnderItsOwnResidentAndKind() {
        String first = RESIDENTS + "/" + createResident(Map.of("name", "Pat One", "address", "1 First Street"));
        String second = RESIDENTS + "/" + createResident(Map.of("name", "Pat Two", "address", "2 Second Street"));
        String adjustment = handler.post(
                        first + "/adjustments", Map.of("description", "Large print", "reviewOn", "2099-01-01"))
                .json()
                .get("id")
                .asString();

        assertThat(handler.get(second + "/adjustments/" + adjustment).status()).isEqualTo(404);
        assertThat(handler.get(first + "/disabilities/" + adjustment).status()).isEqualTo(404);
        assertThat(handler.post(
                                second + "/adjustments/" + adjustment + "/review",
                                Map.of("outcome", "ENDED", "note", "n"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void malformedIdsInThePathAre400ProblemsNever500() {
        for (String path : List.of(
                RESIDENTS + "/not-a-uuid",
                RESIDENTS + "/123/adjustments/" + UUID.randomUUID(),
                RESIDENTS + "/" + UUID.randomUUID() + "/representatives/xyz")) {
            Api.Response response = handler.get(path);
            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        Api.Response post = handler.post(
                RESIDENTS + "/" + UUID.randomUUID() + "/adjustments/nope/review",
                Map.of("outcome", "ENDED", "note", "n"));
        assertThat(post.status()).isEqualTo(400);
    }

    @Test
    void governanceReadsResidentsButCannotChangeThem() {
        String id = createResident(Map.of("name", "Quinn Ford", "address", "10 Yew Road"));
        String base = RESIDENTS + "/" + id;

        assertThat(governance.get(base).status()).isEqualTo(200);
        assertThat(governance.get(RESIDENTS + "?q=quinn").status()).isEqualTo(200);
        assertThat(governance.get(RESIDENTS + "/due-for-review").status()).isEqualTo(200);
        List<Api.Response> writes = List.of(
                governance.post(RESIDENTS, Map.of("name", "X", "address", "Y")),
                governance.put(base, Map.of("name", "X", "address", "Y")),
                governance.post(base + "/adjustments", Map.of("description", "d", "reviewOn", "2099-01-01")),
                governance.post(
                        base + "/restrictions",
                        Map.of("reason", "r", "evidence", "e", "scope", "s", "reviewOn", "2099-01-01")),
                governance.post(base + "/representatives", Map.of("name", "n", "relationship", "r", "authority", "a")));
        for (Api.Response response : writes) {
            assertThat(response.status()).as(response.toString()).isEqualTo(403);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        assertThat(Api.at(port).get(base).status()).isEqualTo(401);
        assertThat(handler.get(base).json().get("version").asLong()).isZero();
    }

    @Test
    void noHostileInputGetsA5xx() {
        String base = RESIDENTS + "/" + createResident(Map.of("name", "Rae Test", "address", "11 Holly Road"));
        Map<String, Object> nul = new HashMap<>(Map.of("name", "Nul\u0000Name", "address", "1\u0000Road"));
        List<Api.Response> responses = List.of(
                handler.post(RESIDENTS, nul),
                handler.post(RESIDENTS, Map.of("name", "😀 Émile Zoë 李", "address", "Straße 1")),
                handler.post(base + "/adjustments", Map.of("description", "bad\u0000", "reviewOn", "2099-01-01")),
                handler.post(
                        base + "/restrictions",
                        Map.of("reason", "r\u0000", "evidence", "e", "scope", "s", "reviewOn", "2099-01-01")),
                handler.post(base + "/adjustments", Map.of("description", "d", "reviewOn", "+99999-01-01")),
                handler.post(
                        base + "/adjustments",
                        Map.of("description", "d", "agreedAt", "-999999999-01-01T00:00:00Z", "reviewOn", "2099-01-01")),
                handler.post(
                        base + "/restrictions",
                        Map.of(
                                "reason",
                                "r",
                                "evidence",
                                "e",
                                "scope",
                                "s",
                                "startsOn",
                                "0001-01-01",
                                "reviewOn",
                                "9999-12-31")),
                handler.get(RESIDENTS + "?q=" + "x".repeat(5000)),
                handler.get(RESIDENTS + "?page=-1"),
                handler.get(RESIDENTS + "?size=100000"),
                handler.get(RESIDENTS + "?page=99999999999"),
                handler.get(RESIDENTS + "?q=%00"),
                handler.get(RESIDENTS + "/due-for-review?on=%2B99999-01-01"),
                handler.get(RESIDENTS + "/due-for-review?on=tomorrow"),
                handler.sendRaw(
                        "POST",
                        RESIDENTS,
                        "application/json",
                        "{\"name\": \"a\", \"address\": \"b\", \"version\": 1e999}"),
                handler.sendRaw("POST", RESIDENTS, "text/plain", "name=a"),
                handler.sendRaw("POST", RESIDENTS, "application/json", "{\"name\": \"\\ud800\", \"address\": \"b\"}"));

        for (Api.Response response : responses) {
            assertThat(response.status()).as(response.toString()).isBetween(200, 499);
        }
        assertThat(responses.get(0).status()).isEqualTo(400);
        assertThat(responses.get(1).status()).isEqualTo(201);
        assertThat(responses.get(1).json().get("name").asString()).isEqualTo("😀 Émile Zoë 李");
        assertThat(responses.get(4).status()).isEqualTo(400);
        assertThat(responses.get(5).status()).isEqualTo(400);
        assertThat(responses.get(7).status()).isEqualTo(400);
        assertThat(responses.get(11).status()).isEqualTo(400);
    }

    @Test
    void theComplaintIntakeFindsAKnownResidentByTenancyReferenceThenEmail() {
        String tag = unique();
        Resident known = residents.create(
                ResidentDetails.of("Sam Wood", "sam." + tag + "@example.org", null, null, "TW-" + tag), "intake");
        assertThat(residents.get(known.id()))
                .as("the resident returned is the one kept")
                .isEqualTo(known);

        Resident byTenancy = residents.findOrCreate(
                ResidentDetails.of("Samuel Wood", "other." + tag + "@example.org", null, null, "TW-" + tag), "intake");
        Resident byEmail = residents.findOrCreate(
                ResidentDetails.of("Sam Wood", "SAM." + tag + "@example.org", null, null, null), "intake");
        Resident stranger = residents.findOrCreate(
                ResidentDetails.of("Sam Wood", "new." + tag + "@example.org", null, null, null), "intake");
        Resident byEmailWhenTheTenancyFindsNoOne = residents.findOrCreate(
                ResidentDetails.of("Sam Wood", "sam." + tag + "@example.org", null, null, "NEW-" + tag), "intake");

        assertThat(byTenancy.id()).isEqualTo(known.id());
        assertThat(byTenancy.details().email())
                .as("a known resident's details are left as they are")
                .isEqualTo("sam." + tag + "@example.org");
        assertThat(byEmail.id()).isEqualTo(known.id());
        assertThat(byEmailWhenTheTenancyFindsNoOne.id()).isEqualTo(known.id());
        assertThat(stranger.id()).isNotEqualTo(known.id());
        assertThat(stranger.createdBy()).isEqualTo("intake");
    }

    @Test
    void aComplaintIsNeverFiledUnderSomeoneElsesName() {
        String tag = unique();
        Resident known = residents.create(
                ResidentDetails.of("Ann Smith", "ann." + tag + "@example.org", null, null, "TS-" + tag), "intake");

        Resident byTenancy = residents.findOrCreate(
                ResidentDetails.of("Bob Jones", "bob." + tag + "@example.org", null, null, "TS-" + tag), "intake");
        Resident byEmail = residents.findOrCreate(
                ResidentDetails.of("Carl Other", "ann." + tag + "@example.org", null, null, null), "intake");

        assertThat(byTenancy.id()).isNotEqualTo(known.id());
        assertThat(byTenancy.name()).isEqualTo("Bob Jones");
        assertThat(byEmail.id()).isNotEqualTo(known.id());
    }

    @Test
    void jointTenantsSharingATenancyReferenceAreToldApartByName() {
        String tag = unique();
        Resident first =
                residents.create(ResidentDetails.of("Ann Byrne", null, null, "3 Quay St", "J-" + tag), "intake");
        Resident second =
                residents.create(ResidentDetails.of("Ben Byrne", null, null, "3 Quay St", "J-" + tag), "intake");

        assertThat(residents
                        .findOrCreate(ResidentDetails.of("ben byrne", null, null, "3 Quay St", "J-" + tag), "intake")
                        .id())
                .isEqualTo(second.id());
        assertThat(residents
                        .findOrCreate(ResidentDetails.of("Ann Byrne", null, null, "3 Quay St", "J-" + tag), "intake")
                        .id())
                .isEqualTo(first.id());
        assertThat(residents
                        .findOrCreate(ResidentDetails.of("Cal Byrne", null, null, "3 Quay St", "J-" + tag), "intake")
                        .id())
                .isNotIn(first.id(), second.id());
    }

    @Test
    void theComplaintIntakeReusesARepresentativeWithTheSameAuthority() {
        Resident resident =
                residents.create(ResidentDetails.of("Tia Grant", null, "07700 900000", null, null), "intake");

        Representative first = residents.representativeFor(
                resident.id(),
                RepresentativeDetails.of("Cllr Ahmed", "councillor", "Email from resident 3 May"),
                "intake");
        Representative same = residents.representativeFor(
                resident.id(),
                RepresentativeDetails.of("cllr ahmed", "Councillor", "email from resident 3 may"),
                "intake");
        Representative renewed = residents.representativeFor(
                resident.id(), RepresentativeDetails.of("Cllr Ahmed", "councillor", "Signed consent form"), "intake");

        assertThat(same.id()).isEqualTo(first.id());
        assertThat(renewed.id()).isNotEqualTo(first.id());
        assertThat(residents.get(resident.id()).representatives()).hasSize(2);
    }

    private String createResident(Map<String, Object> body) {
        Api.Response response = handler.post(RESIDENTS, body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private List<String> dueRecordIds(LocalDate on) {
        return handler.get(RESIDENTS + "/due-for-review?on=" + on).json().findValuesAsString("recordId");
    }

    private static List<String> fields(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        return response.json().get("errors").findValuesAsString("field");
    }

    private static void assertRuleBroken(Api.Response response, String type, String provision) {
        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).endsWith("/problems/" + type);
        assertThat(response.json().get("provision").asString()).isEqualTo(provision);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
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
