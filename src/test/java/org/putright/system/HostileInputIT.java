package org.putright.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.putright.testing.Api;
import org.putright.testing.OpenApiFixtures;
import org.putright.testing.OpenApiFixtures.Operation;
import org.putright.testing.PutrightIntegrationTest;
import org.putright.testing.TestDatabase;
import org.putright.testing.WebRoutes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Attacks every operation of the live OpenAPI document with hostile input, as the administrator and
 * without credentials: malformed, over-long, injected and unicode path and query parameters, bodies
 * of the wrong syntax, shape, type, size and depth, wrong content types, and garbage in the
 * concurrency and idempotency headers. API.md: bad input is never a 500, and every refusal is an
 * RFC 9457 problem detail. All failures are collected, so one run shows everything.
 */
@PutrightIntegrationTest
// The form sweep posts every form it finds as the administrator, the revocation of the
// administrator's own API token among them: the application is not fit to share afterwards.
@DirtiesContext
class HostileInputIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String JSON_TYPE = "application/json";
    private static final String BOUNDARY = "hostile-boundary-7d91";
    private static final String END = "--" + BOUNDARY + "--\r\n";
    private static final int DEPTH = 2_000;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String LONG_TEXT = "x".repeat(100_000);
    private static final String LONG_PATH = "a".repeat(5_000);
    /** A JSON string whose text is replaced by a raw literal after serialising (numbers JSON cannot carry as such). */
    private static final String RAW = "@@raw@@";

    /**
     * Path values the container or the firewall refuse before authentication, so they are also sent
     * without credentials; any other path is refused with 401 unread and is sent as the administrator.
     */
    private static final Set<String> REFUSED_UNREAD = Set.of(
            "5,000 characters", "path traversal", "NUL", "backslash", "not UTF-8", "matrix parameter", "encoded dots");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final List<String> rawLiterals = new ArrayList<>();
    private final Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();
    private final Map<String, Integer> validStatuses = new TreeMap<>();
    private final Map<Integer, String> examples = new TreeMap<>();
    private final List<String> coverage = new ArrayList<>();
    private int requests;
    private JsonNode document = NODES.nullNode();
    private Api admin = Api.at(0);
    private Api anonymous = Api.at(0);
    private OpenApiFixtures fixtures = new OpenApiFixtures(Api.at(0), NODES.nullNode());

    @Test
    void noHostileInputCausesAServerErrorOrAnAnswerThatIsNotAProblemDetail() {
        admin = Api.at(port).asAdmin();
        anonymous = Api.at(port);
        Api.Response openApi = anonymous.get("/api/v1/openapi.json");
        assertThat(openApi.status()).as(openApi.toString()).isEqualTo(200);
        document = openApi.json();
        fixtures = new OpenApiFixtures(admin, document);
        List<Operation> operations = fixtures.operations();
        assertThat(operations).as("operations in the OpenAPI document").hasSizeGreaterThan(40);

        SoftAssertions softly = new SoftAssertions();
        long started = System.nanoTime();
        for (Operation operation : operations) {
            attack(operation, softly);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        coverage.addAll(fixtures.notes());
        report(operations.size(), seconds);
        // The Ombudsman's steps are attacked on a real case (of a closed complaint), request and order:
        // their valid requests succeed, so the hostile ones reach the code behind the path.
        for (String operation : List.of(
                "GET /api/v1/ombudsman-cases/{id}",
                "POST /api/v1/ombudsman-cases/{id}/evidence-requests/{requestId}/sent",
                "POST /api/v1/ombudsman-cases/{id}/orders/{orderId}/compliance",
                "POST /api/v1/ombudsman-cases/{id}/determination")) {
            softly.assertThat(validStatuses.get(operation))
                    .as("the valid request of %s", operation)
                    .isEqualTo(200);
        }

        long formsStarted = System.nanoTime();
        List<HostileForms> forms = attackForms(softly);
        int formRequests = forms.stream().mapToInt(form -> form.requests).sum();
        System.out.printf(
                Locale.ROOT,
                "Hostile form input on %s: %d requests to %d crawled forms in %.1f s; staff %s; resident %s%n",
                TestDatabase.engine(),
                formRequests,
                forms.stream().mapToInt(form -> form.crawledForms.size()).sum(),
                (System.nanoTime() - formsStarted) / 1e9,
                forms.get(0).summary(),
                forms.get(1).summary());
        System.out.printf(
                Locale.ROOT,
                "Hostile input on %s, in all: %d requests (%d to the API, %d to forms)%n",
                TestDatabase.engine(),
                requests + formRequests,
                requests,
                formRequests);
        assertThat(requests + formRequests).as("hostile requests sent").isGreaterThanOrEqualTo(10_000);
        softly.assertAll();
    }

    /**
     * The pages' forms: crawled as the administrator from the staff pages of a live complaint,
     * and as a resident from the portal; every form mapping is attacked, crawled or not.
     */
    private List<HostileForms> attackForms(SoftAssertions softly) {
        @Nullable
        String reference = fixtures.validPathValues(complaintOperation()).get("reference");
        String live = reference == null ? "CMP-2099-999999" : reference;
        if (reference != null) {
            fixtures.acknowledge(reference);
        }
        HostileForms staff = HostileForms.signedIn(port, "admin", Api.ADMIN_PASSWORD);
        staff.crawl(
                List.of(
                        "/staff",
                        "/cases",
                        "/cases/" + live,
                        "/residents",
                        "/service-requests",
                        "/remedies",
                        "/actions",
                        "/staff/tokens",
                        "/staff/admin/tokens",
                        "/staff/notifications",
                        "/staff/learning",
                        "/staff/self-assessments",
                        "/staff/reports/dashboard",
                        "/staff/ombudsman-cases"),
                150);
        HostileForms resident = HostileForms.anonymous(port);
        List<String> portal = new ArrayList<>(List.of("/complain", "/track", "/login"));
        for (String step : List.of(
                "who", "representative", "details", "what-happened", "when", "outcome", "contact", "adjustments")) {
            portal.add("/complain/" + step);
        }
        resident.crawl(portal, 40);

        List<WebRoutes.Route> all = WebRoutes.forms(mappings);
        Map<String, String> values = Map.of("reference", live, "username", "admin", "step", "details");
        Map<String, Set<String>> staffTargets = staff.targets(
                all.stream().filter(route -> !isPortal(route.pattern())).toList(), values, coverage);
        staffTargets.keySet().removeIf(action -> action.equals("/logout") || isPortal(action));
        Map<String, Set<String>> residentTargets = resident.targets(
                all.stream().filter(route -> isPortal(route.pattern())).toList(), values, coverage);
        residentTargets.keySet().removeIf(action -> !isPortal(action) && !action.equals("/login"));
        softly.assertThat(staff.brokenPages)
                .as("pages that broke while being sent")
                .isEmpty();
        softly.assertThat(resident.brokenPages)
                .as("portal pages that broke while being sent")
                .isEmpty();
        staff.attack(staffTargets, softly);
        resident.attack(residentTargets, softly);
        coverage.forEach(line -> {
            if (line.startsWith("form not reached")) {
                System.out.println("  " + line);
            }
        });
        softly.assertThat(staffTargets.size() + residentTargets.size())
                .as("forms attacked")
                .isGreaterThanOrEqualTo(all.size());
        return List.of(staff, resident);
    }

    private static boolean isPortal(String path) {
        return path.startsWith("/complain") || path.startsWith("/track");
    }

    private Operation complaintOperation() {
        return fixtures.operations().stream()
                .filter(operation ->
                        operation.method().equals("GET") && operation.path().equals("/api/v1/complaints/{reference}"))
                .findFirst()
                .orElseThrow();
    }

    // ---------------------------------------------------------------- the attack on one operation

    private void attack(Operation operation, SoftAssertions softly) {
        Map<String, String> valid = fixtures.validPathValues(operation);
        Map<String, String> query = fixtures.validQuery(operation);
        @Nullable JsonNode schema = operation.jsonBodySchema();
        @Nullable String body = fixtures.validJson(operation);
        List<Hostile> hostile = new ArrayList<>();
        Hostile base = operation.multipart()
                ? multipart(operation, valid, query, "valid multipart", multipartBody("file", "note.txt", "hello"))
                : new Hostile(
                        "valid request",
                        operation.method(),
                        OpenApiFixtures.url(operation, valid, query),
                        body == null ? null : JSON_TYPE,
                        body,
                        Map.of());
        hostile.add(base);

        for (Map.Entry<String, String> parameter : valid.entrySet()) {
            for (Map.Entry<String, String> value :
                    pathValues(operation, parameter.getKey()).entrySet()) {
                Map<String, String> values = new LinkedHashMap<>(valid);
                values.put(parameter.getKey(), value.getValue());
                Hostile request = base.at(
                        "path {" + parameter.getKey() + "} " + value.getKey(),
                        OpenApiFixtures.url(operation, values, query));
                hostile.add(REFUSED_UNREAD.contains(value.getKey()) ? request : request.onlyAsAdmin());
            }
        }
        for (JsonNode parameter : operation.parameters("query")) {
            String name = parameter.get("name").asString();
            for (Map.Entry<String, String> value : queryValues().entrySet()) {
                String url = OpenApiFixtures.url(operation, valid, query)
                        .replaceAll("([?&])" + Pattern.quote(name) + "=[^&]*&?", "$1")
                        .replaceAll("[?&]$", "");
                url += (url.contains("?") ? "&" : "?") + value.getValue().replace("{name}", name);
                hostile.add(base.at("query " + name + " " + value.getKey(), url).onlyAsAdmin());
            }
        }
        if (schema != null) {
            // Without credentials a body is never read: its variations are sent as the administrator.
            bodies(base, schema).forEach(request -> hostile.add(request.onlyAsAdmin()));
        }
        if (operation.multipart()) {
            hostile.addAll(multipartBodies(base));
        }
        if (!operation.method().equals("GET") && !operation.method().equals("DELETE")) {
            hostile.addAll(contentTypes(base));
        }
        for (String ifMatch : List.of("\"abc\"", "W/x", "\"99999999999999999999\"", "*")) {
            hostile.add(base.with("If-Match " + ifMatch, Map.of("If-Match", ifMatch)));
        }
        if (operation.method().equals("POST")) {
            hostile.add(base.with("Idempotency-Key over-long", Map.of("Idempotency-Key", "k".repeat(500))));
            hostile.add(base.with("Idempotency-Key empty", Map.of("Idempotency-Key", "")));
        }

        boolean isPublic = operation.isPublic();
        long started = System.nanoTime();
        int validStatus = 0;
        for (int i = 0; i < hostile.size(); i++) {
            Hostile request = hostile.get(i);
            Api.@Nullable Response asAdmin = send(admin, "admin", request, softly);
            if (i == 0 && asAdmin != null) {
                validStatus = asAdmin.status();
            }
            if (!request.adminOnly()) {
                Api.@Nullable Response response = send(anonymous, "anonymous", request, softly);
                if (response != null && !isPublic) {
                    softly.assertThat(response.status())
                            .as(
                                    "without credentials only 401 (or 400 for a request refused unread) %s",
                                    describe("anonymous", request, response))
                            .isIn(400, 401);
                }
            }
        }
        validStatuses.put(operation.method() + " " + operation.path(), validStatus);
        coverage.add(String.format(
                Locale.ROOT,
                "%-7s %-70s valid request -> %d; %4d hostile requests in %4.1f s",
                operation.method(),
                operation.path(),
                validStatus,
                hostile.size(),
                (System.nanoTime() - started) / 1e9));
    }

    private Api.@Nullable Response send(Api api, String who, Hostile request, SoftAssertions softly) {
        Api client = api;
        for (Map.Entry<String, String> header : request.headers().entrySet()) {
            client = client.header(header.getKey(), header.getValue());
        }
        Api.Response response;
        try {
            String contentType = request.contentType();
            String body = request.body();
            response = contentType == null
                    ? client.send(request.method(), request.url(), null)
                    : client.sendRaw(request.method(), request.url(), contentType, body == null ? "" : body);
        } catch (UncheckedIOException e) {
            requests++;
            softly.fail("No response at all to %s %s (%s): %s", request.method(), request.url(), request.what(), e);
            return null;
        }
        requests++;
        statuses.computeIfAbsent(who, key -> new TreeMap<>()).merge(response.status(), 1, Integer::sum);
        examples.putIfAbsent(
                response.status(), request.method() + " " + prefix(request.url(), 60) + " (" + request.what() + ")");
        check(who, request, response, softly);
        return response;
    }

    private static void check(String who, Hostile request, Api.Response response, SoftAssertions softly) {
        String context = describe(who, request, response);
        softly.assertThat(response.status())
                .as("never a server error %s", context)
                .isLessThan(500);
        softly.assertThat(response.header("X-Injected"))
                .as("no header injected %s", context)
                .isEmpty();
        if (response.status() < 400 || response.status() >= 500) {
            return;
        }
        softly.assertThat(response.contentType())
                .as("a refusal is application/problem+json %s", context)
                .startsWith(PROBLEM_JSON);
        @Nullable JsonNode problem = parse(response.body());
        softly.assertThat(problem != null && problem.isObject())
                .as("a problem detail is a JSON object %s", context)
                .isTrue();
        if (problem != null && problem.isObject()) {
            softly.assertThat(problem.path("status").asInt())
                    .as("the problem's status is the response's %s", context)
                    .isEqualTo(response.status());
            softly.assertThat(problem.path("title").asString(""))
                    .as("the problem has a title %s", context)
                    .isNotBlank();
        }
    }

    private static String describe(String who, Hostile request, Api.Response response) {
        return "\n  " + request.method() + " " + prefix(request.url(), 300) + "\n  as " + who + ", " + request.what()
                + (request.contentType() == null ? "" : ", Content-Type " + request.contentType())
                + (request.headers().isEmpty() ? "" : ", headers " + abbreviate(request.headers()))
                + (request.body() == null ? "" : "\n  body: " + prefix(request.body(), 300))
                + "\n  -> " + response.status() + " " + response.contentType() + " " + prefix(response.body(), 600)
                + "\n";
    }

    // ---------------------------------------------------------------- path and query parameters

    private Map<String, String> pathValues(Operation operation, String name) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("wrong type", "not-a-uuid");
        values.put("wrong type zzz", "zzz");
        values.put("5,000 characters", LONG_PATH);
        values.put("SQL injection", encode("' OR 1=1--"));
        values.put("path traversal", "..%2F..%2Fetc%2Fpasswd");
        values.put("RTL override", encode("\u202Eevil"));
        values.put("emoji", encode("\uD83D\uDE00"));
        values.put("combining marks", encode("e\u0301\u0301\u0301"));
        values.put("NUL", "%00");
        values.put("backslash", "%5C");
        values.put("not UTF-8", "%C3%28");
        values.put("matrix parameter", "x;jsessionid=1");
        values.put("encoded dots", "%2e%2e");
        JsonNode schema = operation.parameter(name).path("schema");
        String format = schema.path("format").asString("");
        if (format.equals("uuid")) {
            values.put("unknown id", UUID.randomUUID().toString());
        } else if (format.equals("date")) {
            values.put("impossible date", "2099-02-30");
            values.put("unknown date", "2099-12-31");
            values.put("far future date", encode("+999999999-12-31"));
        } else if (name.equals("reference")) {
            values.put("unknown reference", "CMP-2099-999999");
        } else if (name.equals("username")) {
            values.put("unknown username", "nobody-here");
        } else {
            values.put("unknown id", "HOS-2099");
        }
        return values;
    }

    private static Map<String, String> queryValues() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("wrong type", "{name}=zzz");
        values.put("negative", "{name}=-1");
        values.put("huge", "{name}=99999999999999999999");
        values.put("int overflow", "{name}=2147483648");
        values.put("5,000 characters", "{name}=" + LONG_PATH);
        values.put("NUL", "{name}=%00");
        values.put("not UTF-8", "{name}=%C3%28");
        values.put("unknown enum value", "{name}=NOT_A_VALUE");
        values.put("empty", "{name}=");
        values.put("impossible date", "{name}=2024-02-30");
        values.put("far future date", "{name}=" + encode("+999999999-12-31"));
        values.put("far future instant", "{name}=" + encode("+999999999-12-31T00:00:00Z"));
        values.put("unicode", "{name}=" + encode("\u202E\uD83D\uDE00e\u0301"));
        values.put("SQL injection", "{name}=" + encode("' OR 1=1--"));
        values.put("script", "{name}=" + encode("<script>alert(1)</script>"));
        values.put("CRLF", "{name}=x%0d%0aX-Injected:%201");
        values.put("path traversal", "{name}=..%2F..%2Fetc%2Fpasswd");
        values.put("overlong UTF-8", "{name}=%C0%AE%C0%AE%C0%AF");
        values.put("omitted", "");
        return values;
    }

    // ---------------------------------------------------------------- bodies

    private List<Hostile> bodies(Hostile base, JsonNode schema) {
        List<Hostile> bodies = new ArrayList<>();
        @Nullable String body = base.body();
        String valid = body == null ? "{}" : body;
        bodies.add(base.json("not JSON", "this is not JSON"));
        bodies.add(base.json("truncated JSON", valid.substring(0, Math.max(1, valid.length() / 2))));
        for (String shape : List.of("[]", "42", "\"text\"", "null")) {
            bodies.add(base.json("JSON of the wrong shape " + shape, shape));
        }
        bodies.add(base.json("empty body", ""));
        bodies.add(base.json("nested arrays " + DEPTH + " deep", "[".repeat(DEPTH) + "]".repeat(DEPTH)));
        bodies.add(base.json("nested objects " + DEPTH + " deep", nestedObjects(DEPTH)));
        bodies.add(base.json("100,000 element array", "[" + "{},".repeat(99_999) + "{}]"));
        bodies.add(new Hostile("no body at all", base.method(), base.url(), null, null, Map.of(), false));
        JsonNode example = parse(valid);
        if (example instanceof ObjectNode object) {
            mutate(object, schema, new ArrayList<>(), 0, base, bodies);
        }
        return bodies;
    }

    private void mutate(
            ObjectNode base, JsonNode schema, List<Object> path, int depth, Hostile request, List<Hostile> out) {
        JsonNode resolved = fixtures.resolve(schema);
        for (Map.Entry<String, JsonNode> property : resolved.path("properties").properties()) {
            List<Object> at = new ArrayList<>(path);
            at.add(property.getKey());
            JsonNode propertySchema = fixtures.resolve(property.getValue());
            for (Map.Entry<String, JsonNode> value : wrongValues(propertySchema).entrySet()) {
                ObjectNode changed = base.deepCopy();
                put(changed, at, value.getValue());
                out.add(request.json(pointer(at) + " " + value.getKey(), serialise(changed)));
            }
            if (depth < 3 && OpenApiFixtures.type(propertySchema).equals("object")) {
                mutate(base, propertySchema, at, depth + 1, request, out);
            } else if (depth < 3
                    && OpenApiFixtures.type(propertySchema).equals("array")
                    && OpenApiFixtures.type(fixtures.resolve(propertySchema.path("items")))
                            .equals("object")) {
                List<Object> first = new ArrayList<>(at);
                first.add(0);
                mutate(base, propertySchema.path("items"), first, depth + 1, request, out);
            }
        }
    }

    private Map<String, JsonNode> wrongValues(JsonNode schema) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        String type = OpenApiFixtures.type(schema);
        String format = schema.path("format").asString("");
        values.put("null", NODES.nullNode());
        values.put("huge nested arrays", raw("[" + "[[1]],".repeat(10_000) + "[[1]]]"));
        switch (type) {
            case "string" -> {
                values.put("number for string", NODES.numberNode(12345));
                values.put("object for string", NODES.objectNode());
                values.put("100,000 characters", NODES.stringNode(LONG_TEXT));
                values.put("NUL character", NODES.stringNode("before\u0000after"));
                values.put("empty", NODES.stringNode(""));
                values.put("unicode edge cases", NODES.stringNode("\u202Eevil \uD83D\uDE00 e\u0301\u0301\u0301"));
                values.put("lone surrogate", raw("\"\\ud800\""));
                values.put("SQL injection", NODES.stringNode("x' OR '1'='1'; DROP TABLE complaint;--"));
                values.put(
                        "stored script",
                        NODES.stringNode("<script>window.__hostile=1</script><img src=x onerror=alert(1)>"));
                values.put("CRLF header injection", NODES.stringNode("x\r\nX-Injected: 1\r\n\r\n<html>"));
                values.put("path traversal", NODES.stringNode("../../../../etc/passwd"));
                values.put(
                        "zero-width, BOM and emoji family",
                        NODES.stringNode("\u200B\uFEFF\uD83D\uDC69\u200D\uD83D\uDC67"));
                switch (format) {
                    case "date" -> {
                        for (String date : List.of(
                                "2024-02-30", "yesterday", "2024-06-07T25:00:00Z", "+999999999-12-31", "0000-01-01")) {
                            values.put("date " + date, NODES.stringNode(date));
                        }
                    }
                    case "date-time" -> {
                        for (String time : List.of(
                                "2024-02-30T10:00:00Z",
                                "yesterday",
                                "2024-06-07T25:00:00Z",
                                "2024-06-07",
                                "+999999999-12-31T23:59:59Z",
                                "-999999999-01-01T00:00:00Z",
                                "0001-01-01T00:00:00Z")) {
                            values.put("time " + time, NODES.stringNode(time));
                        }
                    }
                    case "uuid" -> {
                        values.put("not a uuid", NODES.stringNode("not-a-uuid"));
                        values.put(
                                "unknown uuid",
                                NODES.stringNode(UUID.randomUUID().toString()));
                    }
                    default -> {
                        values.put("negative amount", NODES.stringNode("-1"));
                        values.put("astronomical amount", NODES.stringNode("1E+999999999"));
                    }
                }
                if (schema.has("enum")) {
                    values.put("unknown enum value", NODES.stringNode("NOT_A_VALUE"));
                    values.put(
                            "lower-case enum value",
                            NODES.stringNode(
                                    schema.path("enum").path(0).asString("").toLowerCase(Locale.ROOT)));
                }
            }
            case "integer", "number" -> {
                values.put("string for number", NODES.stringNode("zzz"));
                values.put("boolean for number", NODES.booleanNode(true));
                values.put("object for number", NODES.objectNode());
                values.put("negative", NODES.numberNode(-1));
                values.put("fraction", NODES.numberNode(1.5));
                values.put("int overflow", NODES.numberNode(2_147_483_648L));
                values.put("long overflow", raw("99999999999999999999"));
                values.put("1e400", raw("1e400"));
            }
            case "boolean" -> {
                values.put("string for boolean", NODES.stringNode("zzz"));
                values.put("number for boolean", NODES.numberNode(2));
                values.put("object for boolean", NODES.objectNode());
            }
            case "array" -> {
                values.put("object for array", NODES.objectNode());
                values.put("string for array", NODES.stringNode("zzz"));
                values.put("array of nulls", NODES.arrayNode().addNull().addNull());
                ArrayNode many = NODES.arrayNode();
                JsonNode item = fixtures.example(schema.path("items"), "", 1);
                for (int i = 0; i < 10_000; i++) {
                    many.add(item.deepCopy());
                }
                values.put("10,000 items", many);
                values.put("arrays nested " + DEPTH + " deep", raw("[".repeat(DEPTH) + "]".repeat(DEPTH)));
            }
            case "object" -> {
                values.put("array for object", NODES.arrayNode());
                values.put("string for object", NODES.stringNode("zzz"));
                values.put("empty object", NODES.objectNode());
                values.put("objects nested " + DEPTH + " deep", raw(nestedObjects(DEPTH)));
            }
            default -> {
                // An untyped property: null is all there is to try.
            }
        }
        return values;
    }

    private List<Hostile> contentTypes(Hostile base) {
        @Nullable String body = base.body();
        String valid = body == null ? "{}" : body;
        return List.of(
                base.typed("text/plain", "text/plain", valid),
                base.typed("application/xml", "application/xml", "<complaint><description>x</description></complaint>"),
                base.typed(
                        "multipart to a JSON endpoint",
                        "multipart/form-data; boundary=" + BOUNDARY,
                        multipartBody("file", "body.json", valid)),
                base.typed("multipart without a boundary", "multipart/form-data", "--x\r\ngarbage\r\n--x--\r\n"),
                base.typed(
                        "multipart cut short",
                        "multipart/form-data; boundary=" + BOUNDARY,
                        "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nunfinished"),
                base.typed("form with NUL", "application/x-www-form-urlencoded", "note=a%00b&x=" + LONG_PATH),
                base.typed("form that cannot be decoded", "application/x-www-form-urlencoded", "note=%ZZ&x=%C3%28"),
                base.typed("unknown charset", "application/json; charset=bogus", valid),
                base.typed("unparseable Content-Type", "not a media type", valid),
                base.typed("JSON patch", "application/json-patch+json", "[]"));
    }

    private List<Hostile> multipartBodies(Hostile base) {
        String type = "multipart/form-data; boundary=" + BOUNDARY;
        List<Hostile> bodies = new ArrayList<>();
        bodies.add(base.typed("no file part", type, multipartBody("other", "x.txt", "hello")));
        bodies.add(base.typed("empty file", type, multipartBody("file", "empty.txt", "")));
        bodies.add(base.typed("traversal filename", type, multipartBody("file", "../../etc/passwd", "x")));
        bodies.add(base.typed("5,000 character filename", type, multipartBody("file", LONG_PATH + ".txt", "x")));
        bodies.add(base.typed("NUL in filename", type, multipartBody("file", "a\u0000b.txt", "x")));
        bodies.add(base.typed("unicode filename", type, multipartBody("file", "\u202Etxt.exe", "x")));
        bodies.add(base.typed("no filename", type, part("name=\"file\"", "just a field") + END));
        bodies.add(base.typed(
                "over-long description part",
                type,
                filePart("file", "x.txt", "x") + part("name=\"description\"", LONG_TEXT) + END));
        bodies.add(base.typed(
                "NUL in description part",
                type,
                filePart("file", "x.txt", "x") + part("name=\"description\"", "a\u0000b") + END));
        bodies.add(base.typed("JSON instead of multipart", JSON_TYPE, "{\"file\":\"x\"}"));
        bodies.add(base.typed(
                "boundary mismatch", "multipart/form-data; boundary=other", multipartBody("file", "x", "x")));
        return bodies;
    }

    private Hostile multipart(
            Operation operation, Map<String, String> valid, Map<String, String> query, String what, String body) {
        return new Hostile(
                what,
                operation.method(),
                OpenApiFixtures.url(operation, valid, query),
                "multipart/form-data; boundary=" + BOUNDARY,
                body,
                Map.of(),
                false);
    }

    private static String multipartBody(String field, String filename, String content) {
        return filePart(field, filename, content) + END;
    }

    private static String filePart(String field, String filename, String content) {
        return part("name=\"" + field + "\"; filename=\"" + filename + "\"\r\nContent-Type: text/plain", content);
    }

    private static String part(String disposition, String content) {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; " + disposition + "\r\n\r\n" + content + "\r\n";
    }

    private static String nestedObjects(int depth) {
        return "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    }

    /** One request: what it tries, and exactly what is sent. */
    private record Hostile(
            String what,
            String method,
            String url,
            @Nullable String contentType,
            @Nullable String body,
            Map<String, String> headers,
            boolean adminOnly) {

        Hostile(
                String what,
                String method,
                String url,
                @Nullable String contentType,
                @Nullable String body,
                Map<String, String> headers) {
            this(what, method, url, contentType, body, headers, false);
        }

        Hostile at(String what, String url) {
            return new Hostile(what, method, url, contentType, body, headers, adminOnly);
        }

        Hostile with(String what, Map<String, String> more) {
            return new Hostile(what, method, url, contentType, body, more, adminOnly);
        }

        Hostile json(String what, String text) {
            return new Hostile(what, method, url, JSON_TYPE, text, headers, adminOnly);
        }

        Hostile typed(String what, String type, String text) {
            return new Hostile(what, method, url, type, text, headers, adminOnly);
        }

        Hostile onlyAsAdmin() {
            return new Hostile(what, method, url, contentType, body, headers, true);
        }
    }

    // ---------------------------------------------------------------- small helpers

    private void report(int operationCount, double seconds) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "%nHostile input on %s: %d requests to %d operations in %.1f s%n",
                TestDatabase.engine(),
                requests,
                operationCount,
                seconds));
        Set<Integer> codes = new java.util.TreeSet<>();
        statuses.values().forEach(counts -> codes.addAll(counts.keySet()));
        out.append(String.format(Locale.ROOT, "%8s %10s %10s   %s%n", "status", "admin", "anonymous", "first seen"));
        for (int code : codes) {
            out.append(String.format(
                    Locale.ROOT,
                    "%8d %10d %10d   %s%n",
                    code,
                    statuses.getOrDefault("admin", Map.of()).getOrDefault(code, 0),
                    statuses.getOrDefault("anonymous", Map.of()).getOrDefault(code, 0),
                    examples.getOrDefault(code, "")));
        }
        coverage.forEach(line -> out.append("  ").append(line).append('\n'));
        System.out.println(out);
    }

    private static void put(ObjectNode root, List<Object> path, JsonNode value) {
        JsonNode parent = root;
        for (int i = 0; i < path.size() - 1; i++) {
            Object step = path.get(i);
            Object next = path.get(i + 1);
            JsonNode child = step instanceof Integer index ? parent.path(index) : parent.path((String) step);
            if (!(child.isObject() || child.isArray())) {
                child = next instanceof Integer ? NODES.arrayNode().add(NODES.objectNode()) : NODES.objectNode();
                if (parent instanceof ObjectNode object) {
                    object.set((String) step, child);
                } else if (parent instanceof ArrayNode array) {
                    array.add(child);
                }
            }
            parent = child;
        }
        Object last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object && last instanceof String name) {
            object.set(name, value);
        } else if (parent instanceof ArrayNode array && last instanceof Integer index) {
            if (array.size() > index) {
                array.set(index, value);
            } else {
                array.add(value);
            }
        }
    }

    /** A value serialised as the given JSON text, which may be anything a JSON tree cannot hold. */
    private JsonNode raw(String literal) {
        rawLiterals.add(literal);
        return NODES.stringNode(RAW + (rawLiterals.size() - 1) + RAW);
    }

    /** JSON text with the raw literals (1e400, lone surrogates, deep nesting) put in place of their markers. */
    private String serialise(JsonNode node) {
        String text = JSON.writeValueAsString(node);
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (int at = text.indexOf("\"" + RAW); at >= 0; at = text.indexOf("\"" + RAW, from)) {
            int number = at + 1 + RAW.length();
            int end = text.indexOf(RAW, number);
            out.append(text, from, at).append(rawLiterals.get(Integer.parseInt(text.substring(number, end))));
            from = end + RAW.length() + 1;
        }
        return out.append(text.substring(from)).toString();
    }

    private static String pointer(List<Object> path) {
        StringBuilder pointer = new StringBuilder();
        for (Object step : path) {
            pointer.append(step instanceof Integer index ? "[" + index + "]" : (pointer.isEmpty() ? "" : ".") + step);
        }
        return pointer.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static @Nullable JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String prefix(@Nullable String text, int length) {
        if (text == null) {
            return "";
        }
        String printable =
                text.replace("\u0000", "\\u0000").replace("\r", "\\r").replace("\n", "\\n");
        return printable.length() <= length
                ? printable
                : printable.substring(0, length) + "... (" + text.length() + " characters)";
    }

    private static String abbreviate(Map<String, String> headers) {
        Map<String, String> shown = new LinkedHashMap<>();
        headers.forEach((name, value) -> shown.put(name, prefix(value, 40)));
        return shown.toString();
    }
}
