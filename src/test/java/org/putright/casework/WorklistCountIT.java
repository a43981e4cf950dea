package org.putright.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.putright.testing.Api;
import org.putright.testing.PutrightIntegrationTest;
import org.putright.testing.StaffWeb;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A worklist counts its matches only so far (here 30, in production 10,000), so that the first
 * page of a million complaints does not wait for a million to be counted: beyond that the API says
 * the total is not exact and the page says "more than", with a next page but no last one.
 */
@PutrightIntegrationTest
@TestPropertySource(properties = {"putright.test.database=worklist-count", "putright.worklist.counted-up-to=30"})
class WorklistCountIT {

    private static final String PASSWORD = "a long worklist test password";

    @LocalServerPort
    int port;

    @Test
    void countingStopsAtTheCapUnlessThePageAskedForIsFurther() {
        Api admin = Api.at(port).asAdmin();
        for (int number = 0; number < 40; number++) {
            Api.Response received = admin.post(
                    "/api/v1/complaints",
                    Map.of(
                            "receivedAt",
                            "2026-11-19T10:00:00Z",
                            "channel",
                            "PHONE",
                            "resident",
                            Map.of(
                                    "name",
                                    "Count Ing",
                                    "email",
                                    "count@example.org",
                                    "tenancyReference",
                                    "T-C-" + number),
                            "description",
                            "The lift has been broken for a week."));
            assertThat(received.status()).as(received.toString()).isEqualTo(201);
        }

        JsonNode first = admin.get("/api/v1/complaints?size=10").json();
        assertThat(first.get("items").size()).isEqualTo(10);
        assertThat(first.get("total").asLong()).isEqualTo(30);
        assertThat(first.get("totalExact").asBoolean()).isFalse();
        JsonNode fourth = admin.get("/api/v1/complaints?size=10&page=3").json();
        assertThat(fourth.get("items").size()).isEqualTo(10);
        assertThat(fourth.get("total").asLong()).isEqualTo(40);
        assertThat(fourth.get("totalExact").asBoolean()).isTrue();
        JsonNode filtered =
                admin.get("/api/v1/complaints?size=10&status=CLOSED").json();
        assertThat(filtered.get("total").asLong()).isZero();
        assertThat(filtered.get("totalExact").asBoolean()).isTrue();

        Api.Response added = admin.post(
                "/api/v1/staff",
                Map.of(
                        "username", "count-hana",
                        "name", "Hana",
                        "email", "count-hana@example.org",
                        "roles", List.of("HANDLER"),
                        "password", PASSWORD));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        StaffWeb hana = StaffWeb.signedIn(port, "count-hana", PASSWORD);
        StaffWeb.Page page = hana.get("/cases");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("More than 30 cases", "1 2 ⋯ Next page");
        StaffWeb.Page last = hana.get("/cases?page=2");
        assertThat(last.text()).contains("40 cases", "Previous page 1 2").doesNotContain("Next page");
    }
}
