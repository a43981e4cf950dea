package org.putright.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.putright.testing.Api;
import org.putright.testing.OpenApiFixtures;
import org.putright.testing.OpenApiFixtures.Operation;
import org.putright.testing.PutrightIntegrationTest;
import org.putright.testing.StaffWeb;
import org.putright.testing.TestDatabase;
import org.putright.testing.WebRoutes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * Who may do what, checked against a declared table: every operation of the OpenAPI document and
 * every page and form of the controllers' mappings, as anonymous, HANDLER, MANAGER, GOVERNANCE and
 * ADMIN, and the resident portal as a resident signed in at /track for their own complaint and
 * another's. A route with no row fails the test, so a new endpoint or page cannot arrive without
 * someone deciding who may use it; a row with no route fails too, so the table stays true.
 *
 * <p>Each request is a valid one (see {@link OpenApiFixtures}), so a refusal is about who asks:
 * a caller the table allows must not get 401 or 403; one it does not must get 403 (401 anonymous,
 * or the sign-in page for a page).
 */
@PutrightIntegrationTest
class AuthorisationMatrixIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(0, "127.0.0.1", "smtp"))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    /** Who asks. */
    enum Caller {
        ANONYMOUS,
        HANDLER,
        MANAGER,
        GOVERNANCE,
        ADMIN
    }

    private static final Set<Caller> STAFF =
            EnumSet.of(Caller.HANDLER, Caller.MANAGER, Caller.GOVERNANCE, Caller.ADMIN);
    /** Reads casework: handlers (and managers, administrators) and governance. */
    private static final Set<Caller> READ = STAFF;
    /** Does casework: handlers, and the managers and administrators who hold the handler role. */
    private static final Set<Caller> WORK = EnumSet.of(Caller.HANDLER, Caller.MANAGER, Caller.ADMIN);
    /** The board's view: reports, self-assessments, Ombudsman cases, learning. */
    private static final Set<Caller> BOARD = EnumSet.of(Caller.MANAGER, Caller.GOVERNANCE, Caller.ADMIN);

    private static final Set<Caller> MANAGE = EnumSet.of(Caller.MANAGER, Caller.ADMIN);
    private static final Set<Caller> ADMIN = EnumSet.of(Caller.ADMIN);
    private static final Set<Caller> PUBLIC = EnumSet.allOf(Caller.class);
    /** Pages below /track/{reference}: no staff role opens them; only a resident who proved the reference. */
    private static final Set<Caller> RESIDENT = EnumSet.noneOf(Caller.class);

    /**
     * Every API operation. Routes naming {username} are someone else's account here (each role on
     * its own account is {@link #staffActOnTheirOwnAccountButOnlyAdministratorsOnSomeoneElses}).
     */
    private static final Map<String, Set<Caller>> API = new TreeMap<>();

    /** Every page (GET) and form (POST) of the controllers. */
    private static final Map<String, Set<Caller>> PAGES = new TreeMap<>();

    static {
        // Tamper evidence and personal data (ADR 11).
        api(READ, "GET /api/v1/complaints/{reference}/integrity");
        api(BOARD, "GET /api/v1/privacy/retention-policy");
        api(MANAGE, "GET /api/v1/residents/{id}/subject-access", "GET /api/v1/residents/{id}/erasure");
        api(
                ADMIN,
                "PUT /api/v1/privacy/retention-policy",
                "POST /api/v1/privacy/retention-runs",
                "GET /api/v1/privacy/audit",
                "POST /api/v1/residents/{id}/erasure");
        // The governing body's reports (ADR 7): the governing body, and managers above it, respond.
        api(
                BOARD,
                "GET /api/v1/reports/quarterly-pack",
                "GET /api/v1/reports/quarterly-pack/export",
                "GET /api/v1/reports/annual",
                "GET /api/v1/reports/annual/{year}",
                "GET /api/v1/reports/annual/{year}/export",
                "GET /api/v1/reports/ombudsman-reports",
                "POST /api/v1/reports/annual/{year}/response",
                "POST /api/v1/reports/annual/{year}/publication");
        api(MANAGE, "PUT /api/v1/reports/annual/{year}/commentary", "POST /api/v1/reports/ombudsman-reports");
        // Equality monitoring (ADR 8): answers are the handlers'; the report is the board's.
        api(WORK, "GET /api/v1/residents/{residentId}/equality", "PUT /api/v1/residents/{residentId}/equality");
        api(
                BOARD,
                "GET /api/v1/reports/equality",
                "GET /api/v1/reports/equality/export",
                "GET /api/v1/reports/equality/population/{reportingYear}",
                "GET /api/v1/reports/dashboard/overdue-follow-ups");
        api(MANAGE, "PUT /api/v1/reports/equality/population/{reportingYear}");
        page(WORK, "GET /residents/{id}/equality", "POST /residents/{id}/equality");
        page(
                BOARD,
                "GET /staff/reports/equality",
                "GET /staff/reports/equality/export",
                "GET /staff/reports/equality/population",
                "GET /staff/reports/dashboard/overdue-follow-ups",
                "GET /staff/reports/quarterly-pack",
                "GET /staff/reports/quarterly-pack/export",
                "GET /staff/reports/annual",
                "GET /staff/reports/annual/{year}",
                "GET /staff/reports/annual/{year}/export",
                "POST /staff/reports/annual/{year}/response",
                "POST /staff/reports/annual/{year}/publication");
        page(
                MANAGE,
                "POST /staff/reports/equality/population",
                "POST /staff/reports/annual/{year}/commentary",
                "POST /staff/reports/ombudsman-reports",
                "GET /staff/ombudsman-cases/new",
                "POST /staff/ombudsman-cases",
                "GET /staff/ombudsman-cases/{id}/evidence-request",
                "POST /staff/ombudsman-cases/{id}/evidence-request",
                "GET /staff/ombudsman-cases/{id}/evidence-requests/{requestId}/sent",
                "POST /staff/ombudsman-cases/{id}/evidence-requests/{requestId}/sent",
                "GET /staff/ombudsman-cases/{id}/determination",
                "POST /staff/ombudsman-cases/{id}/determination",
                "GET /staff/ombudsman-cases/{id}/failure-order",
                "POST /staff/ombudsman-cases/{id}/failure-order",
                "GET /staff/ombudsman-cases/{id}/orders/{orderId}/compliance",
                "POST /staff/ombudsman-cases/{id}/orders/{orderId}/compliance");
        api(READ, "GET /api/v1/actions", "GET /api/v1/remedies");
        api(WORK, "GET /api/v1/alerts", "POST /api/v1/alerts/{id}/dismissal");
        api(ADMIN, "GET /api/v1/audit-log");
        api(
                ADMIN,
                "POST /api/v1/imports",
                "GET /api/v1/imports",
                "GET /api/v1/imports/{id}",
                "GET /api/v1/imports/{id}/problems");
        api(STAFF, "GET /api/v1/calendar/deadline", "GET /api/v1/calendar/non-working-days");
        api(
                ADMIN,
                "POST /api/v1/calendar/closure-days",
                "DELETE /api/v1/calendar/closure-days/{date}",
                "POST /api/v1/calendar/bank-holidays",
                "DELETE /api/v1/calendar/bank-holidays/{date}");
        api(STAFF, "GET /api/v1/code/editions", "GET /api/v1/code/editions/{id}", "GET /api/v1/code/rules");
        api(
                READ,
                "GET /api/v1/complaints",
                "GET /api/v1/complaints/{reference}",
                "GET /api/v1/complaints/{reference}/letters");
        api(
                WORK,
                "POST /api/v1/complaints",
                "POST /api/v1/complaints/{reference}/acknowledgement",
                "POST /api/v1/complaints/{reference}/refusal",
                "POST /api/v1/complaints/{reference}/clarification",
                "POST /api/v1/complaints/{reference}/extension",
                "POST /api/v1/complaints/{reference}/update-interval",
                "POST /api/v1/complaints/{reference}/response",
                "POST /api/v1/complaints/{reference}/escalation",
                "POST /api/v1/complaints/{reference}/withdrawal",
                "POST /api/v1/complaints/{reference}/closure",
                "POST /api/v1/complaints/{reference}/correspondence",
                "POST /api/v1/complaints/{reference}/additional-issue",
                "POST /api/v1/complaints/{reference}/documents",
                "POST /api/v1/complaints/{reference}/remedies/{remedy}/completion",
                "POST /api/v1/complaints/{reference}/actions/{action}/updates",
                "POST /api/v1/complaints/{reference}/update-letter");
        api(MANAGE, "POST /api/v1/complaints/{reference}/remedies/{remedy}/approval");
        api(READ, "GET /api/v1/documents/{id}", "GET /api/v1/documents/{id}/metadata", "GET /api/v1/letters/{id}");
        api(READ, "GET /api/v1/letter-templates", "GET /api/v1/letter-templates/{type}");
        api(ADMIN, "PUT /api/v1/letter-templates/{type}", "DELETE /api/v1/letter-templates/{type}");
        api(BOARD, "GET /api/v1/lessons", "GET /api/v1/lessons/{id}");
        api(MANAGE, "POST /api/v1/lessons", "PUT /api/v1/lessons/{id}");
        api(
                WORK,
                "GET /api/v1/mailbox/messages",
                "GET /api/v1/mailbox/messages/{id}",
                "POST /api/v1/mailbox/messages/{id}/retry");
        api(
                STAFF,
                "GET /api/v1/notifications",
                "GET /api/v1/notifications/unread-count",
                "POST /api/v1/notifications/{id}/read");
        api(
                BOARD,
                "GET /api/v1/ombudsman-cases",
                "GET /api/v1/ombudsman-cases/figures",
                "GET /api/v1/ombudsman-cases/{id}");
        api(
                MANAGE,
                "POST /api/v1/ombudsman-cases",
                "POST /api/v1/ombudsman-cases/{id}/evidence-requests",
                "POST /api/v1/ombudsman-cases/{id}/evidence-requests/{requestId}/sent",
                "POST /api/v1/ombudsman-cases/{id}/determination",
                "POST /api/v1/ombudsman-cases/{id}/complaint-handling-failure-orders",
                "POST /api/v1/ombudsman-cases/{id}/orders/{orderId}/compliance");
        api(
                BOARD,
                "GET /api/v1/reports/tsm",
                "GET /api/v1/reports/tsm.csv",
                "GET /api/v1/reports/tsm/complaints",
                "GET /api/v1/reports/dashboard",
                "GET /api/v1/reports/dashboard/{table}",
                "GET /api/v1/reports/dashboard/{table}/export",
                "POST /api/v1/reports/exports",
                "GET /api/v1/reports/exports/{id}",
                "GET /api/v1/reports/exports/{id}/file");
        api(READ, "GET /api/v1/residents", "GET /api/v1/residents/due-for-review", "GET /api/v1/residents/{id}");
        api(WORK, "POST /api/v1/residents", "PUT /api/v1/residents/{id}");
        for (String record : List.of("adjustments", "disabilities", "vulnerabilities", "restrictions")) {
            api(READ, "GET /api/v1/residents/{residentId}/" + record + "/{recordId}");
            api(
                    WORK,
                    "POST /api/v1/residents/{residentId}/" + record,
                    "POST /api/v1/residents/{residentId}/" + record + "/{recordId}/review");
        }
        api(READ, "GET /api/v1/residents/{residentId}/representatives/{representativeId}");
        api(WORK, "POST /api/v1/residents/{residentId}/representatives");
        api(
                BOARD,
                "GET /api/v1/self-assessments",
                "GET /api/v1/self-assessments/{id}",
                "GET /api/v1/self-assessments/{id}/provisions/{number}",
                "GET /api/v1/self-assessments/{id}/summary",
                "GET /api/v1/self-assessments/{id}/export",
                "GET /api/v1/self-assessments/comparison",
                "GET /api/v1/self-assessments/reassessment-due",
                // Approval is the governing body's (hasRole GOVERNANCE, which managers hold too).
                "POST /api/v1/self-assessments/{id}/approval",
                "POST /api/v1/self-assessments/{id}/publication");
        api(
                MANAGE,
                "POST /api/v1/self-assessments",
                "PUT /api/v1/self-assessments/{id}/provisions/{number}",
                "POST /api/v1/self-assessments/reassessment-triggers");
        api(READ, "GET /api/v1/service-requests", "GET /api/v1/service-requests/{id}");
        api(
                WORK,
                "POST /api/v1/service-requests",
                "POST /api/v1/service-requests/{id}/updates",
                "POST /api/v1/service-requests/{id}/reviews",
                "POST /api/v1/service-requests/{id}/completion",
                "POST /api/v1/service-requests/{id}/cancellation");
        api(
                ADMIN,
                "GET /api/v1/settings",
                "PUT /api/v1/settings",
                "PUT /api/v1/settings/logo",
                "DELETE /api/v1/settings/logo");
        api(STAFF, "GET /api/v1/settings/logo");
        api(READ, "GET /api/v1/staff", "GET /api/v1/staff/{username}");
        api(STAFF, "GET /api/v1/staff/me");
        api(
                ADMIN,
                "POST /api/v1/staff",
                "PUT /api/v1/staff/{username}",
                // Someone else's password and tokens: administrators only.
                "PUT /api/v1/staff/{username}/password",
                "POST /api/v1/staff/{username}/tokens",
                "GET /api/v1/staff/{username}/tokens",
                "DELETE /api/v1/staff/{username}/tokens/{id}");

        page(PUBLIC, "GET /", "GET /login", "GET /assets/brand.css", "GET /you-said-we-did");
        page(PUBLIC, "GET /reports", "GET /reports/{id}", "GET /reports/{id}/pdf", "GET /reports/{id}/docx");
        page(
                PUBLIC,
                "GET /complain",
                "GET /complain/{step}",
                "GET /complain/confirmation",
                "POST /complain/{step}",
                "POST /complain/check");
        page(PUBLIC, "GET /track", "POST /track", "POST /track/code");
        page(
                RESIDENT,
                "GET /track/{reference}",
                "GET /track/{reference}/letters/{letterId}",
                "POST /track/{reference}/stage-2");
        page(STAFF, "GET /staff", "GET /staff/notifications", "POST /staff/notifications/{id}/read");
        page(STAFF, "GET /staff/tokens", "POST /staff/tokens", "POST /staff/tokens/{id}/revocation");
        page(
                ADMIN,
                "GET /staff/admin/tokens",
                "POST /staff/admin/tokens/{username}/{id}/revocation",
                "GET /staff/audit-log",
                "GET /staff/admin/imports",
                "POST /staff/admin/imports",
                "GET /staff/admin/imports/{id}",
                "GET /staff/admin/imports/{id}/problems.csv");
        page(
                READ,
                "GET /cases",
                "GET /cases/{reference}",
                "GET /cases/{reference}/letters/{id}",
                "GET /cases/{reference}/letters/{id}/pdf",
                "GET /cases/{reference}/documents/{id}",
                "GET /residents",
                "GET /residents/{id}",
                "GET /service-requests",
                "GET /service-requests/{id}",
                "GET /remedies",
                "GET /actions");
        page(WORK, "GET /cases/{reference}/{command:[a-z]+}");
        for (String step : List.of(
                "acknowledge",
                "refuse",
                "clarify",
                "extend",
                "updates",
                "respond",
                "escalate",
                "withdraw",
                "close",
                "correspondence",
                "issue",
                "document",
                "remedies/{remedy}/completion",
                "actions/{action}/updates")) {
            page(WORK, "POST /cases/{reference}/" + step);
        }
        page(MANAGE, "POST /cases/{reference}/remedies/{remedy}/approval");
        page(
                BOARD,
                "GET /staff/reports/dashboard",
                "GET /staff/reports/dashboard/{table}/export",
                "GET /staff/reports/tsm",
                "GET /staff/reports/tsm.csv",
                "GET /staff/reports/tsm/complaints",
                "POST /staff/reports/exports",
                "GET /staff/reports/exports/{id}",
                "GET /staff/reports/exports/{id}/file");
        page(
                BOARD,
                "GET /staff/self-assessments",
                "GET /staff/self-assessments/comparison",
                "GET /staff/self-assessments/{id}",
                "GET /staff/self-assessments/{id}/export",
                "POST /staff/self-assessments/{id}/approval",
                "POST /staff/self-assessments/{id}/publication");
        page(
                MANAGE,
                "POST /staff/self-assessments",
                "POST /staff/self-assessments/reassessment-triggers",
                "GET /staff/self-assessments/{id}/provisions/{number}",
                "POST /staff/self-assessments/{id}/provisions/{number}");
        page(BOARD, "GET /staff/ombudsman-cases", "GET /staff/ombudsman-cases/{id}", "GET /staff/learning");
        page(MANAGE, "POST /staff/learning", "POST /staff/learning/{id}/status");
    }

    private static final String PASSWORD = "a long matrix test password";
    private static final Pattern CODE = Pattern.compile("Your code is (\\d{6})");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final Map<Caller, Api> apis = new EnumMap<>(Caller.class);
    private final Map<Caller, StaffWeb> webs = new EnumMap<>(Caller.class);
    private final Map<Caller, String> usernames = new EnumMap<>(Caller.class);
    private int requests;

    @Test
    void everyApiOperationAnswersEachRoleAsTheTableSays() {
        signInEveryone();
        Api admin = Api.at(port).asAdmin();
        JsonNode document = Api.at(port).get("/api/v1/openapi.json").json();
        OpenApiFixtures fixtures = new OpenApiFixtures(admin, document);
        List<Operation> operations = fixtures.operations();
        Set<String> documented = new TreeSet<>();
        operations.forEach(operation -> documented.add(operation.method() + " " + operation.path()));

        assertThat(API.keySet()).as("operations with no row in the table").containsAll(documented);
        assertThat(documented).as("rows naming no documented operation").containsAll(API.keySet());

        SoftAssertions softly = new SoftAssertions();
        Map<String, Map<Caller, Integer>> seen = new TreeMap<>();
        for (Operation operation : operations) {
            String key = operation.method() + " " + operation.path();
            Set<Caller> allowed = Objects.requireNonNull(API.get(key), key);
            List<Caller> order =
                    new ArrayList<>(EnumSet.complementOf(EnumSet.copyOf(union(allowed, Caller.ANONYMOUS))));
            order.add(0, Caller.ANONYMOUS);
            order.addAll(allowed);
            Map<String, String> values = fixtures.validPathValues(operation);
            String url = OpenApiFixtures.url(operation, values, fixtures.validQuery(operation));
            @Nullable String body = fixtures.validJson(operation);
            for (Caller caller : order) {
                // A fresh body each time would differ only in unique names; the same one keeps the request identical.
                Api.Response response = send(Objects.requireNonNull(apis.get(caller)), operation, url, body);
                seen.computeIfAbsent(key, any -> new EnumMap<>(Caller.class)).put(caller, response.status());
                String context = key + " as " + caller + " -> " + response;
                if (caller == Caller.ANONYMOUS) {
                    softly.assertThat(response.status()).as(context).isEqualTo(401);
                } else if (allowed.contains(caller)) {
                    softly.assertThat(response.status()).as(context).isNotIn(401, 403);
                } else {
                    softly.assertThat(response.status()).as(context).isEqualTo(403);
                    softly.assertThat(response.contentType()).as(context).startsWith("application/problem+json");
                }
            }
        }
        print("API operations", seen);
        softly.assertAll();
    }

    @Test
    void everyPageAndFormAnswersEachRoleAsTheTableSays() {
        signInEveryone();
        String reference = complaint("Cass Page", "cass@example.org");
        Set<String> routes = new TreeSet<>();
        WebRoutes.all(mappings).forEach(route -> routes.add(route.toString()));
        assertThat(PAGES.keySet())
                .as("pages and forms with no row in the table")
                .containsAll(routes);
        assertThat(routes).as("rows naming no page or form").containsAll(PAGES.keySet());

        SoftAssertions softly = new SoftAssertions();
        Map<String, Map<Caller, Integer>> seen = new TreeMap<>();
        for (WebRoutes.Route route : WebRoutes.all(mappings)) {
            Set<Caller> allowed = Objects.requireNonNull(PAGES.get(route.toString()), route.toString());
            String path = route.pattern()
                    .replace("{reference}", reference)
                    .replace("{command:[a-z]+}", "acknowledge")
                    .replace("{step}", "who")
                    .replace("{username}", "admin")
                    .replaceAll("\\{[^}/]+}", UUID.randomUUID().toString());
            for (Caller caller : Caller.values()) {
                StaffWeb web = Objects.requireNonNull(webs.get(caller));
                StaffWeb.Page page = route.method().equals("GET")
                        ? web.get(path)
                        : web.post(path, Map.of(), web.get(caller == Caller.ANONYMOUS ? "/login" : "/staff"));
                requests++;
                seen.computeIfAbsent(route.toString(), any -> new EnumMap<>(Caller.class))
                        .put(caller, page.status());
                String context =
                        route + " (" + path + ") as " + caller + " -> " + page.status() + " " + page.header("Location");
                boolean toSignIn =
                        page.status() == 302 && page.header("Location").endsWith("/login");
                if (allowed == RESIDENT) {
                    softly.assertThat(page.status())
                            .as("without having proved the reference at /track: " + context)
                            .isEqualTo(404);
                } else if (allowed.contains(caller)) {
                    softly.assertThat(page.status() == 403 || toSignIn)
                            .as(context)
                            .isFalse();
                } else if (caller == Caller.ANONYMOUS) {
                    softly.assertThat(toSignIn)
                            .as("sent to sign in: " + context)
                            .isTrue();
                } else {
                    // Spring binds a form's required fields before the method's @PreAuthorize runs, so
                    // an empty post from a forbidden role may be refused as incomplete (400) first;
                    // either way it is refused and never reaches the handler.
                    softly.assertThat(page.status()).as(context).isIn(403, 400);
                }
            }
        }
        print("Pages and forms", seen);
        softly.assertAll();
    }

    @Test
    void residentsSeeOnlyTheirOwnComplaintAndNothingOfStaff() throws Exception {
        Api admin = Api.at(port).asAdmin();
        String own = complaint("Ada Own", "ada.own@example.org");
        String other = complaint("Bob Other", "bob.other@example.org");
        String otherLetter = admin.get("/api/v1/complaints/" + other + "/letters")
                .json()
                .path(0)
                .path("id")
                .asString();
        String ownLetter = admin.get("/api/v1/complaints/" + own + "/letters")
                .json()
                .path(0)
                .path("id")
                .asString();
        assertThat(otherLetter).isNotEmpty();

        StaffWeb resident = StaffWeb.at(port);
        StaffWeb.Page start = resident.get("/track");
        resident.post("/track", Map.of("reference", own, "contact", "ada.own@example.org"), start);
        StaffWeb.Page proved =
                resident.post("/track/code", Map.of("code", code("ada.own@example.org", own)), resident.get("/track"));
        assertThat(proved.header("Location")).endsWith("/track/" + own);

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(resident.get("/track/" + own).status())
                .as("own complaint")
                .isEqualTo(200);
        softly.assertThat(
                        resident.get("/track/" + own + "/letters/" + ownLetter).status())
                .as("own letter")
                .isEqualTo(200);
        for (String path : List.of(
                "/track/" + other,
                "/track/" + other + "/letters/" + otherLetter,
                "/track/" + own + "/letters/" + otherLetter)) {
            softly.assertThat(resident.get(path).status())
                    .as("another resident's: " + path)
                    .isEqualTo(404);
        }
        softly.assertThat(resident.post("/track/" + other + "/stage-2", Map.of(), resident.get("/track"))
                        .status())
                .as("asking for stage 2 of someone else's complaint")
                .isEqualTo(404);
        for (WebRoutes.Route route : WebRoutes.pages(mappings)) {
            Set<Caller> allowed = PAGES.get(route.toString());
            if (allowed != null && allowed != PUBLIC && allowed != RESIDENT) {
                StaffWeb.Page page = resident.get(route.pattern().replaceAll("\\{[^}/]+}", other));
                softly.assertThat(
                                page.status() == 302 && page.header("Location").endsWith("/login"))
                        .as("a resident is sent to sign in for staff page " + route + " -> " + page.status())
                        .isTrue();
            }
        }
        String session = resident.cookie("JSESSIONID");
        Api withSession = Api.at(port).header("Cookie", "JSESSIONID=" + session);
        for (String path : List.of("/api/v1/complaints/" + other, "/api/v1/complaints", "/api/v1/residents")) {
            softly.assertThat(withSession.get(path).status())
                    .as("a resident's session opens no API: " + path)
                    .isEqualTo(401);
        }
        softly.assertAll();
    }

    @Test
    void staffActOnTheirOwnAccountButOnlyAdministratorsOnSomeoneElses() {
        signInEveryone();
        SoftAssertions softly = new SoftAssertions();
        for (Caller caller : STAFF) {
            Api api = Objects.requireNonNull(apis.get(caller));
            String me = usernames.get(caller);
            String someoneElse =
                    caller == Caller.HANDLER ? usernames.get(Caller.MANAGER) : usernames.get(Caller.HANDLER);
            Api.Response issued = api.post("/api/v1/staff/" + me + "/tokens", Map.of("label", "own"));
            softly.assertThat(issued.status())
                    .as(caller + " issues their own token")
                    .isEqualTo(201);
            softly.assertThat(api.get("/api/v1/staff/" + me + "/tokens").status())
                    .as(caller + " lists own")
                    .isEqualTo(200);
            softly.assertThat(api.delete("/api/v1/staff/" + me + "/tokens/"
                                    + issued.json().path("id").asString())
                            .status())
                    .as(caller + " revokes own")
                    .isEqualTo(204);
            Api.Response changed = api.put(
                    "/api/v1/staff/" + me + "/password",
                    Map.of("password", "another long phrase for the matrix", "currentPassword", PASSWORD));
            softly.assertThat(changed.status())
                    .as(caller + " changes own password " + changed)
                    .isLessThan(300);
            api.put(
                    "/api/v1/staff/" + me + "/password",
                    Map.of("password", PASSWORD, "currentPassword", "another long phrase for the matrix"));

            int expected = caller == Caller.ADMIN ? 200 : 403;
            softly.assertThat(
                            api.get("/api/v1/staff/" + someoneElse + "/tokens").status())
                    .as(caller + " lists someone else's tokens")
                    .isEqualTo(expected);
            softly.assertThat(api.post("/api/v1/staff/" + someoneElse + "/tokens", Map.of("label", "theirs"))
                            .status())
                    .as(caller + " issues someone else a token")
                    .isEqualTo(caller == Caller.ADMIN ? 201 : 403);
        }
        softly.assertAll();
    }

    // ---------------------------------------------------------------- set-up

    private void signInEveryone() {
        Api admin = Api.at(port).asAdmin();
        apis.put(Caller.ANONYMOUS, Api.at(port));
        webs.put(Caller.ANONYMOUS, StaffWeb.at(port));
        for (Caller caller : STAFF) {
            String username = "matrix-" + caller.name().toLowerCase(Locale.ROOT) + "-"
                    + UUID.randomUUID().toString().substring(0, 8);
            Api.Response created = admin.post(
                    "/api/v1/staff",
                    Map.of(
                            "username",
                            username,
                            "name",
                            "Matrix " + caller,
                            "email",
                            username + "@example.org",
                            "roles",
                            List.of(caller.name()),
                            "password",
                            PASSWORD));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            String token = admin.post("/api/v1/staff/" + username + "/tokens", Map.of("label", "matrix"))
                    .json()
                    .path("token")
                    .asString();
            usernames.put(caller, username);
            apis.put(caller, Api.at(port).as(token));
            webs.put(caller, StaffWeb.signedIn(port, username, PASSWORD));
        }
    }

    private Api.Response send(Api api, Operation operation, String url, @Nullable String body) {
        requests++;
        if (operation.multipart()) {
            return api.sendRaw(
                    operation.method(),
                    url,
                    "multipart/form-data; boundary=matrix",
                    "--matrix\r\nContent-Disposition: form-data; name=\"file\"; filename=\"note.txt\"\r\n"
                            + "Content-Type: text/plain\r\n\r\nhello\r\n--matrix--\r\n");
        }
        if (operation.path().endsWith(".csv")) {
            return api.header("Accept", "text/csv").send(operation.method(), url, null);
        }
        if (body != null) {
            return api.sendRaw(operation.method(), url, "application/json", body);
        }
        if (operation.method().equals("PUT") && operation.path().endsWith("/logo")) {
            return api.sendBytes("PUT", url, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        }
        return api.send(operation.method(), url, null);
    }

    private String complaint(String name, String email) {
        Api admin = Api.at(port).asAdmin();
        Api.Response created = admin.post(
                "/api/v1/complaints",
                Map.of(
                        "receivedAt", "2026-11-20T09:00:00Z",
                        "channel", "PHONE",
                        "resident", Map.of("name", name, "email", email),
                        "description", "The repair was late."));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String reference = created.json().path("reference").asString();
        Api.Response acknowledged = admin.post(
                "/api/v1/complaints/" + reference + "/acknowledgement",
                Map.of(
                        "acknowledgedAt",
                        "2026-11-23T12:00:00Z",
                        "handler",
                        "admin",
                        "definition",
                        Map.of("points", List.of(Map.of("summary", "Repair late", "outcomeSought", "Fix it")))));
        assertThat(acknowledged.status()).as(acknowledged.toString()).isEqualTo(200);
        return reference;
    }

    private static String code(String to, String reference) throws Exception {
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            if (message.getSubject().equals("Your code to follow complaint " + reference)
                    && message.getAllRecipients()[0].toString().equals(to)) {
                Matcher found = CODE.matcher(GreenMailUtil.getBody(message));
                if (found.find()) {
                    return found.group(1);
                }
            }
        }
        throw new AssertionError("No code was emailed to " + to);
    }

    private void print(String what, Map<String, Map<Caller, Integer>> seen) {
        StringBuilder out = new StringBuilder(String.format(
                Locale.ROOT,
                "%n%s on %s: %d rows, %d requests so far%n",
                what,
                TestDatabase.engine(),
                seen.size(),
                requests));
        out.append(String.format(Locale.ROOT, "%-72s", ""));
        for (Caller caller : Caller.values()) {
            out.append(String.format(
                    Locale.ROOT,
                    "%11s",
                    caller.name().substring(0, Math.min(10, caller.name().length()))));
        }
        out.append('\n');
        seen.forEach((route, statuses) -> {
            out.append(String.format(Locale.ROOT, "%-72s", route.length() > 71 ? route.substring(0, 71) : route));
            for (Caller caller : Caller.values()) {
                out.append(String.format(Locale.ROOT, "%11s", statuses.getOrDefault(caller, 0)));
            }
            out.append('\n');
        });
        System.out.println(out);
    }

    private static Set<Caller> union(Set<Caller> set, Caller one) {
        Set<Caller> all = EnumSet.noneOf(Caller.class);
        all.addAll(set);
        all.add(one);
        return all;
    }

    private static void api(Set<Caller> allowed, String... routes) {
        for (String route : routes) {
            if (API.put(route, allowed) != null) {
                throw new IllegalStateException("Two rows for " + route);
            }
        }
    }

    private static void page(Set<Caller> allowed, String... routes) {
        for (String route : routes) {
            if (PAGES.put(route, allowed) != null) {
                throw new IllegalStateException("Two rows for " + route);
            }
        }
    }
}
