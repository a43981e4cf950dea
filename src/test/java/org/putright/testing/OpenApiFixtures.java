package org.putright.testing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Valid requests for every operation of the live OpenAPI document: real path values (parents
 * created afresh through the API as the administrator, complaints acknowledged or answered when
 * the step needs it), required query parameters and a plausible body from each schema. Tests that
 * sweep every endpoint start from these: the hostile-input sweep varies them, the authorisation
 * matrix sends them as each role, so that a refusal is about who asks rather than what is sent.
 */
public final class OpenApiFixtures {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final String JSON_TYPE = "application/json";
    private static final String BOUNDARY = "fixture-boundary-7d91";
    /** The content type of a {@link #multipartBody}. */
    public static final String MULTIPART_TYPE = "multipart/form-data; boundary=" + BOUNDARY;

    private static final String END = "--" + BOUNDARY + "--\r\n";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** The application's day: days the Ombudsman's steps record may not be after it. */
    private static final LocalDate TODAY =
            java.time.Instant.parse(PutrightIntegrationTest.NOW).atZone(LONDON).toLocalDate();

    /** Complaint steps that need the complaint acknowledged, or responded to, before they can act. */
    private static final Set<String> AFTER_ACKNOWLEDGEMENT =
            Set.of("extension", "update-interval", "response", "clarification");

    private static final Set<String> AFTER_RESPONSE = Set.of("escalation", "closure");

    private final Api admin;
    private final JsonNode document;
    private final AtomicInteger unique = new AtomicInteger();
    private final List<String> notes = new ArrayList<>();
    private @Nullable String residentId;

    public OpenApiFixtures(Api admin, JsonNode document) {
        this.admin = admin;
        this.document = document;
    }

    /** What could not be set up (a parent that could not be created), for the test's report. */
    public List<String> notes() {
        return notes;
    }

    /** The operation's valid body as JSON text, or null when it takes no JSON body. */
    public @Nullable String validJson(Operation operation) {
        @Nullable JsonNode schema = operation.jsonBodySchema();
        return schema == null ? null : JSON.writeValueAsString(validBody(operation, schema));
    }

