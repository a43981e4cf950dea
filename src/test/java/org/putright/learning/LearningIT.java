package org.putright.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.putright.testing.Api;
import org.putright.testing.PutrightIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Lessons and service improvements through the API (9.1-9.3), and the public "you said, we did"
 * list, which shows what changed and nothing about who complained.
 */
@PutrightIntegrationTest
class LearningIT {

    @LocalServerPort
    int port;

    @Test
    void aLessonLinkedToComplaintsBecomesAnImprovementResidentsCanRead() {
        Api admin = Api.at(port).asAdmin();
        Map<String, Object> complaint = new HashMap<>();
        complaint.put("receivedAt", "2024-09-02T10:00:00+01:00");
        complaint.put("channel", "PHONE");
        complaint.put("resident", Map.of("name", "Private Person", "email", "private@example.org"));
        complaint.put("description", "Nobody told me when the repair would happen.");
        String reference = admin.post("/api/v1/complaints", complaint)
                .json()
                .get("reference")
                .asString();

        Map<String, Object> lesson = new HashMap<>();
        lesson.put("lesson", "Residents were not told repair dates");
        lesson.put("youSaid", "You said you did not know when repairs would happen");
        lesson.put("improvement", "We now text the repair date the day it is booked");
        lesson.put("category", "REPAIRS");
        lesson.put("owner", "admin");
        lesson.put("status", "PROPOSED");
        lesson.put("complaints", List.of(reference));
        Api.Response recorded = admin.post("/api/v1/lessons", lesson);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        JsonNode body = recorded.json();
        String id = body.get("id").asString();
        assertThat(body.get("complaints").get(0).asString()).isEqualTo(reference);
        assertThat(body.get("status").asString()).isEqualTo("PROPOSED");

        Api anyone = Api.at(port).header("Accept", "text/html");
        assertThat(anyone.get("/you-said-we-did").body()).doesNotContain("We now text the repair date");

        lesson.put("status", "DONE");
        Api.Response noDate = admin.put("/api/v1/lessons/" + id, lesson);
        assertThat(noDate.status()).isEqualTo(400);
        assertThat(noDate.body()).contains("madeOn");
        lesson.put("madeOn", "2024-10-01");
        assertThat(admin.header("If-Match", "\"7\"")
                        .put("/api/v1/lessons/" + id, lesson)
                        .status())
                .isEqualTo(412);
        Api.Response done = admin.header("If-Match", "\"0\"").put("/api/v1/lessons/" + id, lesson);
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.json().get("version").asLong()).isEqualTo(1);

        lesson.put("status", "IN_PROGRESS");
        lesson.remove("madeOn");
        assertThat(admin.put("/api/v1/lessons/" + id, lesson).status()).isEqualTo(400);

        Api.Response page = anyone.get("/you-said-we-did");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "You said you did not know when repairs would happen",
                        "We now text the repair date",
                        "1 October 2024")
                .doesNotContain(reference, "Private Person", "admin");
        assertThat(admin.get("/api/v1/lessons?status=DONE").json().findValuesAsString("id"))
                .contains(id);
    }

    @Test
    void refusesUnknownComplaintsAndOwnersAndOutsiders() {
        Api admin = Api.at(port).asAdmin();
        Map<String, Object> lesson = new HashMap<>();
        lesson.put("lesson", "A lesson");
        lesson.put("youSaid", "You said");
        lesson.put("improvement", "We did");
        lesson.put("owner", "nobody-here");
        lesson.put("status", "PROPOSED");
        lesson.put("complaints", List.of("CMP-2099-999999", "not a reference"));

        Api.Response refused = admin.post("/api/v1/lessons", lesson);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field")).contains("owner", "complaints");
        assertThat(Api.at(port).get("/api/v1/lessons").status()).isEqualTo(401);
        assertThat(admin.get("/api/v1/lessons/" + java.util.UUID.randomUUID()).status())
                .isEqualTo(404);
    }
}
