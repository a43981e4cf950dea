package org.putright.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.putright.complaint.Status;
import org.putright.testing.Api;
import org.putright.testing.PutrightIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The run command's demo landlord, started on an empty database of each engine (at a fifth of the
 * default size, to keep the build quick): complaints in every status, read over the API as staff
 * would, and nothing added by a second start.
 */
@PutrightIntegrationTest
@TestPropertySource(properties = {"putright.demo=true", "putright.demo.complaints-per-year=40"})
class DemoLandlordIT {

    @LocalServerPort
    int port;

    @Autowired
    DemoLandlord landlord;

    @Autowired
    DemoComplaints complaints;

    Api admin;

    @BeforeEach
    void connect() {
        admin = Api.at(port).asAdmin();
    }

    @Test
    void startsWithComplaintsInEveryStatus() {
        for (Status status : Status.values()) {
            Api.Response page = admin.get("/api/v1/complaints?status=" + status + "&size=1");

            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            assertThat(page.json().get("total").asLong()).as(status.name()).isPositive();
        }
    }

    @Test
    void theRecordsShowExtensionsFinalResponsesRemediesAwaitingApprovalAndOutstandingActions() {
        List<JsonNode> all = new ArrayList<>();
        for (String reference : references()) {
            Api.Response complaint = admin.get("/api/v1/complaints/" + reference);
            assertThat(complaint.status()).as(complaint.toString()).isEqualTo(200);
            all.add(complaint.json());
        }

        assertThat(all).hasSizeGreaterThanOrEqualTo(80);
        assertThat(all).anyMatch(c -> !c.get("extensions").isEmpty());
        assertThat(all).anyMatch(c -> has(c.get("extensions"), "goodReason", null));
        assertThat(all).anyMatch(c -> has(c.get("responses"), "stage", "2"));
        assertThat(all).anyMatch(c -> has(c.get("remedies"), "status", "AWAITING_APPROVAL"));
        assertThat(all).anyMatch(c -> !c.get("outstandingActions").isEmpty());
        assertThat(all).anyMatch(c -> !c.get("representative").isNull());
        assertThat(all).anyMatch(c -> !c.get("serviceRequestId").isNull());
        assertThat(all).anyMatch(c -> !c.get("refusal").isNull());
    }

    @Test
    void aSecondStartAddsNothing() throws Exception {
        long before = total();

        landlord.run(new DefaultApplicationArguments());

        assertThat(total()).isEqualTo(before);
        assertThat(complaints.ensure()).isEmpty();
    }

    private long total() {
        return admin.get("/api/v1/complaints?size=1").json().get("total").asLong();
    }

    private List<String> references() {
        List<String> references = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode found =
                    admin.get("/api/v1/complaints?size=100&page=" + page).json();
            found.get("items")
                    .forEach(item -> references.add(item.get("reference").asString()));
            if (found.get("items").isEmpty()
                    || references.size() >= found.get("total").asLong()) {
                return references;
            }
        }
    }

    /** Whether any element of {@code array} has {@code field} set: to {@code value}, or to anything when null. */
    private static boolean has(JsonNode array, String field, @org.jspecify.annotations.Nullable String value) {
        for (JsonNode element : array) {
            JsonNode found = element.get(field);
            if (found != null
                    && !found.isNull()
                    && (value == null || found.asString().equals(value))) {
                return true;
            }
        }
        return false;
    }
}
