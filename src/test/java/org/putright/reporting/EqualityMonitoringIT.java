package org.putright.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.putright.testing.Api;
import org.putright.testing.PutrightIntegrationTest;
import org.putright.testing.StaffWeb;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Equality monitoring over a known set of complainants, worked by hand. The 2026-27 tenant profile:
 * 600 women and 400 men; 250 disabled and 750 not. Forty residents complained between April 2026
 * and March 2027 (R1 twice), and said:
 *
 * <pre>
 *  sex         R1–R10 female, R11–R40 male: 40 answered.
 *              Female 10 of 40 = 25.0% against 600 of 1,000 = 60.0%: −35.0 points. Expected 24, spread
 *              √(40·0.6·0.4) = 3.098, z = −14 / 3.098 = −4.52: fewer than expected, may face barriers.
 *              Male 30 = 75.0% against 40.0%: +35.0, z = +4.52, more than expected.
 *  disability  R1–R3 disabled, R4–R6 prefer not to say, the rest not recorded: 3 answered, under 5, so
 *              neither the group nor the totals are shown, and it is too few to conclude.
 *  age         nobody answered, and the profile has no ages: no tenant figures.
 * </pre>
 *
 * A resident who complained in 2025-26 and one who never complained (both women) are not counted.
 */
@PutrightIntegrationTest
@TestPropertySource(properties = "putright.test.database=equality")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EqualityMonitoringIT {

    private static final String PERIOD = "from=2026-04-01&to=2027-03-31";

    @LocalServerPort
    int port;

    Api admin;
    String firstResident = "";

    @BeforeAll
    void fortyComplainants() {
        admin = Api.at(port).asAdmin();
        ok(admin.put(
                "/api/v1/reports/equality/population/2026-27",
                Map.of(
                        "counts",
                        Map.of(
                                "SEX", Map.of("FEMALE", 600, "MALE", 400),
                                "DISABILITY", Map.of("DISABLED", 250, "NOT_DISABLED", 750)))));
        for (int i = 1; i <= 40; i++) {
            String resident = complaint("2026-05-04T09:00:00Z", "resident" + i + "@example.org", null);
            Map<String, String> answers = new HashMap<>();
            answers.put("SEX", i <= 10 ? "FEMALE" : "MALE");
            if (i <= 3) {
                answers.put("DISABILITY", "DISABLED");
            } else if (i <= 6) {
                answers.put("DISABILITY", "PREFER_NOT_TO_SAY");
            }
            ok(admin.put("/api/v1/residents/" + resident + "/equality", Map.of("answers", answers)));
            if (i == 1) {
                firstResident = resident;
            }
        }
        complaint("2026-06-01T09:00:00Z", null, firstResident);
        String earlier = complaint("2026-03-02T09:00:00Z", "earlier@example.org", null);
        ok(admin.put("/api/v1/residents/" + earlier + "/equality", Map.of("answers", Map.of("SEX", "FEMALE"))));
        Api.Response never =
                admin.post("/api/v1/residents", Map.of("name", "Never Complained", "email", "never@example.org"));
        assertThat(never.status()).as(never.toString()).isEqualTo(201);
        ok(admin.put(
                "/api/v1/residents/" + never.json().get("id").asString() + "/equality",
                Map.of("answers", Map.of("SEX", "FEMALE"))));
    }

    @Test
    void theComparisonIsAsWorkedByHand() {
        JsonNode report = ok(admin.get("/api/v1/reports/equality?" + PERIOD));

        assertThat(report.get("reportingYear").asString()).isEqualTo("2026-27");
        assertThat(report.get("complainants").asLong()).isEqualTo(40);
        JsonNode sex = characteristic(report, "SEX");
        assertThat(sex.get("answered").asLong()).isEqualTo(40);
        assertThat(sex.get("tenants").asLong()).isEqualTo(1000);
        JsonNode female = group(sex, "FEMALE");
        assertThat(female.get("complainants").asLong()).isEqualTo(10);
        assertThat(female.get("complainantShare").decimalValue()).isEqualByComparingTo("25.0");
        assertThat(female.get("tenantShare").decimalValue()).isEqualByComparingTo("60.0");
        assertThat(female.get("difference").decimalValue()).isEqualByComparingTo("-35.0");
        assertThat(female.get("assessment").asString()).isEqualTo("UNDER_REPRESENTED");
        assertThat(group(sex, "MALE").get("assessment").asString()).isEqualTo("OVER_REPRESENTED");
        assertThat(sex.get("conclusion").asString()).endsWith("may face barriers to complaining: Female.");

        JsonNode disability = characteristic(report, "DISABILITY");
        assertThat(disability.get("answered").isNull()).isTrue();
        assertThat(disability.get("preferNotToSay").isNull()).isTrue();
        JsonNode disabled = group(disability, "DISABLED");
        assertThat(disabled.get("suppressed").asBoolean()).isTrue();
        assertThat(disabled.get("complainants").isNull()).isTrue();
        assertThat(disabled.get("assessment").asString()).isEqualTo("TOO_FEW_TO_CONCLUDE");
        assertThat(disability.get("conclusion").asString()).startsWith("Fewer than 5 complainants");

        JsonNode age = characteristic(report, "AGE_BAND");
        assertThat(age.get("notRecorded").asLong()).isEqualTo(40);
        assertThat(age.get("tenants").isNull()).isTrue();
        assertThat(group(age, "AGE_16_TO_24").get("assessment").asString()).isEqualTo("NO_TENANT_FIGURES");

        // Before the period only the earlier complainant counts: one answer, hidden.
        JsonNode before = ok(admin.get("/api/v1/reports/equality?from=2025-04-01&to=2026-03-31"));
        assertThat(before.get("complainants").asLong()).isEqualTo(1);
        assertThat(before.get("tenantProfileSupplied").asBoolean()).isFalse();
    }

    @Test
    void theComparisonDownloadsAsCsvWithSmallCountsHidden() {
        Api.Binary csv = admin.download("/api/v1/reports/equality/export?format=CSV&" + PERIOD);

        assertThat(csv.status()).isEqualTo(200);
        String text = new String(csv.bytes(), StandardCharsets.UTF_8);
        assertThat(text)
                .contains("Sex,Female,10,25.0,600,60.0,-35.0,Fewer complainants than expected: may face barriers")
                .contains(
                        "Disability,Disabled under the Equality Act 2010,fewer than 5,,250,25.0,,Too few to conclude");
    }

    @Test
    void answersAndProfilesAreCheckedAndGovernanceOnlyReads() {
        assertThat(admin.put(
                                "/api/v1/residents/" + firstResident + "/equality",
                                Map.of("answers", Map.of("SEX", "DISABLED")))
                        .status())
                .isEqualTo(400);
        assertThat(admin.put(
                                "/api/v1/residents/" + firstResident + "/equality",
                                Map.of("answers", Map.of("SHOE_SIZE", "TEN")))
                        .status())
                .isEqualTo(400);
        JsonNode answers = ok(admin.get("/api/v1/residents/" + firstResident + "/equality"));
        assertThat(answers.get("answers").get("SEX").asString()).isEqualTo("FEMALE");
        assertThat(answers.get("answers").get("DISABILITY").asString()).isEqualTo("DISABLED");
        assertThat(answers.get("recordedBy").asString()).isEqualTo("admin");
        assertThat(admin.put(
                                "/api/v1/reports/equality/population/2026-27",
                                Map.of("counts", Map.of("SEX", Map.of("DISABLED", 5))))
                        .status())
                .isEqualTo(400);
        assertThat(admin.get("/api/v1/reports/equality/population/2026-2027").status())
                .isEqualTo(400);
        assertThat(admin.get("/api/v1/reports/equality?from=1990-04-01&to=1991-03-31")
                        .status())
                .isEqualTo(400);
        JsonNode profile = ok(admin.get("/api/v1/reports/equality/population/2026-27"));
        assertThat(profile.get("counts").get("SEX").get("FEMALE").asLong()).isEqualTo(600);

        Api board = Api.at(port).as(token("equality-board", "GOVERNANCE"));
        assertThat(board.get("/api/v1/reports/equality?" + PERIOD).status()).isEqualTo(200);
        assertThat(board.put("/api/v1/reports/equality/population/2026-27", Map.of("counts", Map.of()))
                        .status())
                .isEqualTo(403);
        assertThat(board.get("/api/v1/residents/" + firstResident + "/equality").status())
                .isEqualTo(403);
    }

    @Test
    void thePagesShowTheComparisonAndTakeTheProfileAndAnswers() {
        StaffWeb web = StaffWeb.signedIn(port, "admin", Api.ADMIN_PASSWORD);

        StaffWeb.Page page = web.get("/staff/reports/equality?" + PERIOD);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text())
                .contains("40 residents complained in the period")
                .contains("Female 10 25.0% 600 60.0% -35.0 Fewer complainants than expected: may face barriers")
                .contains("Disabled under the Equality Act 2010 fewer than 5")
                .contains("No tenant figures for age");

        StaffWeb.Page form = web.get("/staff/reports/equality/population?year=2027-28");
        assertThat(form.status()).isEqualTo(200);
        StaffWeb.Page refused = web.post(
                "/staff/reports/equality/population",
                Map.of("year", "2027-28", "SEX-FEMALE", "lots", "SEX-MALE", "400"),
                form);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("govuk-error-summary", "href=\"#SEX-FEMALE\"");
        assertThat(inputValue(refused, "SEX-MALE")).isEqualTo("400");
        StaffWeb.Page saved = web.post(
                "/staff/reports/equality/population",
                Map.of("year", "2027-28", "SEX-FEMALE", "1,200", "SEX-MALE", "800"),
                form);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(302);
        JsonNode profile = ok(admin.get("/api/v1/reports/equality/population/2027-28"));
        assertThat(profile.get("counts").get("SEX").get("FEMALE").asLong()).isEqualTo(1200);

        String resident = complaint("2026-07-01T09:00:00Z", "page.resident@example.org", null);
        StaffWeb.Page answersForm = web.get("/residents/" + resident + "/equality");
        assertThat(answersForm.status()).isEqualTo(200);
        assertThat(answersForm.text()).contains("Prefer not to say", "Not asked or not answered");
        StaffWeb.Page answered = web.post(
                "/residents/" + resident + "/equality",
                Map.of("SEX", "PREFER_NOT_TO_SAY", "AGE_BAND", "AGE_35_TO_44", "DISABILITY", ""),
                answersForm);
        assertThat(answered.status()).as(answered.toString()).isEqualTo(302);
        JsonNode answers = ok(admin.get("/api/v1/residents/" + resident + "/equality"));
        assertThat(answers.get("answers").get("SEX").asString()).isEqualTo("PREFER_NOT_TO_SAY");
        assertThat(answers.get("answers").has("DISABILITY")).isFalse();
        assertThat(web.post("/residents/" + resident + "/equality", Map.of("SEX", "ROBOT"), answersForm)
                        .status())
                .isEqualTo(400);
        assertThat(web.get("/residents/" + resident).text()).contains("Equality monitoring");
    }

    private static JsonNode characteristic(JsonNode report, String name) {
        for (JsonNode characteristic : report.get("characteristics")) {
            if (characteristic.get("characteristic").asString().equals(name)) {
                return characteristic;
            }
        }
        throw new AssertionError("No characteristic " + name);
    }

    private static JsonNode group(JsonNode characteristic, String code) {
        for (JsonNode group : characteristic.get("groups")) {
            if (group.get("group").asString().equals(code)) {
                return group;
            }
        }
        throw new AssertionError("No group " + code);
    }

    /** A complaint received at {@code at}, from a new resident (by email) or a known one; the resident's id. */
    private String complaint(
            String at,
            @org.jspecify.annotations.Nullable String email,
            @org.jspecify.annotations.Nullable String residentId) {
        Map<String, Object> body = new HashMap<>();
        body.put("receivedAt", at);
        body.put("channel", "PHONE");
        if (residentId != null) {
            body.put("residentId", residentId);
        } else {
            body.put("resident", Map.of("name", "Resident " + email, "email", java.util.Objects.requireNonNull(email)));
        }
        body.put("description", "The repair was not done.");
        Api.Response response = admin.post("/api/v1/complaints", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("resident").get("id").asString();
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
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
                            List.of(role)));
        }
        return admin.post("/api/v1/staff/" + username + "/tokens", Map.of())
                .json()
                .get("token")
                .asString();
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
