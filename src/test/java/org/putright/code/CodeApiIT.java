package org.putright.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.putright.testing.Api;
import org.putright.testing.PutrightIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@PutrightIntegrationTest
class CodeApiIT {

    @LocalServerPort
    int port;

    @Test
    void listsBothEditions() {
        JsonNode editions = Api.at(port).asAdmin().get("/api/v1/code/editions").json();

        assertThat(editions.findValuesAsString("id")).containsExactly("HOS-2024", "HOS-2022");
        assertThat(editions.get(0).get("href").asString()).isEqualTo("/api/v1/code/editions/HOS-2024");
    }

    @Test
    void servesThe2024EditionWithEveryProvisionAndItsTimescales() {
        Api.Response response = Api.at(port).asAdmin().get("/api/v1/code/editions/HOS-2024");

        assertThat(response.status()).isEqualTo(200);
        JsonNode edition = response.json();
        assertThat(edition.get("attribution").asString()).contains("Open Government Licence");
        assertThat(edition.get("sections")).hasSize(9);
        assertThat(edition.findValuesAsString("number")).contains("1.2", "6.13", "9.8");
        JsonNode stage1 = edition.get("timescales").get("stage1");
        assertThat(stage1.get("acknowledge").get("workingDays").asInt()).isEqualTo(5);
        assertThat(stage1.get("respond").get("workingDays").asInt()).isEqualTo(10);
        assertThat(stage1.get("respond").get("from").asString()).isEqualTo("ACKNOWLEDGEMENT");
        assertThat(edition.get("timescales")
                        .get("stage2")
                        .get("extensionCap")
                        .get("workingDays")
                        .asInt())
                .isEqualTo(20);
    }

    @Test
    void servesThe2022EditionWithMustAndShould() {
        JsonNode edition =
                Api.at(port).asAdmin().get("/api/v1/code/editions/HOS-2022").json();

        assertThat(edition.findValuesAsString("obligation"))
                .contains("MUST", "SHOULD")
                .doesNotContainNull();
    }

    @Test
    void anUnknownEditionIsA404AndAMalformedOneA400() {
        Api.Response unknown = Api.at(port).asAdmin().get("/api/v1/code/editions/HOS-1999");
        Api.Response malformed = Api.at(port).asAdmin().get("/api/v1/code/editions/not-an-edition");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
    }

    @Test
    void listsTheRulesPutrightEnforcesWithTheirProvisions() {
        JsonNode rules = Api.at(port).asAdmin().get("/api/v1/code/rules").json();

        assertThat(rules.findValuesAsString("slug"))
                .contains("extension-after-deadline", "stage-two-handler-not-independent");
        for (JsonNode rule : rules) {
            if (rule.get("slug").asString().equals("stage-two-handler-not-independent")) {
                assertThat(rule.get("provision").asString()).isEqualTo("6.13");
            }
        }
    }
}
