package org.putright.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.putright.testing.Api;
import org.putright.testing.PutrightIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@PutrightIntegrationTest
class StaffApiIT {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void connect() {
        api = Api.at(port);
    }

    @Test
    void bootstrapTokenActsAsTheAdministrator() {
        Api.Response me = api.asAdmin().get("/api/v1/staff/me");

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("username").asString()).isEqualTo("admin");
        assertThat(me.json().get("roles").toString()).contains("ADMIN");
        assertThat(me.json().get("compensationLimit").isNull())
                .as("the bootstrap administrator has no compensation limit")
                .isTrue();
        assertThat(me.header("Set-Cookie")).as("the API keeps no session").isEmpty();
    }

    @Test
    void administratorAddsStaffWhoAreListedAndFetched() {
        Api.Response created = api.asAdmin()
                .post(
                        "/api/v1/staff",
                        Map.of(
                                "username", "jsmith",
                                "name", "Jo Smith",
                                "email", "jo.smith@example.org",
                                "roles", List.of("HANDLER"),
                                "compensationLimit", "100.00"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/staff/jsmith");
        assertThat(created.json().get("compensationLimit").asString()).isEqualTo("100.00");
        assertThat(api.asAdmin().get("/api/v1/staff/jsmith").json().get("name").asString())
                .isEqualTo("Jo Smith");
        assertThat(api.asAdmin().get("/api/v1/staff").json().findValuesAsString("username"))
                .contains("admin", "jsmith");
    }

    @Test
    void aDuplicateUsernameIsAConflict() {
        addStaff("dupe", "HANDLER");

        Api.Response again = api.asAdmin()
                .post(
                        "/api/v1/staff",
                        Map.of(
                                "username",
                                "dupe",
                                "name",
                                "Again",
                                "email",
                                "a@example.org",
                                "roles",
                                List.of("HANDLER")));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
    }

    @Test
    void staffUseTheirOwnTokenAndCanRevokeIt() {
        addStaff("tokenholder", "HANDLER");
        Api.Response issued =
                api.asAdmin().post("/api/v1/staff/tokenholder/tokens", Map.of("label", "laptop", "expiresInDays", 30));
        assertThat(issued.status()).isEqualTo(201);
        String secret = issued.json().get("token").asString();
        assertThat(secret).startsWith("prt_");

        Api holder = api.as(secret);
        assertThat(holder.get("/api/v1/staff/me").json().get("username").asString())
                .isEqualTo("tokenholder");
        JsonNode listed = holder.get("/api/v1/staff/tokenholder/tokens").json();
        assertThat(listed.toString()).doesNotContain(secret).contains("laptop");

        String id = issued.json().get("id").asString();
        assertThat(holder.delete("/api/v1/staff/tokenholder/tokens/" + id).status())
                .isEqualTo(204);
        Api.Response after = holder.get("/api/v1/staff/me");
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.contentType()).startsWith("application/problem+json");
    }

    @Test
    void missingOrWrongCredentialsAre401Problems() {
        Api.Response none = api.get("/api/v1/staff");
        Api.Response wrong = api.as("prt_not-a-token").get("/api/v1/staff");

        for (Api.Response response : List.of(none, wrong)) {
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("status").asInt()).isEqualTo(401);
            assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
            assertThat(response.header("Set-Cookie"))
                    .as("the API keeps no session")
                    .isEmpty();
        }
    }

    @Test
    void aHandlerMayNotAddStaffOrUseSomeoneElsesTokens() {
        String handler = tokenFor(addStaff("handler1", "HANDLER"));

        Api.Response add = api.as(handler)
                .post(
                        "/api/v1/staff",
                        Map.of("username", "sneaky", "name", "S", "email", "s@example.org", "roles", List.of("ADMIN")));
        Api.Response othersTokens = api.as(handler).post("/api/v1/staff/admin/tokens", Map.of());

        assertThat(add.status()).isEqualTo(403);
        assertThat(add.contentType()).startsWith("application/problem+json");
        assertThat(othersTokens.status()).isEqualTo(403);
    }

    @Test
    void invalidStaffDetailsAreListedFieldByField() {
        Api.Response response = api.asAdmin()
                .post(
                        "/api/v1/staff",
                        Map.of(
                                "username",
                                "Not Valid!",
                                "name",
                                "",
                                "email",
                                "not-an-email",
                                "roles",
                                List.of(),
                                "compensationLimit",
                                "lots"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("field"))
                .contains("name", "email", "roles", "compensationLimit");
    }

    @Test
    void anUnknownRoleOrMalformedJsonIsA400Problem() {
        Api.Response unknownRole = api.asAdmin()
                .post(
                        "/api/v1/staff",
                        Map.of("username", "x1", "name", "X", "email", "x@example.org", "roles", List.of("KING")));
        Api.Response malformed = api.asAdmin().sendRaw("POST", "/api/v1/staff", "application/json", "{\"username\": ");

        assertThat(unknownRole.status()).isEqualTo(400);
        assertThat(unknownRole.json().get("errors").findValuesAsString("field")).anyMatch(f -> f.startsWith("roles"));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aWeakPasswordIsRefusedWithTheReason() {
        addStaff("pwuser", "HANDLER");

        Api.Response response = api.asAdmin().put("/api/v1/staff/pwuser/password", Map.of("password", "short"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("password");
        assertThat(api.asAdmin()
                        .put("/api/v1/staff/pwuser/password", Map.of("password", "plum orchard lantern river"))
                        .status())
                .isEqualTo(204);
    }

    @Test
    void aStaleVersionIsRefusedWith412() {
        addStaff("versioned", "HANDLER");
        Map<String, Object> change =
                Map.of("name", "Renamed", "email", "v@example.org", "roles", List.of("MANAGER"), "enabled", true);

        Api.Response first = api.asAdmin().header("If-Match", "\"0\"").put("/api/v1/staff/versioned", change);
        Api.Response stale = api.asAdmin().header("If-Match", "\"0\"").put("/api/v1/staff/versioned", change);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("roles").toString()).contains("MANAGER");
        assertThat(stale.status()).isEqualTo(412);
    }

    @Test
    void theLastAdministratorCannotBeDemotedOrDisabled() {
        Api.Response demoted = api.asAdmin()
                .put(
                        "/api/v1/staff/admin",
                        Map.of(
                                "name",
                                "Administrator",
                                "email",
                                "admin@localhost",
                                "roles",
                                List.of("MANAGER"),
                                "enabled",
                                true));

        assertThat(demoted.status()).isEqualTo(409);
        assertThat(demoted.json().get("type").asString()).endsWith("/problems/last-administrator");
        assertThat(api.asAdmin().get("/api/v1/staff/me").json().get("roles").toString())
                .contains("ADMIN");
    }

    @Test
    void editingSomeoneWithoutMentioningTheirLimitKeepsIt() {
        Api.Response edited = api.asAdmin()
                .header("If-Match", "*")
                .put(
                        "/api/v1/staff/admin",
                        Map.of(
                                "name",
                                "The Administrator",
                                "email",
                                "admin@localhost",
                                "roles",
                                List.of("ADMIN"),
                                "enabled",
                                true));

        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.json().get("compensationLimit").isNull())
                .as("still no limit")
                .isTrue();
    }

    @Test
    void whoChangesTheirOwnDetailsIsAnsweredWithTheChange() {
        long before =
                api.asAdmin().get("/api/v1/staff/me").json().get("version").asLong();
        String name = "Administrator " + System.nanoTime();

        Api.Response edited = api.asAdmin()
                .header("If-Match", "*")
                .put(
                        "/api/v1/staff/admin",
                        Map.of("name", name, "email", "admin@localhost", "roles", List.of("ADMIN"), "enabled", true));

        // The caller was read once when their token was checked; after the change they are read again.
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.json().get("name").asString()).isEqualTo(name);
        assertThat(edited.json().get("version").asLong()).isEqualTo(before + 1);
        assertThat(api.asAdmin().get("/api/v1/staff/me").json().get("name").asString())
                .isEqualTo(name);
    }

    @Test
    void changingYourOwnPasswordNeedsTheCurrentOne() {
        addStaff("selfpw", "HANDLER");
        api.asAdmin().put("/api/v1/staff/selfpw/password", Map.of("password", "first orchard lantern river"));
        Api self = api.as(tokenFor("selfpw"));

        Api.Response withoutCurrent =
                self.put("/api/v1/staff/selfpw/password", Map.of("password", "second orchard lantern river"));
        Api.Response withCurrent = self.put(
                "/api/v1/staff/selfpw/password",
                Map.of("password", "second orchard lantern river", "currentPassword", "first orchard lantern river"));

        assertThat(withoutCurrent.status()).isEqualTo(400);
        assertThat(withoutCurrent.json().get("errors").get(0).get("field").asString())
                .isEqualTo("currentPassword");
        assertThat(withCurrent.status()).isEqualTo(204);
    }

    @Test
    void aMisspeltFieldIsRefusedRatherThanIgnored() {
        Api.Response response = api.asAdmin()
                .post(
                        "/api/v1/staff",
                        Map.of(
                                "username",
                                "typo",
                                "name",
                                "T",
                                "email",
                                "t@example.org",
                                "roles",
                                List.of("HANDLER"),
                                "compensationLimt",
                                "10.00"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("compensationLimt");
    }

    private String addStaff(String username, String role) {
        Api.Response response = api.asAdmin()
                .post(
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
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return username;
    }

    private String tokenFor(String username) {
        return api.asAdmin()
                .post("/api/v1/staff/" + username + "/tokens", Map.of())
                .json()
                .get("token")
                .asString();
    }
}