    /** A value of the right form that names nothing that exists. */
    private static String unknownValue(Operation operation, String name) {
        String format = operation.parameter(name).path("schema").path("format").asString("");
        if (format.equals("uuid")) {
            return UUID.randomUUID().toString();
        }
        if (format.equals("date")) {
            return "2099-12-31";
        }
        return switch (name) {
            case "reference" -> "CMP-2099-999999";
            case "username" -> "nobody-here";
            default -> "HOS-2099";
        };
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String filePart(String field, String filename, String content) {
        return part("name=\"" + field + "\"; filename=\"" + filename + "\"\r\nContent-Type: text/plain", content);
    }

    private static String part(String disposition, String content) {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; " + disposition + "\r\n\r\n" + content + "\r\n";
    }

    public Map<String, String> validQuery(Operation operation) {
        Map<String, String> query = new LinkedHashMap<>();
        for (JsonNode parameter : operation.parameters("query")) {
            if (parameter.path("required").asBoolean(false)) {
                String name = parameter.get("name").asString();
                query.put(
                        name, encode(example(parameter.path("schema"), name, 0).asString("1")));
            }
        }
        return query;
    }

    public static String url(Operation operation, Map<String, String> pathValues, Map<String, String> query) {
        Matcher matcher = PATH_PARAMETER.matcher(operation.path());
        StringBuilder url = new StringBuilder();
        while (matcher.find()) {
            String value = pathValues.getOrDefault(matcher.group(1), "unknown");
            matcher.appendReplacement(url, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(url);
        String separator = "?";
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            url.append(separator).append(parameter.getKey()).append('=').append(parameter.getValue());
            separator = "&";
        }
        return url.toString();
    }

    public static String multipartBody(String field, String filename, String content) {
        return filePart(field, filename, content) + END;
    }

    // ---------------------------------------------------------------- valid examples and fixtures

    /** The operation's valid body: the example of its schema, and what the OpenAPI document leaves out. */
    public JsonNode validBody(Operation operation, JsonNode schema) {
        JsonNode body = example(schema, "", 0);
        if (body instanceof ObjectNode object
                && operation.path().matches("/api/v1/residents/\\{residentId}/.*/review")) {
            // The document names the service request's ReviewBody and the resident record's alike, and
            // shows only the former; a record review also needs its outcome.
            object.put("outcome", "CONTINUES").put("nextReviewOn", "2030-06-03");
        }
        return body;
    }

    /** A plausible valid value for a schema: what a careful client would send. */
    public JsonNode example(JsonNode unresolved, String name, int depth) {
        JsonNode schema = resolve(unresolved);
        String type = type(schema);
        String format = schema.path("format").asString("");
        if (schema.has("enum")) {
            for (JsonNode option : schema.path("enum")) {
                if (List.of("FINANCIAL", "HANDLER", "CONTINUES").contains(option.asString())) {
                    return option;
                }
            }
            return schema.path("enum").path(0);
        }
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                Set<String> required = new java.util.HashSet<>();
                schema.path("required").forEach(field -> required.add(field.asString()));
                for (Map.Entry<String, JsonNode> property :
                        schema.path("properties").properties()) {
                    JsonNode propertySchema = resolve(property.getValue());
                    String propertyFormat = propertySchema.path("format").asString("");
                    boolean optionalIdOrTime = !required.contains(property.getKey())
                            && (propertyFormat.equals("uuid") || propertyFormat.equals("date-time"));
                    if (depth < 4 && !optionalIdOrTime) {
                        object.set(property.getKey(), example(propertySchema, property.getKey(), depth + 1));
                    }
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                array.add(example(schema.path("items"), name, depth + 1));
                return array;
            }
            case "integer", "number" -> {
                int minimum = schema.path("minimum").asInt(1);
                return NODES.numberNode(Math.max(minimum, 1));
            }
            case "boolean" -> {
                return NODES.booleanNode(true);
            }
            default -> {
                return NODES.stringNode(exampleText(name, format));
            }
        }
    }

    private String exampleText(String name, String format) {
        int n = unique.incrementAndGet();
        return switch (format) {
            case "date" ->
                switch (name) {
                    // A week before the application's day, whatever the day the tests run on.
                    case "issueFirstKnownOn", "startsOn" -> TODAY.minusDays(7).toString();
                    case "from" -> "2024-06-07";
                    case "to" -> "2024-12-31";
                    // What the Ombudsman did, and the landlord in answer, happened by today.
                    case "referredOn", "requestedOn", "sentOn", "determinedOn", "issuedOn", "compliedOn" ->
                        TODAY.toString();
                    // A Monday a week apart each time, so that closure days and bank holidays never collide.
                    case "date" -> LocalDate.of(2031, 1, 6).plusWeeks(n).toString();
                    default -> "2030-06-03";
                };
            case "date-time" -> "2024-06-07T10:00:00Z";
            case "uuid" ->
                name.equals("residentId") && residentId != null
                        ? residentId
                        : UUID.randomUUID().toString();
            case "email" -> "hostile" + n + "@example.org";
            default ->
                switch (name) {
                    case "username" -> "hostile-" + n;
                    case "roles" -> "HANDLER";
                    case "password" -> "plum orchard lantern river";
                    case "handler", "owner" -> "admin";
                    // An address field the document does not mark as an email (a complaint's resident).
                    case "email" -> "hostile" + n + "@example.org";
                    case "amount", "compensationLimit" -> "10.00";
                    case "phone" -> "0161 496 0000";
                    case "postcode" -> "M5 4WT";
                    case "codeEdition" -> "HOS-2024";
                    case "primaryColour" -> "#1d5c63";
                    case "reportingYear" -> "2024-25";
                    case "category" -> "REPAIRS";
                    case "channel" -> "PHONE";
                    case "ombudsmanContact" -> "Housing Ombudsman Service, 0300 111 3000";
                    case "from" -> "2024-06-07";
                    case "to" -> "2024-12-31";
                    default -> "Hostile input " + n;
                };
        };
    }

    /** Real values for the operation's path parameters: parents created afresh, so each operation can act. */
    public Map<String, String> validPathValues(Operation operation) {
        if (residentId == null) {
            residentId = create("/api/v1/residents", Map.of());
        }
        Map<String, String> values = new LinkedHashMap<>();
        Matcher matcher = PATH_PARAMETER.matcher(operation.path());
        while (matcher.find()) {
            String name = matcher.group(1);
            String collection = operation.path().substring(0, matcher.start() - 1);
            @Nullable
            String value = name.equals("remedy") || name.equals("action")
                    ? responded(values.getOrDefault("reference", "")).get(name)
                    : switch (collection) {
                        case "/api/v1/code/editions" -> "HOS-2024";
                        case "/api/v1/documents" -> document();
                        case "/api/v1/ombudsman-cases" -> ombudsmanCase();
                        case "/api/v1/ombudsman-cases/{id}/evidence-requests" ->
                            evidenceRequest(values.getOrDefault("id", ""));
                        case "/api/v1/ombudsman-cases/{id}/orders" ->
                            complaintHandlingFailureOrder(values.getOrDefault("id", ""));
                        default -> create(collection, values);
                    };
            if (value == null) {
                value = unknownValue(operation, name);
            }
            values.put(name, value);
            if (name.equals("reference")) {
                String step = operation.path().substring(matcher.end()).replaceAll("^/([^/]+).*", "$1");
                if (AFTER_ACKNOWLEDGEMENT.contains(step)) {
                    acknowledge(value);
                } else if (AFTER_RESPONSE.contains(step)) {
                    responded(value);
                }
            }
        }
        return values;
    }

    /** Creates a resource by the collection's POST with a valid example body; its id, or null. */
    private @Nullable String create(String collection, Map<String, String> values) {
        for (Operation candidate : operations()) {
            @Nullable JsonNode schema = candidate.jsonBodySchema();
            if (candidate.method().equals("POST") && candidate.path().equals(collection) && schema != null) {
                Operation target = candidate;
                Api.Response created =
                        admin.post(url(target, values, Map.of()), JSON.writeValueAsString(example(schema, "", 0)));
                if (created.status() != 201) {
                    notes.add("could not create a " + collection + " for a request: " + created);
                    return null;
                }
                String location = created.header("Location");
                if (!location.isEmpty()) {
                    return location.substring(location.lastIndexOf('/') + 1);
                }
                return created.json().path("id").asString(null);
            }
        }
        return null;
    }

    /** A document kept on a fresh complaint's record; its id, or null. */
    private @Nullable String document() {
        @Nullable String reference = create("/api/v1/complaints", Map.of());
        if (reference == null) {
            return null;
        }
        Api.Response attached = admin.sendRaw(
                "POST",
                "/api/v1/complaints/" + reference + "/documents",
                "multipart/form-data; boundary=" + BOUNDARY,
                multipartBody("file", "letter.txt", "Dear resident"));
        String id = attached.json().path("documents").path(0).path("id").asString("");
        if (attached.status() != 200 || id.isEmpty()) {
            notes.add("could not attach a document for a request: " + attached);
            return null;
        }
        return id;
    }

    /**
     * An Ombudsman case on a complaint whose landlord's process is over (answered and closed), so that
     * the case's own steps are attacked on a case that exists; its id, or null.
     */
    private @Nullable String ombudsmanCase() {
        @Nullable String reference = create("/api/v1/complaints", Map.of());
        if (reference == null) {
            return null;
        }
        responded(reference);
        Api.Response closed = admin.post("/api/v1/complaints/" + reference + "/closure", Map.of("note", "Finished"));
        if (closed.status() != 200) {
            notes.add("could not close " + reference + " to refer it: " + closed);
            return null;
        }
        Api.Response referred = admin.post(
                "/api/v1/ombudsman-cases",
                Map.of(
                        "complaintReference",
                        reference,
                        "hosReference",
                        "HOS-" + unique.incrementAndGet(),
                        "referredOn",
                        TODAY.toString()));
        if (referred.status() != 201) {
            notes.add("could not refer " + reference + " to the Ombudsman: " + referred);
            return null;
        }
        return referred.json().path("id").asString(null);
    }

    /** An evidence request on the case; its id, or null. */
    private @Nullable String evidenceRequest(String caseId) {
        Api.Response requested = admin.post(
                "/api/v1/ombudsman-cases/" + caseId + "/evidence-requests",
                Map.of("description", "The repair records", "requestedOn", TODAY.toString(), "dueOn", "2030-06-03"));
        if (requested.status() != 200) {
            notes.add("could not request evidence on " + caseId + ": " + requested);
            return null;
        }
        return requested.json().path("evidenceRequests").path(0).path("id").asString(null);
    }

    /** A complaint handling failure order on the case, the one order made without a determination; its id. */
    private @Nullable String complaintHandlingFailureOrder(String caseId) {
        Api.Response issued = admin.post(
                "/api/v1/ombudsman-cases/" + caseId + "/complaint-handling-failure-orders",
                Map.of("description", "Respond to the complaint", "issuedOn", TODAY.toString(), "dueOn", "2030-06-03"));
        if (issued.status() != 200) {
            notes.add("could not issue an order on " + caseId + ": " + issued);
            return null;
        }
        return issued.json().path("orders").path(0).path("id").asString(null);
    }

    public void acknowledge(String reference) {
        Api.Response acknowledged = admin.post(
                "/api/v1/complaints/" + reference + "/acknowledgement",
                Map.of(
                        "handler",
                        "admin",
                        "definition",
                        Map.of("points", List.of(Map.of("summary", "The repair", "outcomeSought", "Fix it")))));
        if (acknowledged.status() != 200) {
            notes.add("could not acknowledge " + reference + ": " + acknowledged);
        }
    }

    /** Acknowledges and responds to the complaint with a remedy and an action; their ids. */
    public Map<String, String> responded(String reference) {
        acknowledge(reference);
        Api.Response response = admin.post(
                "/api/v1/complaints/" + reference + "/response",
                Map.of(
                        "findings",
                        List.of(Map.of("point", 1, "upheld", true, "reasons", "It was late")),
                        "remedies",
                        List.of(Map.of(
                                "type",
                                "FINANCIAL",
                                "description",
                                "Compensation",
                                "amount",
                                "50.00",
                                "dueBy",
                                "2030-06-03")),
                        "outstandingActions",
                        List.of(Map.of("description", "Replace the boiler", "owner", "admin", "dueBy", "2030-06-03"))));
        if (response.status() != 200) {
            notes.add("could not respond to " + reference + ": " + response);
            return Map.of();
        }
        JsonNode complaint = response.json();
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("remedy", complaint.findPath("remedies").path(0).path("id").asString(""));
        ids.put(
                "action",
                complaint.findPath("outstandingActions").path(0).path("id").asString(""));
        ids.values().removeIf(String::isEmpty);
        return ids;
    }

    // ---------------------------------------------------------------- the OpenAPI document

    public List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                if (List.of("get", "post", "put", "delete", "patch").contains(method.getKey())) {
                    operations.add(new Operation(
                            method.getKey().toUpperCase(Locale.ROOT), path.getKey(), method.getValue(), this));
                }
            }
        }
        return operations;
    }

    public JsonNode resolve(JsonNode schema) {
        JsonNode resolved = schema;
        for (int i = 0; i < 10 && resolved.has("$ref"); i++) {
            String name = resolved.get("$ref").asString().replace("#/components/schemas/", "");
            resolved = document.path("components").path("schemas").path(name);
        }
        if (resolved.has("allOf") && resolved.path("allOf").size() == 1) {
            return resolve(resolved.path("allOf").path(0));
        }
        return resolved;
    }

    public static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode option : type) {
                if (!option.asString().equals("null")) {
                    return option.asString();
                }
            }
        }
        if (type.isString()) {
            return type.asString();
        }
        return schema.has("properties") ? "object" : "";
    }

    /** One operation of the OpenAPI document. */
    public record Operation(String method, String path, JsonNode spec, OpenApiFixtures fixtures) {

        public List<JsonNode> parameters(String in) {
            List<JsonNode> found = new ArrayList<>();
            spec.path("parameters").forEach(parameter -> {
                if (parameter.path("in").asString("").equals(in)) {
                    found.add(parameter);
                }
            });
            return found;
        }

        public JsonNode parameter(String name) {
            for (JsonNode parameter : spec.path("parameters")) {
                if (parameter.path("name").asString("").equals(name)) {
                    return parameter;
                }
            }
            return NODES.objectNode();
        }

        @Nullable
        public JsonNode jsonBodySchema() {
            JsonNode json = spec.path("requestBody").path("content").path(JSON_TYPE);
            return json.isMissingNode() ? null : fixtures.resolve(json.path("schema"));
        }

        public boolean multipart() {
            return spec.path("requestBody").path("content").has("multipart/form-data");
        }

        public boolean isPublic() {
            return path.startsWith("/api/v1/openapi") || path.startsWith("/api/docs");
        }
    }
}
