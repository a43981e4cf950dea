package org.putright.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.putright.testing.Api;
import org.putright.testing.PutrightIntegrationTest;
import org.putright.testing.StaffWeb;
import org.putright.testing.WebRoutes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/** The audit log records sign-ins, sign-outs, tokens and administrative changes, for administrators only. */
@PutrightIntegrationTest
class AuditLogIT {

    private static final String PASSWORD = "a long audit test password";
    private static final AtomicInteger UNIQUE = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void signInsFailuresAndSignOutsAreRecordedWithTheAddress() {
        String username = staff("HANDLER");
        StaffWeb wrong = StaffWeb.from(port, "198.51.100.44");
        wrong.post("/login", Map.of("username", username, "password", "not the password"), wrong.get("/login"));
        StaffWeb web = StaffWeb.from(port, "198.51.100.45");
        web.post("/login", Map.of("username", username, "password", PASSWORD), web.get("/login"));
        web.post("/logout", Map.of(), web.get("/staff"));

        List<JsonNode> entries = entries("actor=" + username);
        assertThat(entries)
                .extracting(entry -> entry.path("action").asString())
                .containsExactly("SIGN_OUT", "SIGN_IN", "SIGN_IN_FAILED");
        assertThat(entries.get(2).path("address").asString()).isEqualTo("198.51.100.44");
        assertThat(entries.get(1).path("address").asString()).isEqualTo("198.51.100.45");
        assertThat(entries.get(0).path("at").asString()).isEqualTo("2026-11-23T12:00:00Z");
    }

    @Test
    void tokensStaffSettingsAndCalendarChangesAreRecordedWithWhoAndWhat() {
        Api admin = Api.at(port).asAdmin();
        String username = staff("HANDLER");
        JsonNode token = admin.post("/api/v1/staff/" + username + "/tokens", Map.of("label", "x"))
                .json();
        admin.delete("/api/v1/staff/" + username + "/tokens/" + token.path("id").asString());
        JsonNode member = admin.get("/api/v1/staff/" + username).json();
        admin.put(
                "/api/v1/staff/" + username,
                Map.of(
                        "name",
                        "Renamed",
                        "email",
                        username + "@example.org",
                        "roles",
                        List.of("MANAGER"),
                        "enabled",
                        true));
        admin.put("/api/v1/staff/" + username + "/password", Map.of("password", "another long passphrase here"));
        String name = admin.get("/api/v1/settings").json().path("name").asString();
        assertThat(admin.put("/api/v1/settings", Map.of("name", name)).status()).isEqualTo(200);
        assertThat(admin.post("/api/v1/calendar/closure-days", Map.of("date", "2035-06-06", "name", "Audit day"))
                        .status())
                .isEqualTo(201);
        assertThat(admin.delete("/api/v1/calendar/closure-days/2035-06-06").status())
                .isLessThan(300);
        assertThat(member.path("version").asInt()).isZero();

        List<JsonNode> entries = entries("actor=admin&size=200");
        List<String> seen = new ArrayList<>();
        entries.forEach(entry -> seen.add(
                entry.path("action").asString() + " " + entry.path("target").asString()));
        assertThat(seen)
                .contains(
                        "STAFF_ADDED " + username,
                        "TOKEN_ISSUED " + username,
                        "TOKEN_REVOKED " + username,
                        "STAFF_CHANGED " + username,
                        "PASSWORD_SET " + username,
                        "SETTINGS_CHANGED ",
                        "CALENDAR_CHANGED 2035-06-06");
        assertThat(seen.stream().filter("CALENDAR_CHANGED 2035-06-06"::equals))
                .as("the closure day added, and removed")
                .hasSize(2);
        assertThat(entries.stream()
                        .filter(entry -> entry.path("action").asString().equals("TOKEN_REVOKED")))
                .anySatisfy(entry -> assertThat(entry.path("detail").asString())
                        .isEqualTo("DELETE /api/v1/staff/" + username + "/tokens/"
                                + token.path("id").asString()));

        int before = entries("action=STAFF_CHANGED&size=200").size();
        assertThat(admin.put("/api/v1/staff/" + username, Map.of("name", "")).status())
                .isEqualTo(400);
        assertThat(entries("action=STAFF_CHANGED&size=200"))
                .as("a refused change changed nothing")
                .hasSize(before);
    }

    @Test
    void onlyAdministratorsReadTheLogByApiOrPage() {
        String handler = staff("HANDLER");
        String manager = staff("MANAGER");
        Api api = Api.at(port);
        for (String who : List.of(handler, manager)) {
            String secret = api.asAdmin()
                    .post("/api/v1/staff/" + who + "/tokens", Map.of())
                    .json()
                    .path("token")
                    .asString();
            Api.Response refused = api.as(secret).get("/api/v1/audit-log");
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(StaffWeb.signedIn(port, who, PASSWORD)
                            .get("/staff/audit-log")
                            .status())
                    .isEqualTo(403);
        }
        assertThat(api.get("/api/v1/audit-log").status()).isEqualTo(401);
        Api.Response tooBig = api.asAdmin().get("/api/v1/audit-log?size=100000");
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.contentType()).startsWith("application/problem+json");
        assertThat(api.asAdmin().get("/api/v1/audit-log?action=NOT_AN_ACTION").status())
                .isEqualTo(400);

        StaffWeb.Page page =
                StaffWeb.signedIn(port, "admin", Api.ADMIN_PASSWORD).get("/staff/audit-log?action=SIGN_IN");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Audit log", "Signed in", handler, manager);
    }

    @Test
    void everyChangingRouteInAnAdministrativeAreaIsAudited() {
        JsonNode document = Api.at(port).get("/api/v1/openapi.json").json();
        List<String> changing = new ArrayList<>();
        document.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(method -> {
                    String verb = method.getKey().toUpperCase(Locale.ROOT);
                    if (List.of("POST", "PUT", "PATCH", "DELETE").contains(verb)) {
                        changing.add(verb + " " + path.getKey());
                    }
                }));
        WebRoutes.forms(mappings).forEach(form -> changing.add(form.toString()));
        List<String> administrative = changing.stream()
                .filter(route -> AdministrativeRoute.AREAS.stream()
                        .anyMatch(
                                area -> route.substring(route.indexOf(' ') + 1).startsWith(area)))
                .toList();
        List<String> declared = AdministrativeRoute.ALL.stream()
                .map(route -> route.method() + " " + route.pattern())
                .toList();

        assertThat(declared).as("every administrative change has an audit row").containsAll(administrative);
        assertThat(changing).as("every audit row is a real route").containsAll(declared);
    }

    private List<JsonNode> entries(String query) {
        Api.Response response = Api.at(port).asAdmin().get("/api/v1/audit-log?" + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        response.json().path("items").forEach(items::add);
        return items;
    }

    private String staff(String role) {
        String username = "audit-" + role.toLowerCase(Locale.ROOT) + "-" + UNIQUE.incrementAndGet();
        Api.Response created = Api.at(port)
                .asAdmin()
                .post(
                        "/api/v1/staff",
                        Map.of(
                                "username",
                                username,
                                "name",
                                "Sam " + username,
                                "email",
                                username + "@example.org",
                                "roles",
                                List.of(role),
                                "password",
                                PASSWORD));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return username;
    }
}
