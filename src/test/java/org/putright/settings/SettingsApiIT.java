package org.putright.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.putright.testing.Api;
import org.putright.testing.PutrightIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;

// Settings are one row per landlord, so these tests get a database of their own and run in order.
@PutrightIntegrationTest
@DirtiesContext
class SettingsApiIT {

    @LocalServerPort
    int port;

    @Test
    void aNewLandlordFollowsHos2024InEnglandAndWalesWithTheOmbudsmansDetails() {
        JsonNode settings = Api.at(port).asAdmin().get("/api/v1/settings").json();

        assertThat(settings.get("codeEdition").asString()).isEqualTo("HOS-2024");
        assertThat(settings.get("division").asString()).isEqualTo("ENGLAND_AND_WALES");
        assertThat(settings.get("ombudsmanContact").asString())
                .isEqualTo(LandlordSettings.DEFAULT_OMBUDSMAN_CONTACT)
                .contains("0300 111 3000", "www.housing-ombudsman.org.uk");
    }

    @Test
    void anAdministratorChangesSomeSettingsAndKeepsTheRest() {
        Api admin = Api.at(port).asAdmin();
        long version = admin.get("/api/v1/settings").json().get("version").asLong();

        Api.Response changed = admin.header("If-Match", "\"" + version + "\"")
                .put(
                        "/api/v1/settings",
                        Map.of(
                                "name",
                                "Riverside Homes",
                                "homesByReportingYear",
                                List.of(
                                        Map.of("reportingYear", "2024-25", "homes", 5000),
                                        Map.of("reportingYear", "2025-26", "homes", 5100))));

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("name").asString()).isEqualTo("Riverside Homes");
        assertThat(changed.json().get("codeEdition").asString()).isEqualTo("HOS-2024");
        assertThat(changed.json().get("homesByReportingYear").findValuesAsString("reportingYear"))
                .containsExactly("2024-25", "2025-26");
        assertThat(changed.json().get("updatedBy").asString()).isEqualTo("admin");
        assertThat(changed.header("ETag")).isEqualTo("\"" + (version + 1) + "\"");

        Api.Response stale =
                admin.header("If-Match", "\"" + version + "\"").put("/api/v1/settings", Map.of("name", "X"));
        assertThat(stale.status()).isEqualTo(412);
    }

    @Test
    void changingTheDivisionChangesTheWorkingDays() {
        Api admin = Api.at(port).asAdmin();
        // 30 November 2026 is St Andrew's Day, a bank holiday in Scotland only.
        assertThat(deadline(admin)).isEqualTo("2026-11-30");

        Api.Response changed = admin.put("/api/v1/settings", Map.of("division", "SCOTLAND"));

        assertThat(changed.json().get("division").asString()).isEqualTo("SCOTLAND");
        assertThat(deadline(admin)).isEqualTo("2026-12-01");
        admin.put("/api/v1/settings", Map.of("division", "ENGLAND_AND_WALES"));
        assertThat(deadline(admin)).isEqualTo("2026-11-30");
    }

    @Test
    void theLandlordCanFollowThe2022Edition() {
        Api admin = Api.at(port).asAdmin();

        Api.Response changed = admin.put("/api/v1/settings", Map.of("codeEdition", "HOS-2022"));

        assertThat(changed.json().get("codeEdition").asString()).isEqualTo("HOS-2022");
        admin.put("/api/v1/settings", Map.of("codeEdition", "HOS-2024"));
    }

    @Test
    void badSettingsAreRefusedFieldByField() {
        Api.Response response = Api.at(port)
                .asAdmin()
                .put(
                        "/api/v1/settings",
                        Map.of(
                                "name", "",
                                "codeEdition", "HOS-1999",
                                "primaryColour", "red",
                                "homesByReportingYear", List.of(Map.of("reportingYear", "2024-26", "homes", 10))));
        Api.Response division = Api.at(port).asAdmin().put("/api/v1/settings", Map.of("division", "WALES"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("field"))
                .contains("homesByReportingYear[0].reportingYear");
        assertThat(division.status()).isEqualTo(400);
        Api.Response semantic = Api.at(port)
                .asAdmin()
                .put("/api/v1/settings", Map.of("name", "", "codeEdition", "HOS-1999", "primaryColour", "red"));
        assertThat(semantic.json().get("errors").findValuesAsString("field"))
                .contains("name", "codeEdition", "primaryColour");
    }

    @Test
    void onlyAnAdministratorChangesSettings() {
        Api admin = Api.at(port).asAdmin();
        admin.post(
                "/api/v1/staff",
                Map.of("username", "settings-mgr", "name", "M", "email", "m@example.org", "roles", List.of("MANAGER")));
        String token = admin.post("/api/v1/staff/settings-mgr/tokens", Map.of())
                .json()
                .get("token")
                .asString();

        assertThat(Api.at(port).as(token).get("/api/v1/settings").status()).isEqualTo(403);
        assertThat(Api.at(port)
                        .as(token)
                        .put("/api/v1/settings", Map.of("name", "Mine"))
                        .status())
                .isEqualTo(403);
    }

    private static String deadline(Api api) {
        return api.get("/api/v1/calendar/deadline?from=2026-11-27&workingDays=1")
                .json()
                .get("deadline")
                .asString();
    }
}
