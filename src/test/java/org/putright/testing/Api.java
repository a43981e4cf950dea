package org.putright.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for the API, used the way an integration would use it: no Spring test
 * shortcuts, real requests on a real port, JSON in and out.
 */
public final class Api {

    public static final String ADMIN_TOKEN = "prt_test-bootstrap-token-0123456789";
    public static final String ADMIN_PASSWORD = "correct horse battery staple";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final String base;
    private final String token;
    private final Map<String, String> headers;

    private Api(String base, String token, Map<String, String> headers) {
        this.base = base;
        this.token = token;
        this.headers = headers;
    }

    public static Api at(int port) {
        return new Api("http://localhost:" + port, "", Map.of());
    }

    public Api as(String bearerToken) {
        return new Api(base, bearerToken, headers);
    }

    public Api asAdmin() {
        return as(ADMIN_TOKEN);
    }

    /**
     * This client as {@code username} with {@code role}, a member of staff the administrator adds
     * unless they exist already, holding a new API token.
     */
    public Api asStaff(String username, String role) {
        Api admin = asAdmin();
        if (admin.get("/api/v1/staff/" + username).status() == 404) {
            Response added = admin.post(
                    "/api/v1/staff",
                    Map.of(
                            "username",
                            username,
                            "name",
                            username,
                            "email",
                            username + "@example.org",
                            "roles",
                            List.of(role)));
            if (added.status() != 201) {
                throw new IllegalStateException("Could not add " + username + ": " + added);
            }
        }
        Response issued = admin.post("/api/v1/staff/" + username + "/tokens", Map.of());
        if (issued.status() != 201) {
            throw new IllegalStateException("Could not issue a token to " + username + ": " + issued);
        }
        return as(issued.json().get("token").asString());
    }

    public Api header(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Api(base, token, more);
    }

    public Response get(String path) {
        return send("GET", path, null);
    }

    public Response delete(String path) {
        return send("DELETE", path, null);
    }

    public Response post(String path, Object body) {
        return send("POST", path, body);
    }

    public Response put(String path, Object body) {
        return send("PUT", path, body);
    }

    /** Sends a raw body exactly as given, for malformed-input tests. */
    public Response sendRaw(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = request(path).method(method, HttpRequest.BodyPublishers.ofString(body));
        request.header("Content-Type", contentType);
        return execute(request);
    }

    /** Sends bytes as they are, e.g. an image. */
    public Response sendBytes(String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder request = request(path).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        request.header("Content-Type", contentType);
        return execute(request);
    }

    /** GETs a binary resource (a PDF, an image); set the {@code Accept} header with {@link #header}. */
    public Binary download(String path) {
        try {
            return new Binary(CLIENT.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response send(String method, String path, Object body) {
        HttpRequest.Builder request = request(path);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            String text = body instanceof String s ? s : JSON.writeValueAsString(body);
            request.method(method, HttpRequest.BodyPublishers.ofString(text));
            request.header("Content-Type", "application/json");
        }
        return execute(request);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (!headers.containsKey("Accept")) {
            request.header("Accept", "application/json");
        }
        headers.forEach(request::header);
        if (!token.isEmpty()) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private static Response execute(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response with its body parsed as JSON when it is JSON. */
    public record Response(HttpResponse<String> raw) {

        public int status() {
            return raw.statusCode();
        }

        public String body() {
            return raw.body();
        }

        public JsonNode json() {
            return JSON.readTree(raw.body());
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse("");
        }

        public String contentType() {
            return header("Content-Type");
        }

        @Override
        public String toString() {
            return raw.statusCode() + " " + raw.body();
        }
    }

    /** A response whose body is kept as bytes. */
    public record Binary(HttpResponse<byte[]> raw) {

        public int status() {
            return raw.statusCode();
        }

        public byte[] bytes() {
            return raw.body();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse("");
        }

        public String contentType() {
            return header("Content-Type");
        }

        @Override
        public String toString() {
            return raw.statusCode() + " " + contentType() + " (" + raw.body().length + " bytes)";
        }
    }
}
